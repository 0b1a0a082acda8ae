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
    }

    let document: HTMLDocument
    let blocks: [ContentBlock]
    let selection: ContentSelection
    /// The chosen headline: the block that repeats it is the first place to look.
    var headline: String?
    var before = 4
    var after = 12
    var maximumLength = 90

    /// Words that introduce the publication date.
    static let publicationWords = ["published", "posted", "veröffentlicht", "publié", "publicado"]
    /// Words that introduce the date a page was last updated.
    static let updateWords = ["updat", "modif", "aktualisiert", "mis à jour", "actualizado", "revised"]
    /// Words that mark a date as something other than the publication or update day.
    static let excludedWords = ["©", "copyright", "reviewed", "event", "deadline", "expires", "valid", "last active", "joined", "member since"]

    func dates() -> Dates {
        var found = Dates()
        for anchor in anchors() {
            for block in nearestFirst(anchor).lazy.map({ blocks[$0] })
            where block.text.utf8.contains(where: Ascii.isDigit) && qualifies(block) {
                for (kind, text) in segments(of: block.text.lowercased()) {
                    switch kind {
                    case .published where found.published == nil: found.published = DateText.human(text)
                    case .updated where found.updated == nil: found.updated = DateText.human(text)
                    default: break
                    }
                }
                if found.published != nil, found.updated != nil { return found }
            }
            if found.published != nil || found.updated != nil { return found }
        }
        return found
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

    private func qualifies(_ block: ContentBlock) -> Bool {
        guard block.characters <= maximumLength else { return false }
        let flagged = selection.flaggedAncestor[block.element]
        if flagged >= 0, let reason = selection.flags[flagged] {
            if [.comments, .related, .advertisement].contains(reason) { return false }
            if reason == .navigation, block.linkDensity > 0.5 { return false }
        }
        return true
    }

    /// What a stretch of a date line states.
    enum SegmentKind { case published, updated, other }

    /// The block text cut at each marker word ("published", "updated", "©", ...), each piece labelled by the
    /// word that opens it; the text before the first marker counts as published.
    /// "by ann lee · updated 7 mar 2025 | published 5 mar 2025" -> [published "by ann lee · ",
    /// updated " 7 mar 2025 | ", published " 5 mar 2025"].
    func segments(of lowered: String) -> [(SegmentKind, String)] {
        var cuts: [(String.Index, String.Index, SegmentKind)] = []
        for (words, kind) in [(Self.publicationWords, SegmentKind.published), (Self.updateWords, .updated), (Self.excludedWords, .other)] {
            for word in words {
                var searchStart = lowered.startIndex
                while let range = lowered.range(of: word, range: searchStart..<lowered.endIndex) {
                    cuts.append((range.lowerBound, range.upperBound, kind))
                    searchStart = range.upperBound
                }
            }
        }
        cuts.sort { $0.0 < $1.0 }
        var result: [(SegmentKind, String)] = []
        var kind = SegmentKind.published
        var position = lowered.startIndex
        for (lower, upper, next) in cuts where lower >= position {
            result.append((kind, String(lowered[position..<lower])))
            (kind, position) = (next, upper)
        }
        result.append((kind, String(lowered[position...])))
        return result
    }
}
