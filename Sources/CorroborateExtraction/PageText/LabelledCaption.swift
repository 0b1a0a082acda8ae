/// A tabloid photo caption without an agency credit: a short label, a colon, and a line that describes the picture
/// and stops without a full stop ("Cared for: Station staff looked after Kai until the Scottish SPCA arrived",
/// "Ringing in the ears: The Marine suffered some ringing in the ears"). Such lines sit between the paragraphs of
/// crawled clean text, where no markup tells them apart (read in clean text only: a copied page's related headlines
/// have the same shape, "No love lost: Trump says will 'take a look' at deporting Musk").
///
/// The label follows `CreditLabel`'s rule (capitalised, at most five words, no quote marks or sentence
/// punctuation), is not written in capitals (a speaker's label in a transcript, "PENCE: Well"), and the caption
/// after it holds at least `minimumCaptionWords` words, opens with a capital and no quote mark, ends with no sentence
/// punctuation or quote mark, and the label has no verb of saying, so prose with a colon ("Hunter: They are going to
/// ...", "His sign read: 'Please ...'", "Reuters reported: the bridge ...") and quoted speech stay in the body.
enum LabelledCaption {
    /// Longest such caption, in characters.
    static let maximumLength = 400
    /// Fewest words after the label.
    static let minimumCaptionWords = 4

    /// Whether `line` is such a caption.
    static func matches(_ line: String) -> Bool {
        guard line.count <= maximumLength, let colon = line.firstIndex(of: ":"), !line.contains("\"") else { return false }
        let label = line[..<colon]
        guard label.contains(where: \.isLowercase), CreditLabel.isLabelled(" " + line[...]) else { return false }
        let caption = line[line.index(after: colon)...].drop { $0 == " " }
        guard let opening = caption.first, opening.isUppercase || opening.isNumber, !caption.contains("“"), !caption.contains("”")
        else { return false }
        // "Reuters reported: ...", "Karow added: ...": a speaker's lead-in, not a label.
        guard !label.split(separator: " ").contains(where: { speechVerbs.contains($0.lowercased()) }) else { return false }
        return caption.split(separator: " ").count >= minimumCaptionWords
    }

    /// Verbs that make a label a quotation's lead-in.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "added", "adds", "told", "tells", "reported", "reports", "wrote", "writes", "tweeted",
        "posted", "explained", "continued", "stated", "warned", "replied", "asked", "read", "reads",
    ]
}
