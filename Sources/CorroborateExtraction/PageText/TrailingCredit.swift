/// A wire story's staff credit glued to the end of its last paragraph when the page lost the line break:
/// "... outside main cities. (Reporting By Jane Roe in Sanaa; Editing by John Doe)". The credit is page
/// metadata, not article text.
enum TrailingCredit {
    /// Lower-cased openings of such a bracketed credit.
    static let openings = ["(reporting by", "(additional reporting by", "(editing by", "(writing by", "(compiled by"]

    /// `paragraph` without its trailing credit, and the credit; nil when it has none, or when the credit is the
    /// whole paragraph (a line of its own is the boilerplate vocabulary's) or follows no finished sentence.
    static func split(_ paragraph: String) -> (text: String, credit: String)? {
        guard paragraph.hasSuffix(")") else { return nil }
        var searchEnd = paragraph.endIndex
        while let open = paragraph[..<searchEnd].lastIndex(of: "(") {
            let credit = paragraph[open...]
            let lower = credit.lowercased()
            if openings.contains(where: { lower.hasPrefix($0) }), !credit.dropFirst().dropLast().contains("(") {
                let text = String(paragraph[..<open]).trimmingWhitespace()
                guard let last = text.last, ".!?\"”’".contains(last) else { return nil }
                return (text, String(credit))
            }
            searchEnd = open
        }
        return nil
    }
}
