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
        if containsAllRightsReserved(text) { return true }
        let lowered = text.prefix(24).lowercased()  // an opener and the 12 characters after it
        for opener in ["copyright", "©", "(c)"] where lowered.hasPrefix(opener) {
            let rest = lowered.dropFirst(opener.count).prefix(12)
            return rest.contains { $0.isNumber } && containsYear(rest)
        }
        return false
    }

    /// Whether "all rights reserved" occurs in `text`, ASCII letters in any case (a byte scan: this runs on
    /// every short body paragraph).
    private static func containsAllRightsReserved(_ text: String) -> Bool {
        let bytes = text.utf8.map(Ascii.lower)
        guard bytes.count >= allRightsReserved.count else { return false }
        return (0...(bytes.count - allRightsReserved.count)).contains { start in
            bytes[start..<(start + allRightsReserved.count)].elementsEqual(allRightsReserved)
        }
    }

    private static let allRightsReserved = Array("all rights reserved".utf8)

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
