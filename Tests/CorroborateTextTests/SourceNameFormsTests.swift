import CorroborateCore
import Testing
@testable import CorroborateText

/// Names of institutions and outlets in the forms papers write them: an acronym in title case ("Nasa"), an
/// outlet's short name after its full one ("the Journal"), outlets whose names hold a stop word ("USA Today"), a
/// reporting verb capitalised before a name ("Says Dino Ferrari"), military commands.
@Suite struct SourceNameFormsTests {
    static func entities(_ text: String) throws -> [Entity] {
        try EntityRecognizer.bundled().entities(in: TextDocument(text: text))
    }

    @Test func acronymsInTitleCase() throws {
        let entities = try Self.entities("The head of Nasa Charles Bolden spoke. Nato and Isis were not involved.")
        #expect(entities.contains { $0.name == "NASA" && $0.kind == .organization && $0.aliases.contains("Nasa") })
        #expect(entities.contains { $0.name == "NATO" && $0.kind == .organization })
        #expect(entities.contains { $0.name == "Charles Bolden" && $0.kind == .person })
        // Short words are never taken for acronyms.
        let words = try Self.entities("Ice was found on the road. Eu Vell said so.")
        #expect(!words.contains { $0.name == "ICE" || $0.name == "EU" })
    }

    @Test func shortNameAfterTheOutlet() throws {
        let entities = try Self.entities(
            "The Wall Street Journal reported the sale. But the Journal said the price was not known, and the Post disagreed."
        )
        let journal = try #require(entities.first { $0.name == "The Wall Street Journal" })
        #expect(journal.kind == .outlet && journal.mentions == 2)
        // No Post named before: "the Post" keeps its own reading.
        #expect(!entities.contains { $0.name == "The Washington Post" })
    }

    @Test(arguments: [("USA Today reported the sale.", "USA Today"), ("The sale was reported by Channel One.", "Channel One")])
    func outletNamesWithStopWords(_ text: String, _ outlet: String) throws {
        let entities = try Self.entities(text)
        #expect(entities.contains { $0.name == outlet && $0.kind == .outlet }, "entities: \(entities.map(\.name))")
    }

    @Test func capitalisedVerbBeforeAName() throws {
        let entities = try Self.entities("“Who am I to take his life?” Says Dino Ferrari.")
        #expect(entities.contains { $0.name == "Dino Ferrari" })
        #expect(!entities.contains { $0.name.hasPrefix("Says") })
    }

    @Test func militaryCommands() throws {
        let entities = try Self.entities("US Central Command said the strikes went on. The Vell Coast Guard said nothing. Vell Palace said so.")
        #expect(entities.contains { $0.name == "US Central Command" && $0.kind == .organization })
        #expect(entities.contains { $0.name == "Vell Coast Guard" && $0.kind == .organization })
        #expect(entities.contains { $0.name == "Vell Palace" && $0.kind == .organization })
    }

    /// Companies whose names end in a possessive keep it; a person's possessive stays a possessive.
    @Test func possessiveCompanyNames() throws {
        let entities = try Self.entities("McDonald’s has decided to act. Mayor Anton Karow's decision was Macy's loss.")
        #expect(entities.contains { $0.name == "McDonald's" && $0.kind == .organization })
        #expect(entities.contains { $0.name == "Macy's" })
        #expect(entities.contains { $0.name == "Anton Karow" })
        let document = try attributed("McDonald's said it would not stop serving anyone.")
        #expect(document.quotes.first?.speakerName == "McDonald's")
    }
}
