import CorroborateCore
import Testing
@testable import CorroborateText

/// A non-restrictive relative clause between a subject and its cue is skipped: the speaker is the
/// subject before ", which" / ", who", never the clause's last words.
@Suite struct RelativeClauseSpeakerTests {
    @Test(arguments: [
        ("The ministry, which gives no hint as to where Foley was held, then said that talks would resume.", "The ministry"),
        ("Senator Ilse Karow, who has led the inquiry since May, said that nobody had been on the bridge.", "Ilse Karow"),
        // No relative word after the opening comma: an apposition, which stays the speaker's role.
        ("Vellmar's mayor, Ilse Karow, said that nobody had been on the bridge.", "Ilse Karow"),
    ])
    func speakerEndsBeforeTheRelativeClause(_ text: String, _ speaker: String) throws {
        let document = try attributed(text)
        let found = try #require(document.quotes.first, "no quote in \(text)")
        let name = try #require(found.speakerName ?? found.speaker.map { document.string($0) })
        #expect(name.hasSuffix(speaker), "speaker \(name)")
        #expect(!name.contains("held") && !name.contains("May"))
    }

    @Test(arguments: [
        (["The", "video", ",", "which", "gives", "no", "hint", ",", "then"], 8, 2),
        (["The", "video", ",", "posted", "by", "Furqan", ",", "then"], 7, 7),
        (["Foley", "said", "which", ",", "then"], 4, 4),
        (["Fappy", ",", "whose", "name", "is", "Horner", "from", "Phoenix", ",", "Arizona", ",", "told"], 11, 1),
        (["Karow", ",", "the", "mayor", ",", "said"], 5, 5),
    ])
    func relativeClauseStart(_ words: [String], _ end: Int, _ expected: Int) {
        let tokens = words.map { word in
            ScanToken(start: 0, end: 0, kind: word.first!.isLetter ? .word : .punctuation, lower: word.lowercased(), isCapitalized: word.first!.isUppercase)
        }
        #expect(SpeakerPhrases.relativeClauseStart(endingAt: end, floor: 0, tokens) == expected)
    }
}
