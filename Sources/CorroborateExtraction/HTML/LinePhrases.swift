import CorroborateCore

/// The short-line phrases of one vocabulary file (`boilerplate-phrases.tsv`, `body-terminators.tsv`),
/// sorted once into whole lines ("related$": "Related", "RELATED:", not "Related to the case, ...") and
/// line starts ("read more"), each with its removal reason; every block of a page is matched against them.
struct LinePhrases: Sendable {
    /// Whole-line phrases without their "$", the first reason of each.
    private var wholeLines: [String: RemovalReason] = [:]
    /// Line starts in file order, with their length in Unicode scalars.
    private var starts: [(phrase: String, scalars: Int, reason: RemovalReason)] = []
    /// The most characters of a line a start phrase can cover.
    private var longestStart = 0

    /// Lines longer than this (bytes) are never whole-line phrases.
    static let longestWholeLine = 40

    init(_ rows: [(String, RemovalReason)]) {
        for (phrase, reason) in rows {
            if phrase.hasSuffix("$") {
                let key = String(phrase.dropLast())
                if wholeLines[key] == nil { wholeLines[key] = reason }
            } else {
                starts.append((phrase, phrase.unicodeScalars.count, reason))
                longestStart = max(longestStart, phrase.count)
            }
        }
    }

    /// The reason of the first phrase `text` is (a whole line, trailing colons and white space aside) or
    /// starts with (followed by a non-letter, or the phrase ends with a space).
    func reason(_ text: String) -> RemovalReason? {
        if text.utf8.count <= Self.longestWholeLine, let reason = wholeLines[HTMLVocabulary.wholeLineKey(text)] {
            return reason
        }
        // Only the line's first characters can match a start; the one after the phrase is checked too.
        let lowered = text.prefix(longestStart + 1).lowercased()
        let ascii = lowered.utf8.allSatisfy { $0 < 0x80 }
        for start in starts where ascii ? lowered.utf8.starts(with: start.phrase.utf8) : lowered.hasPrefix(start.phrase) {
            let next = lowered.unicodeScalars.dropFirst(start.scalars).first
            if next == nil || !(next?.properties.isAlphabetic ?? false) || start.phrase.hasSuffix(" ") { return start.reason }
        }
        return nil
    }
}
