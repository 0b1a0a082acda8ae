import CorroborateCore

/// What an HTML page's markup leaves unsaid, read from its text: the standfirst from the page's description,
/// the outlet from credit lines, the language from function words.
struct ArticleFallbacks {
    /// A description this long (characters) or longer can be a standfirst ...
    var minimumStandfirst = 30
    /// ... up to this long.
    var maximumStandfirst = 400
    /// Removed lines longer than this (bytes) are not read for an outlet credit.
    var maximumCreditLine = 200

    /// The page's description as a standfirst: when the page shows it as a block of its own (a dek, not
    /// only a search-engine summary), it is not cut off with "...", is not the title, and is not a copy or
    /// the start of the first paragraphs of the body.
    func standfirst(description: String?, title: String?, body: [Paragraph], blocks: [ContentBlock]) -> String? {
        guard let description, (minimumStandfirst...maximumStandfirst).contains(description.count),
              !description.hasSuffix("..."), !description.hasSuffix("…")
        else { return nil }
        let length = description.utf8.count
        let key = Self.key(description)
        guard blocks.contains(where: { abs($0.characters - length) < 8 && Self.key($0.text) == key }) else { return nil }
        if let title, Self.key(title) == key { return nil }
        let lead = body.prefix(3).map { Self.key($0.text) }.joined(separator: " ")
        let start = String(key.prefix(60))
        return lead.contains(start) ? nil : description
    }

    /// The outlet a removed credit line states ("Support The Moscow Times!", "SOURCE:TRTWorld and agencies",
    /// "©2024 GPlusMedia Inc.").
    func outlet(in removed: [Removed], reader: CreditReader) -> String? {
        for piece in removed where piece.text.utf8.count <= maximumCreditLine {
            if let outlet = reader.statedOutlet(inLine: piece.text) { return outlet }
        }
        return nil
    }

    /// Lower-cased letters and digits, single spaces.
    private static func key(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }
}
