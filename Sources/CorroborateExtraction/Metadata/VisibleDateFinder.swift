import CorroborateCore

/// Finds the publication date a page writes near its headline ("March 5, 2025", "Posted on 5 Mar 2025").
///
/// Looks at the blocks from `before` blocks ahead of the first `<h1>` (or of the body container) to
/// `after` blocks past it; a block qualifies when it is short (`maximumLength` bytes), is not in a
/// comment, related or navigation section; only the text before any word of an update or a copyright
/// ("updated", "modified", "©", "copyright", "reviewed") is read. The first date found wins.
struct VisibleDateFinder {
    let document: HTMLDocument
    let blocks: [ContentBlock]
    let selection: ContentSelection
    var before = 4
    var after = 12
    var maximumLength = 90

    /// Words that mark a date as something other than the publication day.
    static let excludedWords = ["updat", "modif", "©", "copyright", "reviewed", "aktualisiert", "mis à jour", "actualizado", "event", "deadline", "expires", "valid"]

    func date() -> PublicationDate? {
        guard let anchor = anchorIndex() else { return nil }
        let range = max(0, anchor - before)..<min(blocks.count, anchor + after)
        for block in blocks[range] where qualifies(block) {
            if let date = DateText.human(publicationPart(of: block.text)) { return date }
        }
        return nil
    }

    private func anchorIndex() -> Int? {
        if let heading = blocks.firstIndex(where: { $0.kind == .heading(1) }) { return heading }
        guard let root = selection.roots.first else { return nil }
        return blocks.firstIndex { document.isAncestor(root, of: $0.element) }
    }

    private func qualifies(_ block: ContentBlock) -> Bool {
        guard block.characters <= maximumLength else { return false }
        let flagged = selection.flaggedAncestor[block.element]
        if flagged >= 0, let reason = selection.flags[flagged], [.comments, .related, .navigation, .advertisement].contains(reason) {
            return false
        }
        return true
    }

    /// The text before the first excluded word ("August 16, 2019 - Updated July 9, 2025" -> "August 16, 2019 - ").
    private func publicationPart(of text: String) -> String {
        let lowered = text.lowercased()
        var end = lowered.endIndex
        for word in Self.excludedWords {
            if let range = lowered.range(of: word), range.lowerBound < end { end = range.lowerBound }
        }
        return String(lowered[..<end])
    }
}
