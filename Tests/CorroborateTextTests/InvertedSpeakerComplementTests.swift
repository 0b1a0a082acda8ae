import CorroborateCore
import Testing
@testable import CorroborateText

/// After "said", a name that a lower-case verb follows is the subject of what was said, not an
/// inverted speaker; role nouns between names and adverbs after them keep the inverted speaker.
@Suite struct InvertedSpeakerComplementTests {
    @Test func nameBeforeAVerbIsTheContentsSubject() throws {
        let document = try attributed("In an interview, the chairman of the committee, Ilse Karow, R-Vell., said Gonzalez got deep enough into the town hall that he could have hurt someone.")
        #expect(document.quotes.allSatisfy { $0.speakerName != "Gonzalez" }, "speakers: \(document.quotes.map(\.speakerName))")
    }

    @Test(arguments: [
        ("“The miss distance precludes any related impact at the crater,” says Vell asteroid expert Richard Binzel, by email.", "Richard Binzel"),
        ("In other words, explained NBC moderator Nancy Cordes: “What does that have to do with donations?”", "Nancy Cordes"),
        ("“His endorsement could matter more than his clout,” said Democratic strategist Hank Sheinkopf.", "Hank Sheinkopf"),
        ("“The bridge will stay closed,” said Karow on Monday.", "Karow"),
    ])
    func invertedSpeakerStays(_ text: String, _ speaker: String) throws {
        let document = try attributed(text)
        #expect(document.quotes.contains { $0.speakerName == speaker }, "speakers: \(document.quotes.map(\.speakerName))")
    }

    /// "find" with a reflexive object reports nothing.
    @Test func findsHimselfIsNoCue() throws {
        let document = try attributed("Mayor Karow finds himself under increasing pressure to reopen the bridge.")
        #expect(document.quotes.isEmpty, "contents: \(document.quotes.map { document.string($0.content) })")
    }
}
