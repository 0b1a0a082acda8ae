import CorroborateCore
import Testing
@testable import CorroborateText

/// A name that only modifies the speaker phrase's head is not the speaker: "Horner's mother" is the
/// mother, "Wilson supporters" the supporters. A name that is the clause's subject still is.
@Suite struct ModifiedNameSpeakerTests {
    @Test(arguments: [
        ("Paul Horner was arrested on Monday. Horner's mother said that he had been a good student.", "he had been a good student", "Horner's mother"),
        ("Darren Wilson was not charged. Wilson supporters say Brown was bull-rushing him.", "Brown was bull-rushing him", "Wilson supporters"),
    ])
    func aModifyingNameIsNotTheSpeaker(_ text: String, _ content: String, _ speaker: String) throws {
        let document = try attributed(text)
        let found = try #require(quote(content, in: document), "contents: \(document.quotes.map { document.string($0.content) })")
        #expect(found.speakerName == speaker)
    }

    @Test func aNameAsClauseSubjectStaysTheSpeaker() throws {
        let text = "Dmitry Peskov was quick to push back on the report, saying that no call had taken place."
        let document = try attributed(text)
        let found = try #require(quote("no call had taken place", in: document), "contents: \(document.quotes.map { document.string($0.content) })")
        #expect(found.speakerName == "Dmitry Peskov")
    }
}
