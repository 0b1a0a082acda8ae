import CorroborateCore
import Testing
@testable import CorroborateText

/// Names whose words are read as something else (session 17, measured on the entity gold's dev
/// and dev2 files): a given name that is also an adjective ("Christian Bale"), and a surname
/// that is also a stop word ("So Se Pyong ... So said").
@Suite struct EntityNameWordTests {
    static func entities(_ text: String) throws -> [Entity] {
        try EntityRecognizer.bundled().entities(in: TextDocument(text: text))
    }

    /// A leading adjective that is also a given name starts a person's name when the context shows
    /// the next word to be a surname or a role stands before it or after it; without a cue it is still dropped as an adjective.
    @Test(arguments: [
        ("Fans cheered Christian Zorvath. Zorvath smiled.", true),
        ("Fans met Christian Zorvath and he smiled.", true),
        ("Christian Zorvath said the film was done.", true),
        ("Leaders of Christian Zorvath groups met in the capital.", false),
        ("The film stars actor Christian Zorvath.", true),
        ("Of course, Christian Zorvath, the actor who is to play the role, was there.", true),
        ("Fans cheered Israeli Zorvath. Zorvath smiled.", false),
    ])
    func givenNameAdjectivesStartNames(_ text: String, _ isPerson: Bool) throws {
        let person = try Self.entities(text).first { $0.aliases.contains { $0.hasSuffix("Zorvath") } && $0.kind == .person }
        #expect((person?.aliases.contains { $0.hasPrefix("Christian Zorvath") } ?? false) == isPerson)
    }

    /// An award's name before "winner", "nominee", or "winning"/"nominated" and a role or name is no entity; a name
    /// before "winning" and anything else still is.
    @Test(arguments: [
        ("The Oscar winning director Zev Marl spoke.", "Oscar", false),
        ("Emmy nominee Zev Marl spoke.", "Emmy", false),
        ("Oscar winner Zev Marl spoke.", "Oscar", false),
        ("With Zorvath winning the state, Marl left.", "Zorvath", true),
    ])
    func awardsBeforeWinnersAreNoNames(_ text: String, _ word: String, _ isEntity: Bool) throws {
        let found = try Self.entities(text)
        #expect(found.contains { $0.aliases.contains(word) } == isEntity)
        #expect(found.contains { $0.aliases.contains("Zev Marl") } || !text.contains("Zev Marl"))
    }

    /// A capitalised stop word in the middle of a sentence before two capitalised words starts the
    /// name; an article, "I" or a month does not.
    @Test(arguments: [
        ("The envoy met them, but So Zevran Pyong declined.", "So Zevran Pyong"),
        ("The talks began in May Zevran Pyong declined.", "Zevran Pyong"),
        ("They met The Zevran Pyong Group.", "Zevran Pyong Group"),
        ("So Zevran Pyong declined.", "Zevran Pyong"),
    ])
    func midSentenceStopWordsStartNames(_ text: String, _ name: String) throws {
        #expect(try Self.entities(text).contains { $0.aliases.contains(name) })
    }

    /// A stop word used alone as the surname of a person named earlier is that person when it
    /// stands where a speaker does: after `,”` or mid-sentence before a speech verb.
    @Test(arguments: [
        ("The envoy, So Zevran Pyong, spoke. \u{201C}That is rumors,\u{201D} So said.", true),
        ("The envoy, So Zevran Pyong, spoke. Reports were wrong, but So said that is incorrect.", true),
        ("The envoy, So Zevran Pyong, spoke. So said nothing else.", false),
        ("\u{201C}That is rumors,\u{201D} So said. The envoy, So Zevran Pyong, spoke.", false),
        ("The envoy, Zevran Pyong, spoke. \u{201C}That is rumors,\u{201D} So said.", false),
    ])
    func stopWordSurnamesAreSpeakers(_ text: String, _ linked: Bool) throws {
        let person = try #require(try Self.entities(text).first { $0.aliases.contains { $0.contains("Zevran Pyong") } })
        #expect(person.aliases.contains("So") == linked)
        #expect(person.kind == .person)
    }

    /// Names no list knows that their context shows to be outlets: a medium noun before the name
    /// or ending an appositive after it, a report taken from it, "according to" before a single
    /// unknown word, and a name joined by "and" to one of these. A person's job and a named
    /// person stay apart.
    @Test(arguments: [
        ("Zorvex Quill, editor of pro-Kremlin newspaper Zorblax Dail, told reporters.", "Zorblax Dail", EntityKind.outlet),
        ("Zorblax Dail, a celebrity news website, said the actor quit.", "Zorblax Dail", .outlet),
        ("Zorblax Dail, a newspaper columnist, said the actor quit.", "Zorblax Dail", .person),
        ("The magazine cited unconfirmed reports from Zorblax and Quillo Pavt on Monday.", "Quillo Pavt", .outlet),
        ("The magazine cited unconfirmed reports from Zorblax and Quillo Pavt on Monday.", "Zorblax", .outlet),
        ("The paper cited two \u{201C}unconfirmed reports\u{201D} from Zorblax on Monday.", "Zorblax", .outlet),
        ("Smith is 45 and, according to Zorblax, gave money to staff.", "Zorblax", .outlet),
        ("Smith is 45 and, according to Quillo Pavt, gave money to staff.", "Quillo Pavt", .person),
        // The surname of a person named before is that person (FNC-1 s150's "Taugan Tan Kadalim").
        ("A student named Taugan Tan Zorblax saw it. According to Zorblax, the car was red.", "Zorblax", .person),
        ("The story was first reported by Quillo Pavt on Monday. Quillo Pavt then deleted it.", "Quillo Pavt", .outlet),
        ("\u{201C}I hope he is happy,\u{201D} she told Quillo Pavt. Fans agreed.", "Quillo Pavt", .outlet),
        ("The actor told Quillo Pavt that he was happy.", "Quillo Pavt", .person),
        ("Fans were angry. The site Zorblax is reporting that the offices flooded.", "Zorblax", .outlet),
        ("Fans were angry, and Zorblax reported that the offices flooded.", "Zorblax", .outlet),
        ("Fans were angry. Zorblax reports that the offices flooded.", "Zorblax", .outlet),
    ])
    func outletContext(_ text: String, _ name: String, _ kind: EntityKind) throws {
        let entity = try #require(try Self.entities(text).first { $0.aliases.contains(name) })
        #expect(entity.kind == kind)
    }

    /// "reports" before a verb is a noun: the word before it is no outlet (FNC-1 s98).
    @Test func aWordBeforeTheNounReportsIsNoOutlet() throws {
        let entities = try Self.entities("The gunman died. Early reports indicate Zorvex Quill was shot by a guard.")
        #expect(!entities.contains { $0.kind == .outlet })
    }

    /// Nationality words are no entities also as plural nouns and after a compass word; a name
    /// after them stays.
    @Test(arguments: [
        ("Many Saudis bought the shares on Monday.", [String]()),
        ("Officials said North Koreans fled across the border.", []),
        ("The talks angered South Korean officials.", []),
        ("The team met South Korean Zevran Pyong in Seoul.", ["Zevran Pyong", "Seoul"]),
        ("Officials said Hispanics and Scots voted.", []),
    ])
    func nationalityNounsAreNoEntities(_ text: String, _ names: [String]) throws {
        #expect(try Self.entities(text).map(\.name).sorted() == names.sorted())
    }

    /// A speaker noun at a sentence start before a speech verb is no person; a surname there is.
    @Test(arguments: [
        ("Officials said the talks failed.", [String]()),
        ("Sources told the paper the talks failed.", []),
        ("Zevrano said the talks failed.", ["Zevrano"]),
    ])
    func speakerNounsAreNoNames(_ text: String, _ names: [String]) throws {
        #expect(try Self.entities(text).map(\.name).sorted() == names)
    }

    /// "The company", "the band" refer back to the latest name before them that is no place:
    /// a single unknown word there is an organization. A person or place in between is no
    /// organization, a sentence-initial word no name.
    @Test(arguments: [
        ("Investors expect Zorblax to open a store in Manchester next year, and the company may hire staff.", "Zorblax", EntityKind.organization),
        ("Fans cheered Zorblax on Friday night. The band played for two hours.", "Zorblax", .organization),
        ("Fans said Zorblax's manager left the club.", "Zorblax", .organization),
        ("Fans cheered Zorblax on Friday night. Zevran Pyong said the band played well.", "Zorblax", .other),
    ])
    func organizationsReferredToLater(_ text: String, _ name: String, _ kind: EntityKind) throws {
        let entity = try #require(try Self.entities(text).first { $0.aliases.contains(name) })
        #expect(entity.kind == kind)
    }

    /// A word only capitalised by the sentence start is not what "the company" refers to.
    @Test func sentenceStartsAreNotReferredTo() throws {
        let names = try Self.entities("Shoppers like Zorblax stores. Leases there are costly, and the company may wait.").map(\.name)
        #expect(!names.contains("Leases"))
    }
}
