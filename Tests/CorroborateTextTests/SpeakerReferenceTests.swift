import CorroborateCore
import Testing
@testable import CorroborateText

/// Who a speaker phrase refers to: "he"/"she" and forms of address by sex, "the newspaper" as the outlet named
/// before, papers known by their masthead, places and platforms inside a speaker phrase, and a comma between a
/// subject and its verb (FNC-1 s4, s53, s58, s96, s161, read in session 26). Fixtures are invented.
@Suite struct SpeakerReferenceTests {
    static func entities(_ text: String) throws -> [Entity] {
        try EntityRecognizer.bundled().entities(in: TextDocument(text: text))
    }

    /// "she" does not stand for the last speaker when his given name is a man's, nor "he" for a woman.
    @Test(arguments: [
        ("Paula Marsh, a restorer, said the lid was loose. Peter Glenn, the archivist, said the coins were silver. "
            + "“It was the hardest job I have done,” she said.", "Paula Marsh"),
        ("Peter Glenn said the coins were silver. Paula Marsh, the restorer, said the lid was loose. "
            + "“We will open it next week,” he said.", "Peter Glenn"),
    ])
    func pronounSkipsASpeakerOfTheOtherSex(_ text: String, _ speaker: String) throws {
        let document = try attributed(text)
        let found = try #require(document.quotes.last)
        #expect(found.speakerName == speaker)
    }

    /// A bare last name two people share is the one its form of address fits.
    @Test(arguments: [
        ("Tom Varga and his wife Helen Varga visited the port. Mrs. Varga said the ships were old.", "Helen Varga"),
        ("Helen Varga and her husband Tom Varga visited the port. Mr. Varga said the ships were old.", "Tom Varga"),
    ])
    func sharedLastNameByFormOfAddress(_ text: String, _ speaker: String) throws {
        let document = try attributed(text)
        let found = try #require(document.quotes.last)
        #expect(found.speakerName == speaker)
    }

    /// "the newspaper said" is the outlet named just before; papers are outlets by their masthead word, by "an article
    /// in", and by an appositive with "her".
    @Test func theNewspaperIsTheOutletNamedBefore() throws {
        let document = try attributed(
            "The deal was worth $9 million, the Zorbury Gazette reported. The singer tore up the contract, the newspaper said.")
        let found = try #require(document.quotes.last)
        #expect(found.speakerName == "Zorbury Gazette")
    }

    @Test(arguments: [
        ("She worked with refugees, according to an article in the Pelham Courier.", "Pelham Courier"),
        ("She worked with refugees, according to Windle Vale, her hometown newspaper.", "Windle Vale"),
        ("The story first ran in the Bexley Examiner last week.", "Bexley Examiner"),
    ])
    func papersAreOutlets(_ text: String, _ outlet: String) throws {
        let found = try Self.entities(text)
        #expect(found.contains { $0.name == outlet && $0.kind == .outlet }, "entities: \(found.map { ($0.name, $0.kind) })")
    }

    /// A name that a noun phrase goes on after is no outlet of "according to": "according to the Varga family spokesman".
    @Test func nameModifyingANounIsNoOutlet() throws {
        let found = try Self.entities("She had long helped others, according to the Varga family spokesman.")
        #expect(!found.contains { $0.name == "Varga" && $0.kind == .outlet }, "entities: \(found.map { ($0.name, $0.kind) })")
    }

    /// "the Post" after "The Jerusalem Post" is that paper, though a list reads "the Post" as another.
    @Test func shortNameOfTheOutletNamedBefore() throws {
        let document = try attributed(
            "The clip has 75,000 views, according to The Jerusalem Post. “There is no confirmation,” the Post reported.")
        let found = try #require(document.quotes.last)
        #expect(found.speakerName == "The Jerusalem Post")
    }

    /// A place after "inside" and a platform after "on" say where the speakers are, not who they are.
    @Test(arguments: [
        ("Activists inside Qarrat said the area was bombed.", "Qarrat"),
        ("One user said he was sad, while another user on Twitter said the boy was brave.", "Twitter"),
    ])
    func placesAndPlatformsAreNoSpeakers(_ text: String, _ notSpeaker: String) throws {
        let document = try attributed(text)
        let found = try #require(document.quotes.last)
        #expect(found.speakerName != notSpeaker)
    }

    /// A comma between the subject that opens the sentence and "said" leaves the subject the speaker.
    @Test func commaBetweenSubjectAndVerb() throws {
        let document = try attributed("Foreign affairs minister Nabil Hadid, said on Twitter: “An old and sick trick.”")
        let found = try #require(document.quotes.first)
        #expect(found.speakerName == "Nabil Hadid")
    }
}
