/// A caption line that opens with the photo agency's credit, as tabloids print them above or below a picture:
/// the agency's name, a short label and a colon ("Getty Tasty: Kim Jong-Un is a fan of delicacies ...",
/// "Reuters Hungry dictator: Kim Jong Un looking at fast food"), or the agency's name glued to the caption
/// by a lost line break ("GettyKim Jong-Un", "ReutersKim Jong Un looking at fast food").
///
/// The agency names are compared case-sensitively, as printed ("Getty", "GETTY", "PA"), so "Rex said" or
/// "Apex" are no credits; a prose sentence naming the agency first goes on in lower case ("Reuters reported:
/// ...", "AP quoted ...") and is kept.
enum CreditLabel {
    /// Photo agencies and picture desks whose name opens such captions.
    static let agencies: [String] = [
        "Getty", "GETTY", "Getty Images", "Reuters", "REUTERS", "Rex", "REX", "Rex Features", "PA", "PA Wire", "AP",
        "AFP", "EPA", "Alamy", "ALAMY", "Splash", "SPLASH", "Barcroft", "BARCROFT", "Shutterstock", "SWNS",
    ]
    /// Longest such caption, in characters.
    static let maximumLength = 240
    /// Most words in the label before the colon.
    static let maximumLabelWords = 5

    /// Whether `line` is a caption opening with an agency's credit.
    static func opens(_ line: String) -> Bool {
        guard line.count <= maximumLength else { return false }
        for agency in agencies where line.hasPrefix(agency) {
            let rest = line.dropFirst(agency.count)
            if isGlued(rest, agency: agency) || isLabelled(rest) { return true }
        }
        return false
    }

    /// "GettyKim Jong-Un": a capital then a lower-case letter right after the name (names of four letters or
    /// more: "APIs" is a word).
    private static func isGlued(_ rest: Substring, agency: String) -> Bool {
        guard agency.count >= 4, agency.first(where: \.isLowercase) != nil else { return false }
        let letters = Array(rest.prefix(2))
        return letters.count == 2 && letters[0].isUppercase && letters[1].isLowercase
    }

    /// " Tasty: Kim Jong-Un is ...": a space, a capitalised label of at most five words without quote marks or
    /// sentence punctuation, a colon, then the caption, which is no quotation and has no closing full stop
    /// (so "AP Chief Executive Gary Pruitt said: \"We ...\"" stays prose).
    static func isLabelled(_ rest: Substring) -> Bool {
        guard rest.first == " ", let colon = rest.firstIndex(of: ":") else { return false }
        guard let last = rest.last, !".!?\"”'’".contains(last) else { return false }
        let caption = rest[rest.index(after: colon)...].trimmingPrefix(" ")
        guard let opening = caption.first, !"\"“'‘".contains(opening) else { return false }
        let label = rest[rest.startIndex..<colon].split(separator: " ")
        guard let first = label.first?.first, first.isUppercase, label.count <= maximumLabelWords else { return false }
        return !label.contains(where: { $0.contains(where: { "\"“”.,;!?()".contains($0) }) })
    }
}
