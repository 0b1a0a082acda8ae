import CorroborateCore
import Testing
@testable import CorroborateText

/// A role phrase with the name in apposition speaks as the named person.
@Suite struct AppositiveSpeakerTests {
    @Test(arguments: [
        ("Vellmar's mayor, Ilse Karow, said on Tuesday that nobody had been on the bridge.", "nobody had been on the bridge", "Ilse Karow"),
        ("Her campaign manager, Robby Mook, said that the breach may have violated the law.", "the breach may have violated the law", "Robby Mook"),
        // Not a role phrase before the comma: the name after it is no apposition.
        ("On Monday, Robby Mook said that the breach may have violated the law.", "the breach may have violated the law", "Robby Mook"),
    ])
    func roleWithNameSpeaksAsTheName(_ text: String, _ content: String, _ speaker: String) throws {
        let document = try attributed(text)
        let found = try #require(quote(content, in: document), "contents: \(document.quotes.map { document.string($0.content) })")
        #expect(found.speakerName == speaker)
    }

    /// A role phrase with no name after it keeps the phrase.
    @Test func roleWithoutNameStaysTheRole() throws {
        let document = try attributed("The city's mayor said that nobody had been on the bridge.")
        let found = try #require(quote("nobody had been on the bridge", in: document))
        #expect(found.speakerName == "The city's mayor")
    }
}
