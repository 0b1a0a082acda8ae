import CorroborateCore
import Testing
@testable import CorroborateText

/// Who speaks when the speaker phrase holds more than a name: a role whose "of" or "for" governs the name, a
/// document the speaker issued, a predicate after the subject, and a "he" after a quotation naming somebody.
@Suite struct RoleAndIssuerSpeakerTests {
    /// The name inside a person noun's prepositional phrase is not the speaker: the role is.
    @Test(arguments: [
        ("The sister of the Vell-born photojournalist Anton Karow has said he was killed in a failed rescue attempt.", "Anton Karow"),
        ("The top spokesman for Prime Minister Ilse Karow said the mayor was safe and had left the building.", "Ilse Karow"),
    ])
    func roleGovernsTheName(_ text: String, _ notSpeaker: String) throws {
        let document = try attributed(text)
        #expect(!document.quotes.isEmpty)
        #expect(document.quotes.allSatisfy { $0.speakerName != notSpeaker }, "speakers: \(document.quotes.map(\.speakerName))")
    }

    /// A title's own "of", a verb's "with", and a name after a thing keep the name as the speaker.
    @Test(arguments: [
        ("The Secretary of State Anton Karow said the bridge would reopen in March.", "Anton Karow"),
        ("The Vell Courier checked with police spokesman Anton Karow, who said the car had not been stolen.", "Anton Karow"),
        ("The head of the bridge fund Ilse Karow said the repairs would cost more.", "Ilse Karow"),
    ])
    func nameStaysTheSpeaker(_ text: String, _ speaker: String) throws {
        let document = try attributed(text)
        #expect(document.quotes.contains { $0.speakerName == speaker }, "speakers: \(document.quotes.map(\.speakerName))")
    }

    /// A name before ", the <organization> announced" is not in apposition to it; a role's appositive name may carry
    /// its own title.
    @Test(arguments: [
        ("The strikes killed the group's leader, Anton Karow, the Pentagon announced Friday.", "Pentagon"),
        ("“We have confirmed that he was killed,” the Vell defence press secretary, Rear Adm. Ilse Karow, said in a statement.", "Ilse Karow"),
    ])
    func organizationAfterANameSpeaks(_ text: String, _ speaker: String) throws {
        let document = try attributed(text)
        #expect(document.quotes.map(\.speakerName) == [speaker])
    }

    /// "X released a statement saying ...": X speaks, not "X released a statement".
    @Test func issuerOfAStatementSpeaks() throws {
        let document = try attributed("The Vell defence ministry released a statement claiming its forces had freed an American hostage.")
        let speakers = document.quotes.compactMap(\.speaker).map { document.string($0) }
        #expect(speakers == ["The Vell defence ministry"], "speakers: \(speakers)")
    }

    /// A participle's subject read forwards stops at the auxiliary: "His captors had taunted his family".
    @Test func participleSubjectStopsAtAnAuxiliary() throws {
        let document = try attributed("His captors had taunted his family, saying they would execute him within three days.")
        let speakers = document.quotes.compactMap(\.speaker).map { document.string($0) }
        #expect(speakers == ["His captors"], "speakers: \(speakers)")
    }

    /// "he" after a quotation is not the person the quotation names.
    @Test func pronounIsNotThePersonInsideTheQuote() throws {
        let document = try attributed("Anton Karow, who did not write the story, says the use of his words is misleading. “Ilse Vell is certainly not opening restaurants anywhere,” he told the Courier.")
        let quote = try #require(document.quotes.first { document.string($0.content).hasPrefix("Ilse Vell is certainly") })
        #expect(quote.speakerName != "Ilse Vell")
    }

    /// An object pronoun after "told" is the hearer, not the content's first word.
    @Test(arguments: [
        ("The mayor told him the bridge would not reopen before March.", "the bridge would not reopen before March"),
        ("The driver told medics he had fallen asleep at the wheel.", "he had fallen asleep at the wheel"),
    ])
    func hearerAfterToldIsNoContent(_ text: String, _ content: String) throws {
        let document = try attributed(text)
        let contents = document.quotes.map { document.string($0.content) }
        #expect(contents == [content], "contents: \(contents)")
    }

    /// Calling for help reports nothing; calling something a name still does.
    @Test(arguments: [
        ("Karow called medics after he could not stop the bleeding and was taken to hospital.", false),
        ("She phoned the police when the bridge began to shake.", false),
        ("The mayor called the report a fiction invented by her rivals.", true),
        ("She has called the police shootings in the town a moment similar to the riots of 1968.", true),
    ])
    func callingForHelpIsNoCue(_ text: String, _ reports: Bool) throws {
        let document = try attributed(text)
        #expect(document.quotes.isEmpty != reports, "contents: \(document.quotes.map { document.string($0.content) })")
    }
}
