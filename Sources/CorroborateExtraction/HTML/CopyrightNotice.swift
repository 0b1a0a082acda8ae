/// A copyright line that closes a story ("Copyright 2008 Associated Press. All rights reserved. This
/// material may not be published ..."): after most of the body text, what follows it is page furniture
/// (other stories, shop listings, blog teasers).
enum CopyrightNotice {
    /// The longest line (bytes) read as a notice; a paragraph quoting a copyright claim is longer.
    static let maximumLength = 250

    /// Whether `text` is a copyright notice: it opens with "Copyright", "©" or "(c)" and a year, or
    /// it says "all rights reserved".
    static func isNotice(_ text: String) -> Bool {
        guard text.utf8.count <= maximumLength else { return false }
        let lowered = text.lowercased()
        if lowered.contains("all rights reserved") { return true }
        for opener in ["copyright", "©", "(c)"] where lowered.hasPrefix(opener) {
            let rest = lowered.dropFirst(opener.count).prefix(12)
            return rest.contains { $0.isNumber } && containsYear(rest)
        }
        return false
    }

    /// Whether four digits in a row (a year: "2008", "1996-2008") occur in `text`.
    private static func containsYear(_ text: Substring) -> Bool {
        var run = 0
        for character in text {
            run = character.isASCII && character.isNumber ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }
}
