import Foundation

/// Tells photo captions and credits from prose: "Kremlin spokesman Dmitry Peskov. Arthur Novosiltsev / Moskva
/// News Agency", "... Friday, Nov. 8, 2024. (Maxim Shipenkov/Pool Photo via AP)", "... the Kremlin says. / Photo:
/// Reuters", "Photo: AFP", "(AP Photo/Jane Doe)", "Credit: Getty Images", "Image: Reuters".
///
/// Rules, on the trimmed line: (1) it contains a credit marker ("Photo:", "/ Photo", "Photograph:", "Image:",
/// "Credit:", "Getty Images", "via AP", "AP Photo", "Pool Photo", "File photo", "Photo by"); (2) it ends with a
/// bracketed credit holding "/" or "Photo" or "via", other than a link ("(bit.ly/1BU9mCU)": one word with a dot);
/// (3) its last sentence is "Name Name / Agency words",
/// every word capitalised, without terminal punctuation; (4) it opens with a photo agency's name and a short
/// label with a colon, the tabloid caption ("Getty Tasty: Kim Jong-Un is a fan of ...", "PA Pooch passing
/// through: Kai was found ..."), or with the agency's name glued to the caption ("GettyKim Jong-Un"). Clean text
/// also takes such a label and caption without the agency (`LabelledCaption`); a page's related headlines look alike
/// ("No love lost: Trump says ..."), so page text does not.
struct CaptionDetector: Sendable {
    /// Longest caption, in characters.
    static let maximumLength = 1000

    /// Lower-cased markers of a photo credit.
    var markers: [String] = [
        "photo:", "/ photo", "photograph:", "image:", "credit:", "getty images", "via ap)", "ap photo", "pool photo",
        "file photo", "photo by ", "photo credit", "(photo", "afp photo", "reuters/", "/reuters", "epa-efe", "photo/",
        "/ap)", "/ afp", "/ reuters", "shutterstock", "illustration:", "pictured:", "image credit",
    ]

    /// Whether `line` is a caption or credit.
    func isCaption(_ line: String) -> Bool {
        guard line.count <= Self.maximumLength else { return false }
        let lower = Array(line.lowercased().utf8)
        if markers.contains(where: { ByteSearch.contains(Array($0.utf8), in: lower) }) { return true }
        if endsWithBracketedCredit(line) { return true }
        if CreditLabel.opens(line) { return true }
        if describesAPicture(lower) { return true }
        return endsWithSlashCredit(line)
    }

    /// (5) The agencies' caption formula: "This photo taken near Karasjok ... on January 1, 1996, shows a dark
    /// morning", "A handout picture released by ... shows ...": an opening naming a picture taken, made or released,
    /// and "shows" later in the line.
    private func describesAPicture(_ lower: [UInt8]) -> Bool {
        guard ByteSearch.contains(Array(" shows ".utf8), in: lower) else { return false }
        return Self.pictureOpenings.contains { opening in lower.starts(with: Array(opening.utf8)) }
    }

    static let pictureOpenings: [String] = [
        "this photo taken", "this picture taken", "this image taken", "this photograph taken", "this handout picture",
        "this handout photo", "this file photo", "a picture taken", "a photo taken", "a handout picture", "a handout photo",
        "this undated photo", "this undated picture", "this photo released", "this picture released", "this video grab",
        "an undated handout", "this aerial photo", "this aerial picture", "this still image", "this screen grab",
    ]

    private func endsWithBracketedCredit(_ line: String) -> Bool {
        guard line.hasSuffix(")"), let open = line.lastIndex(of: "(") else { return false }
        let inside = line[line.index(after: open)...].dropLast().lowercased()
        guard inside.count <= 80, !Self.isLink(inside) else { return false }
        return inside.contains("/") || inside.contains("photo") || inside.contains("via ")
    }

    /// A bracketed link ("bit.ly/1BU9mCU", "reut.rs/1x"): one word holding a dot, a source rather than a credit.
    private static func isLink(_ inside: String) -> Bool {
        !inside.contains(" ") && inside.contains(".") && !inside.contains("photo")
    }

    /// "... Dmitry Peskov. Arthur Novosiltsev / Moskva News Agency"
    private func endsWithSlashCredit(_ line: String) -> Bool {
        guard let last = line.last, !".!?\"”:".contains(last), line.contains(" / ") else { return false }
        let lastSentence = line.components(separatedBy: ". ").last ?? line
        let parts = lastSentence.components(separatedBy: " / ")
        guard parts.count == 2 else { return false }
        let words = parts.flatMap { $0.split(separator: " ") }
        guard (2...10).contains(words.count) else { return false }
        return words.allSatisfy { word in word.first.map { $0.isUppercase || $0.isNumber } ?? false }
    }
}
