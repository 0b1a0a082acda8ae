import CorroborateCore

/// Finds the dates a page writes near its headline ("March 5, 2025", "Posted on 5 Mar 2025",
/// "Updated on July 9, 2025").
///
/// Looks at the blocks from `before` blocks ahead of the headline (the block repeating the chosen title, else
/// the first `<h1>`, else the body container's start) to `after` blocks past it, nearest first; a block qualifies when it is short (`maximumLength` bytes), is not in a
/// comment, related or advertisement section, nor a link in a navigation section (byline areas are often
/// flagged as navigation). A block is cut at marker words (`segments(of:)`): a date after
/// an update word ("Updated on", "Last updated:") is the update date; one after a copyright, review or event
/// word is neither; any other is the publication date. The first date of each kind wins.
struct VisibleDateFinder {
    /// The dates written near the headline.
    struct Dates: Sendable, Equatable {
        var published: PublicationDate?
        var updated: PublicationDate?
        /// When nothing near the headline states a date: the first date anywhere on the page on a short
        /// line that opens with a publication word ("Posted on April 13, 2023" under the story). Update
        /// lines do not count: WCXB's gold has no date on 4 pages showing only "Last updated ...", and that
        /// date on 1.
        var labelled: PublicationDate?
    }

    let document: HTMLDocument
    let blocks: [ContentBlock]
    let selection: ContentSelection
    /// The chosen headline: the block that repeats it is the first place to look.
    var headline: String?
    var before = 4
    var after = 12
    var maximumLength = 90
    /// The days the page's markup states (`<time datetime>`, JSON-LD, meta tags): they tell which of the two
    /// readings of "03/01/2017" the page means.
    var statedDays: Set<String> = []

    /// Words that introduce the publication date.
    static let publicationWords = ["published", "posted", "veröffentlicht", "publié", "publicado"]
    /// Words that introduce the date a page was last updated.
    static let updateWords = ["updat", "modif", "aktualisiert", "mis à jour", "actualizado", "revised"]
    /// Words that mark a date as something other than the publication or update day.
    static let excludedWords = ["©", "copyright", "reviewed", "event", "deadline", "expires", "valid", "last active", "joined", "member since"]

    func dates() -> Dates {
        var found = Dates()
        for anchor in anchors() {
            for index in nearestFirst(anchor)
            where blocks[index].text.utf8.contains(where: Ascii.isDigit) && qualifies(index) {
                let block = blocks[index]
                for (kind, text) in segments(of: GluedWords.separated(block.text).lowercased()) {
                    switch kind {
                    case .published where found.published == nil: found.published = day(in: text)
                    case .updated where found.updated == nil: found.updated = day(in: text)
                    default: break
                    }
                }
                if found.published != nil, found.updated != nil { return found }
            }
            if found.published != nil || found.updated != nil { return found }
        }
        found.labelled = labelledDate()
        return found
    }

    /// The first date on a qualifying short line anywhere on the page that opens with a publication word.
    private func labelledDate() -> PublicationDate? {
        for index in blocks.indices where blocks[index].text.utf8.contains(where: Ascii.isDigit) && qualifies(index) {
            let lowered = blocks[index].text.lowercased()
            guard Self.publicationWords.contains(where: { lowered.hasPrefix($0) }) else { continue }
            for (kind, text) in segments(of: GluedWords.separated(blocks[index].text).lowercased()) where kind == .published {
                if let date = day(in: text) { return date }
            }
        }
        return nil
    }

    /// The day a stretch of a date line states: none for a span of days ("2025-12-12 - 2025-12-17", an
    /// event's); a numeric date whose order is in doubt ("03/01/2017") in the reading the markup states.
    func day(in text: String) -> PublicationDate? {
        guard !DateText.isDateRange(text) else { return nil }
        if let date = DateText.human(text) { return date }
        guard let (monthFirst, dayFirst) = DateText.ambiguousDays(text) else { return nil }
        switch (statedDays.contains(monthFirst.day), statedDays.contains(dayFirst.day)) {
        case (true, false): return monthFirst
        case (false, true): return dayFirst
        default: return nil
        }
    }

    /// The blocks from `before` ahead of `anchor` to `after` past it, nearest first (at equal distance the one
    /// after the anchor first): a date beside the headline beats one further off in a ticker or a list.
    func nearestFirst(_ anchor: Int) -> [Int] {
        var order: [Int] = []
        for distance in 0..<max(before + 1, after) {
            if distance < after, anchor + distance < blocks.count { order.append(anchor + distance) }
            if distance > 0, distance <= before, anchor - distance >= 0 { order.append(anchor - distance) }
        }
        return order
    }

    /// Where to look, best first: the block that repeats the chosen headline, the first `<h1>` in the body
    /// container (or beside it), the first `<h1>`, the body container's first block.
    private func anchors() -> [Int] {
        let headings = blocks.indices.filter { blocks[$0].kind == .heading(1) }
        let repeated = headline.map(TitleCleaner.key).flatMap { key in
            blocks.indices.first { index in
                let length = blocks[index].text.utf8.count
                return length >= key.utf8.count && length <= key.utf8.count + 16 && TitleCleaner.key(blocks[index].text) == key
            }
        }
        let inBody = headings.first { index in
            selection.roots.contains { root in
                let parent = document.nodes[root].parent
                return document.isAncestor(parent >= 0 ? parent : root, of: blocks[index].element)
            }
        }
        var result = [repeated, inBody, headings.first].compactMap { $0 }
        if let root = selection.roots.first, let first = blocks.firstIndex(where: { document.isAncestor(root, of: $0.element) }) {
            result.append(first)
        }
        var seen = Set<Int>()
        return result.filter { seen.insert($0).inserted }
    }

    /// A short block outside comments, related and advertisement sections; in a related or advertisement
    /// section only when a publication word labels it ("Published on Oct 21, 2025", or "Published" as the
    /// block just before): post headers are often classed like the teaser lists they share a theme with.
    private func qualifies(_ index: Int) -> Bool {
        let block = blocks[index]
        guard block.characters <= maximumLength else { return false }
        let flagged = selection.flaggedAncestor[block.element]
        if flagged >= 0, let reason = selection.flags[flagged] {
            if reason == .comments { return false }
            if reason == .related || reason == .advertisement { return isLabelledPublication(index) }
            if reason == .navigation, block.linkDensity > 0.5 { return false }
        }
        return true
    }

    private func isLabelledPublication(_ index: Int) -> Bool {
        guard blocks[index].linkDensity <= 0.5 else { return false }
        func opensWithPublicationWord(_ text: String) -> Bool {
            let lowered = text.lowercased()
            return Self.publicationWords.contains { lowered.hasPrefix($0) }
        }
        if opensWithPublicationWord(blocks[index].text) { return true }
        guard index > 0, blocks[index - 1].characters <= 24 else { return false }
        return opensWithPublicationWord(blocks[index - 1].text)
    }

    /// What a stretch of a date line states.
    enum SegmentKind { case published, updated, other }

    /// The block text cut at each marker word ("published", "updated", "©", ...), each piece labelled by the
    /// word that opens it; the text before the first marker counts as published.
    /// "by ann lee · updated 7 mar 2025 | published 5 mar 2025" -> [published "by ann lee · ",
    /// updated " 7 mar 2025 | ", published " 5 mar 2025"].
    func segments(of lowered: String) -> [(SegmentKind, String)] {
        let bytes = Array(lowered.utf8)
        var cuts: [(Int, Int, SegmentKind)] = []
        for (word, kind) in Self.markers {
            var searchStart = 0
            while let offset = ByteSearch.firstOffset(of: word, in: bytes, from: searchStart) {
                cuts.append((offset, offset + word.count, kind))
                searchStart = offset + word.count
            }
        }
        cuts.sort { $0.0 < $1.0 }
        var result: [(SegmentKind, String)] = []
        var kind = SegmentKind.published
        var position = 0
        for (lower, upper, next) in cuts where lower >= position {
            result.append((kind, String(decoding: bytes[position..<lower], as: UTF8.self)))
            (kind, position) = (next, upper)
        }
        result.append((kind, String(decoding: bytes[position...], as: UTF8.self)))
        return result
    }

    /// The marker words as UTF-8 bytes with their kind, in the order `segments(of:)` looks for them.
    private static let markers: [([UInt8], SegmentKind)] =
        publicationWords.map { (Array($0.utf8), .published) } + updateWords.map { (Array($0.utf8), .updated) }
        + excludedWords.map { (Array($0.utf8), .other) }
}
