import CorroborateCore
import Testing
@testable import CorroborateText

/// The kind rules for names no list knows (session 16, measured on the entity gold's dev and
/// dev2 files): person cues, "the" before a run, acronyms, organization context, quoted titles,
/// place qualifiers and places joined by "and".
@Suite struct EntityKindCuesTests {
    static func entities(_ text: String) throws -> [Entity] {
        try EntityRecognizer.bundled().entities(in: TextDocument(text: text))
    }

    static func kind(of name: String, in text: String) throws -> EntityKind? {
        try entities(text).first { $0.aliases.contains(name) }?.kind
    }

    /// Two or three unknown capitalised words after "the" are an organization unless the context
    /// shows a person: the surname alone, a reporting verb, "who", an age, a pronoun.
    @Test(arguments: [
        ("Fans booed the Zorvan Quill at the final whistle.", EntityKind.organization),
        ("The Zorvan Quill beat the Denver Nuggets at home.", .organization),
        ("Fans cheered the Zorvan Quill, who scored twice.", .person),
        ("Fans cheered the Zorvan Quill, 58, on Sunday.", .person),
        ("Fans met the Zorvan Quill and he smiled.", .person),
        ("Fans cheered the Zorvan Quill on Sunday. Quill scored twice.", .person),
        ("Zorvan Quill arrived on Monday.", .person),
    ])
    func unknownRunsAfterTheNeedPersonCues(_ text: String, _ kind: EntityKind) throws {
        #expect(try Self.kind(of: "Zorvan Quill", in: text) == kind)
    }

    /// `PersonCues` on its own: the cue words right after the run, a pronoun before any other
    /// capitalised word, the surname used alone elsewhere but not after "the".
    @Test(arguments: [
        ("Zorvan Quill said no.", true),
        ("Zorvan Quill told reporters no.", true),
        ("Zorvan Quill, who left, smiled.", true),
        ("Zorvan Quill, 41, smiled.", true),
        ("Zorvan Quill lost, and his fans left.", true),
        ("Zorvan Quill beat Arsenal, and his fans left.", false),
        ("Zorvan Quill lost.\nHis fans left.", false),
        ("Zorvan Quill lost. The Quill fans left.", false),
        ("Zorvan Quill lost. Fans of the Quill left.", false),
        ("Zorvan Quill lost. Fans of Quill left.", true),
    ])
    func personCues(_ text: String, _ expected: Bool) {
        let tokens = WordScanner.tokens(of: Array(text.unicodeScalars))
        let cues = PersonCues(speechVerbs: ["said", "told"], loneWords: PersonCues.loneWords(in: tokens))
        #expect(cues.showPerson(0..<2, tokens) == expected)
    }

    /// An unknown word of three to five capitals is an organization, unless it is a common-noun
    /// acronym or stands in a line written in capitals.
    @Test(arguments: [
        ("The NYPD will issue a summons instead.", "NYPD", true),
        ("Officers of the RCMP guarded the Queen.", "RCMP", true),
        ("Police found DNA at the scene.", "DNA", false),
        ("The CEO resigned on Monday.", "CEO", false),
        ("ZORB QUAX NYPD TALKS", "NYPD", false),
    ])
    func acronymsAreOrganizations(_ text: String, _ word: String, _ isAcronym: Bool) throws {
        let scalars = Array(text.unicodeScalars)
        let tokens = WordScanner.tokens(of: scalars)
        let index = try #require(tokens.firstIndex { $0.lower == word.lowercased() })
        #expect(EntityRecognizer.isAcronym(at: index, tokens, scalars) == isAcronym)
        if isAcronym { #expect(try Self.kind(of: word, in: text) == .organization) }
    }

    /// What companies have after a possessive, "shares of", ", which": an organization, and every
    /// mention of the name with it.
    @Test(arguments: [
        "Zorblax's shares rose 3 percent. Zorblax makes chips.",
        "Investors bought shares of Zorblax last week. Zorblax makes chips.",
        "Fans loved Zorblax, which made the film. Zorblax makes chips.",
        "Zorblax's chief executive resigned. Zorblax makes chips.",
    ])
    func organizationContext(_ text: String) throws {
        let entity = try #require(try Self.entities(text).first { $0.name == "Zorblax" })
        #expect(entity.kind == .organization)
        #expect(entity.mentions == 2)
    }

    /// A run that is all a quotation holds is a title of a work, no entity; a nickname between a
    /// given name and a surname is no title.
    @Test func quotedTitlesAreNoEntities() throws {
        let found = try Self.entities("Boyle won an Oscar for “Slumdog Millionaire” in 2008 and 'Zorb Quax' later.").flatMap(\.aliases)
        #expect(!found.contains("Slumdog Millionaire"))
        #expect(!found.contains("Zorb Quax"))
        let text = "Guy “Master Gee” O'Brien founded the group."
        let tokens = WordScanner.tokens(of: Array(text.unicodeScalars))
        let master = try #require(tokens.firstIndex { $0.lower == "master" })
        #expect(!EntityRecognizer.isQuotedTitle(master..<(master + 2), tokens))
    }

    /// Head words (companies, venues), a part of a known place, a name joined to a place by "and",
    /// an unknown run holding "of", a brand's inner capital.
    @Test(arguments: [
        ("Fox and Walt Disney Co. sell films.", "Walt Disney Co.", EntityKind.organization),
        ("Fox owns Zorvan Pictures now.", "Zorvan Pictures", .organization),
        ("Crowds gathered outside the Empire State Building.", "Empire State Building", .place),
        ("Central London was quiet on Sunday.", "Central London", .place),
        ("Reporters worked in Moscow and Zorbek on Friday.", "Zorbek", .place),
        ("Members of the Zorb of Quaxes voted.", "Zorb of Quaxes", .organization),
        ("The truck was sold to a ZorbNation dealership.", "ZorbNation", .organization),
    ])
    func headsQualifiersAndJoinedPlaces(_ text: String, _ name: String, _ kind: EntityKind) throws {
        #expect(try Self.kind(of: name, in: text) == kind)
    }

    /// An inner capital marks a brand, not a surname after a prefix.
    @Test(arguments: [("AutoNation", true), ("YouTube", true), ("McDowall", false), ("DiCaprio", false), ("LeBron", false), ("Smith", false)])
    func innerCapitals(_ word: String, _ expected: Bool) {
        let scalars = Array(word.unicodeScalars)
        let tokens = WordScanner.tokens(of: scalars)
        #expect(EntityRecognizer.hasInnerCapital(tokens[0], scalars) == expected)
    }
}
