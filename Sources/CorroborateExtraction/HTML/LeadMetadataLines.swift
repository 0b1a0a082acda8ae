/// The post header's short lines left at the top of the body ("December 19, 2025", "3 min read", "By Karina
/// Cohen | May 19, 2024", "Updated on 09/10/2025", "Written By"): before the first paragraph of prose they
/// are the page's metadata, no article text.
enum LeadMetadataLines {
    /// A paragraph this long (characters) is prose: the lines are looked for only before the first one.
    static let proseLength = 100
    /// The longest line read as a metadata line.
    static let maximumLength = 80
    /// The longest line that is only a date ("Wednesday, December 19, 2025").
    static let maximumDateLine = 30

    /// Openers of a credit or date line; "by" must be followed by a capitalised name.
    static let openers = ["written by", "posted by", "posted on", "published", "last updated", "updated", "date"]

    /// The indices of the metadata lines that open `body`.
    static func indices(in body: [String]) -> [Int] {
        var found: [Int] = []
        for (index, text) in body.enumerated() {
            if text.count >= proseLength { break }
            if isMetadataLine(text) { found.append(index) }
        }
        return found
    }

    /// Whether `text` is a reading-time, credit or date line of a post header.
    static func isMetadataLine(_ text: String) -> Bool {
        guard text.count <= maximumLength else { return false }
        let lowered = text.lowercased()
        if ["min read", "minute read", "minutes read", "reading time"].contains(where: lowered.contains) { return true }
        if lowered.hasPrefix("by "), text.dropFirst(3).first?.isUppercase == true { return true }
        for opener in openers where lowered.hasPrefix(opener) {
            if !(lowered.dropFirst(opener.count).first?.isLetter ?? false) { return true }
        }
        return text.count <= maximumDateLine && DateText.human(text) != nil
    }
}
