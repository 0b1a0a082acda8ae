import CorroborateCore
import Testing
@testable import CorroborateText

@Suite struct EntityRecognizerTests {
    /// Mentions of one person with titles, roles and short forms share one entity key, the fullest name.
    @Test(arguments: [
        ("Kremlin spokesman Dmitry Peskov spoke. Peskov said no.", "Peskov", "Dmitry Peskov"),
        ("Kremlin Press Secretary Dmitry Peskov spoke. Later Peskov left.", "Peskov", "Dmitry Peskov"),
        ("U.S. President-elect Donald Trump called. Trump said no.", "Trump", "Donald Trump"),
        ("Donald J Trump called. Then Donald Trump left.", "Donald Trump", "Donald J Trump"),
        ("Trump left. President-elect Donald Trump returned.", "Trump", "Donald Trump"),
    ])
    func aliasesMerge(_ text: String, _ alias: String, _ key: String) throws {
        let document = try attributed(text)
        let mention = try #require(document.mentions.first { $0.text == alias })
        #expect(mention.entity == key)
        #expect(mention.kind == .person)
    }

    /// Gazetteer names get their kind and a canonical key ("WP" -> "The Washington Post").
    @Test(arguments: [
        ("WP reported the call.", "WP", EntityKind.outlet, "The Washington Post"),
        ("He told AFP on Monday.", "AFP", EntityKind.agency, "Agence France-Presse"),
        ("The talks were in Moscow.", "Moscow", EntityKind.place, "Moscow"),
        ("Ukraine's Foreign Ministry denied it.", "Foreign Ministry", EntityKind.organization, "Foreign Ministry"),
        ("A statement came from the Kremlin.", "Kremlin", EntityKind.organization, "Kremlin"),
    ])
    func gazetteerKinds(_ text: String, _ name: String, _ kind: EntityKind, _ key: String) throws {
        let document = try attributed(text)
        let mention = try #require(document.mentions.first { $0.text == name })
        #expect(mention.kind == kind)
        #expect(mention.entity == key)
    }

    /// "the spokesman" links to the person who carries that role.
    @Test func roleMentionLinksToPerson() throws {
        let document = try attributed("Kremlin spokesman Dmitry Peskov spoke on Monday. The call was fiction, the spokesman said.")
        let role = try #require(document.mentions.first { $0.text == "the spokesman" })
        #expect(role.entity == "Dmitry Peskov")
    }

    /// Roles before a name are recorded on the entity.
    @Test func rolesAreRecorded() throws {
        let recognizer = try EntityRecognizer.bundled()
        let entities = recognizer.entities(in: TextDocument(text: "Trump's communications director Steven Cheung declined to comment."))
        let cheung = try #require(entities.first { $0.id == "Steven Cheung" })
        #expect(cheung.roles == ["Trump's communications director"])
    }

    /// A form of address tells a person's name but is no role; a role after "former" still is one.
    @Test(arguments: [
        ("Mr. Michael Bibeau left. Then Mr Bibeau returned.", "Michael Bibeau", [String]()),
        ("Mrs. Anna Vell spoke to reporters.", "Anna Vell", []),
        ("Miss Anna Vell spoke to reporters.", "Anna Vell", []),
        ("Former Mayor Anna Vell spoke to reporters.", "Anna Vell", ["Former Mayor"]),
    ])
    func formsOfAddressAreNoRoles(_ text: String, _ name: String, _ roles: [String]) throws {
        let recognizer = try EntityRecognizer.bundled()
        let entities = recognizer.entities(in: TextDocument(text: text))
        let person = try #require(entities.first { $0.id == name })
        #expect(person.kind == .person)
        #expect(person.roles == roles)
    }

    /// Sentence-initial capitalised words and headline verbs are not names.
    @Test(arguments: ["Meanwhile the talks went on.", "However, nothing changed."])
    func sentenceStartsAreNotNames(_ text: String) throws {
        let document = try attributed(text)
        #expect(document.mentions.isEmpty)
    }
}
