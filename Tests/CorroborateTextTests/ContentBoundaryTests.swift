import CorroborateCore
import Testing
@testable import CorroborateText

/// Where a reported content starts and ends around scene-setting phrases, gerunds, hearers and
/// a second attribution closing the sentence.
@Suite struct ContentBoundaryTests {
    @Test(arguments: [
        // A participial phrase before the speaker sets the scene; the content follows the cue.
        ("Speaking at a news conference in Ankara today, Erdogan described the weapons drop as a mistake.",
         "the weapons drop as a mistake", "Erdogan"),
        ("Asked about the plan on Monday, Erdogan said he had proposed it to Obama.", "he had proposed it to Obama", "Erdogan"),
        // A gerund opens the content: its "that" is a relative pronoun, not a complementizer.
        ("Residents reported hearing a mysterious boom that left a crater near the airport.",
         "hearing a mysterious boom that left a crater near the airport", "Residents"),
        // A pronoun after the hearer opens the content.
        ("Humberto Saballos told the AP it was unclear whether the meteorite disintegrated or was buried.",
         "it was unclear whether the meteorite disintegrated or was buried", "Humberto Saballos"),
        // A second attribution closing the sentence is no part of the content.
        ("Residents reported hearing a boom that shook the airport, officials said on Monday.",
         "hearing a boom that shook the airport", "Residents"),
        ("Residents reported hearing a boom that shook the airport, the Associated Press reports.",
         "hearing a boom that shook the airport", "Residents"),
        // ... and the hearer of its "told" with it.
        ("The FBI has questioned a man who says he recorded the gunfire, the man's attorney told CNN.",
         "a man who says he recorded the gunfire", "The FBI"),
        ("Residents reported hearing a boom that shook the airport, a spokesman told reporters on Monday.",
         "hearing a boom that shook the airport", "Residents"),
        // A relative clause between dashes is an aside: the content carries on after it.
        ("The reports say that the supply of steel cable – which will hold the deck of the new bridge – has led to some delays.",
         "the supply of steel cable – which will hold the deck of the new bridge – has led to some delays", "The reports"),
    ])
    func contentBoundaries(_ text: String, _ content: String, _ speaker: String) throws {
        let document = try attributed(text)
        let found = try #require(quote(content, in: document), "contents: \(document.quotes.map { document.string($0.content) })")
        #expect(document.string(try #require(found.speaker)) == speaker)
    }

    /// A content that is itself a clause keeps its words: "Running for office is hard" is no
    /// scene-setting phrase, and "said nothing that" keeps its "that" clause start.
    @Test(arguments: [
        ("Running for office is hard on a family, she said.", "Running for office is hard on a family"),
        ("The minister said during a briefing that the talks had failed.", "the talks had failed"),
    ])
    func clausesStayContents(_ text: String, _ content: String) throws {
        let document = try attributed(text)
        #expect(quote(content, in: document) != nil, "contents: \(document.quotes.map { document.string($0.content) })")
    }

    /// The last word of a name is no noun marker: the agency reports.
    @Test func agencyNameReports() throws {
        let document = try attributed("The Associated Press reports that residents heard a boom.")
        let found = try #require(quote("residents heard a boom", in: document))
        #expect(found.speakerName == "Associated Press")
    }

    /// A quoted phrase after a possessive name reports nothing of that person.
    @Test func scareQuoteAfterPossessiveHasNoSpeaker() throws {
        let document = try attributed(
            "The policy change was precipitated by Syrian dictator Bashar Assad's violation of the Obama administration's \"red line\" after the attack.")
        #expect(document.quotes.allSatisfy { $0.speakerName != "Bashar Assad" })
    }
}

/// "He said" with no speaker in the sentences before refers to the subject of the sentence before
/// rather than to the last name in it.
@Suite struct PronounAntecedentTests {
    @Test func heIsThePreviousSubject() throws {
        let document = try attributed(
            "Screenwriter Aaron Sorkin was gushing over Christian Bale as his choice to play Steve Jobs. He said he \"couldn't be more excited\" to have cast him.")
        let found = try #require(document.quotes.first { document.string($0.content).contains("more excited") })
        #expect(found.speakerName == "Aaron Sorkin")
    }

    /// A lone first name after the full name is the same person.
    @Test func firstNameJoinsTheFullName() throws {
        let document = try attributed(
            "Bunbury local Dylan Thomas flew to Bali last weekend.\n21-year-old Dylan awoke to find a red trail on his skin.\n\"It was as if someone had scratched me with a knife,\" he said.")
        let found = try #require(quote("It was as if someone had scratched me with a knife", in: document))
        #expect(found.speakerName == "Dylan Thomas")
    }
}

/// A reporting participle after a dash starts a second statement; a relative clause after an
/// "according to" source is about the source.
@Suite struct ClauseAfterSourceTests {
    @Test func dashParticipleEndsTheContent() throws {
        let document = try attributed("Erdogan said the mission had been a mistake - adding that he could not understand why.")
        #expect(quote("the mission had been a mistake", in: document) != nil, "contents: \(document.quotes.map { document.string($0.content) })")
    }

    @Test func relativeClauseAfterSourceIsNoContent() throws {
        let document = try attributed(
            "American planes have carried out more than 135 airstrikes in Kobane, according to the Centcom statement, which it says slowed the advance.")
        #expect(quote("American planes have carried out more than 135 airstrikes in Kobane", in: document) != nil,
                "contents: \(document.quotes.map { document.string($0.content) })")
    }
}
