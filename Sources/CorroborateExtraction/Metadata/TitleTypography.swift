/// The typography of a headline as most of the page's title sources write it.
///
/// A page often sets its `<h1>` with curly quotes or an em dash ("Here’s how", "Problems—Simple Cells") while
/// its `<title>`, og:title, twitter:title or JSON-LD headline say the same words in plain characters ("Here's
/// how", "Problems--Simple Cells"), or the other way round. When sources differ only in the style of their
/// quotes, dashes and ellipses, the form most of them use is taken; a tie keeps the chosen title's own form.
/// Sources that word or punctuate the title otherwise ("Guide: Tips" against "Guide - Tips") do not vote.
enum TitleTypography {
    /// `title` in the form most `sources` agreeing with its words use; `title` itself casts one vote and wins ties.
    static func majorityForm(of title: String, among sources: [String]) -> String {
        let words = typographyKey(title)
        guard !words.isEmpty else { return title }
        var forms: [(text: String, votes: Int)] = [(title, 1)]
        for source in sources where typographyKey(source) == words {
            let key = TitleCleaner.key(source)
            if let index = forms.firstIndex(where: { TitleCleaner.key($0.text) == key }) {
                forms[index].votes += 1
            } else {
                forms.append((source.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "), 1))
            }
        }
        guard let best = forms.max(by: { $0.votes < $1.votes }), best.votes > forms[0].votes else { return title }
        return best.text
    }

    /// The title with its typography folded, lower-cased, white space collapsed: curly quotes and primes as
    /// straight ones, any dash or run of hyphens as one hyphen, "…" as "...". "Here’s how — now" and "Here's how --
    /// now" share a key; "Guide: Tips" and "Guide - Tips" do not (other words, not other type).
    static func typographyKey(_ text: String) -> String {
        var folded = ""
        for character in text {
            let plain = plainForms[character] ?? String(character)
            if plain == "-", folded.hasSuffix("-") { continue }
            folded += plain
        }
        return TitleCleaner.key(folded)
    }

    private static let plainForms: [Character: String] = [
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": "\"", "”": "\"", "„": "\"", "″": "\"",
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "…": "...",
    ]
}
