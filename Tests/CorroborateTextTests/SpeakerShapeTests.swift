import CorroborateCore
import Testing
@testable import CorroborateText

/// Speakers of shapes news writes often: a noun phrase whose head is a cue word ("unconfirmed reports said"), a subject
/// before a relative clause and an issuing verb, the same pronoun over two sentences; and phrases that are no speaker
/// (a raising participle's subject, a nickname in quotation marks, a sentence's article alone).
@Suite struct SpeakerShapeTests {
    /// Each text's quote has exactly this speaker phrase and name.
    @Test(arguments: [
        ("The bridge has been closed for repairs, multiple unconfirmed reports said.", "multiple unconfirmed reports", "multiple unconfirmed reports"),
        ("The bridge was closed, several local reports said.", "several local reports", "several local reports"),
        ("On Thursday, his mother Ilse Karow, who sits on the city board, released a statement saying she had been shocked.", "his mother Ilse Karow", "Ilse Karow"),
        ("Mayor Anton Karow released a statement to the country saying he was saddened by the events.", "Mayor Anton Karow", "Anton Karow"),
        ("In the family's statement - which was released by the Vell city council - the engineer's relatives said the bridge was unsafe.", "the engineer's relatives", "the engineer's relatives"),
        // A leading "now" is no part of the speaker.
        ("The bridge was sold, and now a city engineer claims the buyers are in touch with the council.", "a city engineer", "a city engineer"),
    ])
    func speakerPhrase(_ text: String, _ phrase: String, _ name: String) throws {
        let document = try attributed(text)
        #expect(document.quotes.count == 1)
        let found = try #require(document.quotes.first)
        #expect(found.speaker.map { document.string($0) } == phrase)
        #expect(found.speakerName == name)
    }

    /// Reports after a preposition ("bristled at reports that ...", "with reports that ...") are nobody's: the
    /// clause's subject does not speak, and no other word of the sentence becomes the cue.
    @Test(arguments: [
        "Karow was back in the news this week with reports that the council was preparing to close the bridge.",
        "Lawmakers on Thursday bristled at reports that the bridge might soon close again.",
    ])
    func reportsAfterAPrepositionHaveNoSpeaker(_ text: String) throws {
        let document = try attributed(text)
        #expect(document.quotes.count == 1)
        let found = try #require(document.quotes.first)
        #expect(found.speaker == nil && found.speakerName == nil)
        #expect(found.cue.map { document.string($0) } == "reports")
    }

    /// "He released a statement paying tribute to X. “...,” he said": the second "he" is the first one's person.
    @Test func samePronounKeepsItsPerson() throws {
        let document = try attributed(
            "Mayor Anton Karow stayed silent at the hearing.\n\nHe released a statement paying tribute to Ilse Vell and thanked the crews.\n\n“I am very touched by the attention,” he said."
        )
        let found = try #require(document.quotes.first { $0.kind == .direct })
        #expect(found.speakerName == "Anton Karow")
    }

    /// No speaker where the phrase before the cue is not one.
    @Test(arguments: [
        "A man believed to be the engineer then looks into the camera.",
        "A masked man, who has become known as “Vell Jack”, said the engineer would be next.",
    ])
    func noFalseSpeaker(_ text: String) throws {
        let document = try attributed(text)
        let speakers = document.quotes.compactMap(\.speaker).map { document.string($0) }
        #expect(!speakers.contains { ["A man", "the engineer", "A"].contains($0) }, "speakers: \(speakers)")
        #expect(!document.quotes.contains { $0.speakerName == "the engineer" })
    }

    /// A raising participle before "to be" / "to have" says nothing of its subject's words: no speaker; before "to"
    /// and a hearer it is an ordinary cue.
    @Test func raisedSubjectIsNoSpeaker() throws {
        let raised = try attributed("His father was Anton Karow, an engineer who is said to have been an aide to the mayor.")
        #expect(raised.quotes.allSatisfy { $0.speaker == nil && $0.speakerName == nil }, "speakers: \(raised.quotes.map(\.speakerName))")
        let told = try attributed("“I would,” Ilse Karow said to the reporters.")
        #expect(told.quotes.map(\.speakerName) == ["Ilse Karow"])
    }

    /// "he rarely shows himself publicly" reports nothing.
    @Test func showingOneselfIsNoCue() throws {
        let document = try attributed("He led prayers at the Great Mosque, but he rarely shows himself publicly and little is known about him.")
        #expect(document.quotes.isEmpty)
    }
}
