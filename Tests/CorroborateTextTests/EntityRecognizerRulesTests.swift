import CorroborateCore
import Testing
@testable import CorroborateText

/// The rules added to the recognizer after measuring it on the entity gold.
@Suite struct EntityRecognizerRulesTests {
    static func entities(_ text: String) throws -> [Entity] {
        try EntityRecognizer.bundled().entities(in: TextDocument(text: text))
    }

    /// Ordinary words capitalised by position (sentence starts, Title Case lines) are not names
    /// when the text also writes them in lower case.
    @Test(arguments: [
        ("Sources said the call took place. The sources were anonymous.", "Sources"),
        ("Alleged Trump call\nThe alleged call was denied.", "Alleged"),
        ("Kremlin Denies Reports Of Phone Call\nThe phone call never happened, the Kremlin said.", "Phone Call"),
    ])
    func positionalCapitalsAreNotNames(_ text: String, _ word: String) throws {
        let names = try Self.entities(text).flatMap(\.aliases)
        #expect(!names.contains { $0.contains(word) })
    }

    /// A title going on with "of" and a department keeps the department in the role; a party word
    /// before a name is a role too.
    @Test(arguments: [
        ("Secretary of Homeland Security Jeh Johnson said the rumors were unfounded.", "Jeh Johnson", "Secretary of Homeland Security"),
        ("Republican Duncan Hunter said the border was open.", "Duncan Hunter", "Republican"),
        ("Democrat Nancy Pelosi disagreed.", "Nancy Pelosi", "Democrat"),
        ("Secretary of State John Kerry said it was over.", "John Kerry", "Secretary of State"),
        ("Minister of Foreign Affairs Sergei Lavrov met the envoy.", "Sergei Lavrov", "Minister of Foreign Affairs"),
        // Clerical and police titles (FNC-1 s8: "Father John Micheal O'Neal" was a four-word name of kind other).
        ("Father John Micheal O’Neal, 71, briefly went to heaven.", "John Micheal O’Neal", "Father"),
        ("Cardinal Sean P. O’Malley made a public statement.", "Sean P. O’Malley", "Cardinal"),
        ("Officer Darren Wilson shot him.", "Darren Wilson", "Officer"),
        // British police and council abbreviations.
        ("Insp Jane Reid said the man was arrested.", "Jane Reid", "Insp"),
        ("Cllr Mark Brown said the road was shut.", "Mark Brown", "Cllr"),
    ])
    func aTitlesDepartmentIsPartOfTheRole(_ text: String, _ name: String, _ role: String) throws {
        let person = try #require(try Self.entities(text).first { $0.kind == .person })
        #expect(person.name == name)
        #expect(person.roles.contains(role))
    }

    /// Institutions named past "for", "to", "on", "of the" and "and" are one organization; a title word before
    /// an institution's head ("Justice Department") is no role; a post's "of" names the organization only when the
    /// text names it on its own too.
    @Test(arguments: [
        ("The Vell Society for the Prevention of Cruelty to Animals said the dog was found.", "Vell Society for the Prevention of Cruelty to Animals"),
        ("The Committee to Protect Journalists said two reporters were held.", "Committee to Protect Journalists"),
        ("The Council on Foreign Relations said the talks failed.", "Council on Foreign Relations"),
        ("The Center for Strategic and International Studies said the missile flew.", "Center for Strategic and International Studies"),
        ("The figure comes from the Office of the Director of National Intelligence.", "Office of the Director of National Intelligence"),
        ("A letter from the Justice Department arrived.", "Justice Department"),
        ("Anton Karow is the chief executive of Vell Media. Vell Media made a loss.", "Vell Media"),
    ])
    func institutionNames(_ text: String, _ name: String) throws {
        let entities = try Self.entities(text)
        let found = try #require(entities.first { $0.name == name }, "entities: \(entities.map(\.name))")
        #expect(found.kind == .organization)
        #expect(found.roles.isEmpty)
    }

    /// A date, a platform or a second name after the institution is not part of its name.
    @Test(arguments: [
        ("The Vell Foundation on Monday said it would pay.", "Vell Foundation"),
        ("A letter from the Justice Department to Congress said the probe was over.", "Justice Department"),
        ("The Vell Council on Twitter said the bridge was closed.", "Vell Council"),
    ])
    func institutionNameStops(_ text: String, _ name: String) throws {
        let names = try Self.entities(text).map(\.name)
        #expect(names.contains(name), "names: \(names)")
    }

    /// A name with a digit is no person ("his company Mark-1 Plumbing"); a name ending in "City" is a place.
    @Test func digitsAndCities() throws {
        let entities = try Self.entities("His company Vell-1 Plumbing has been bombarded with calls at the office in Harbor City, Texas.")
        #expect(!entities.contains { $0.kind == .person }, "entities: \(entities.map { ($0.name, $0.kind) })")
        #expect(entities.contains { $0.name == "Harbor City" && $0.kind == .place })
    }

    /// A name capitalised in running text stays a name at a sentence start.
    @Test func runningTextCapitalsStayNames() throws {
        let names = try Self.entities("Hill arrived on Monday. Envoy Christopher Hill met Hill's hosts on the hill.").flatMap(\.aliases)
        #expect(names.contains("Hill"))
    }

    /// Nationality adjectives are never entities, and leave the name they precede.
    @Test(arguments: [
        ("Russian state media reported it.", nil),
        ("Fifth-seeded Israeli Shahar Peer won.", "Shahar Peer"),
    ] as [(String, String?)])
    func demonymsAreNotEntities(_ text: String, _ name: String?) throws {
        let found = try Self.entities(text)
        #expect(!found.contains { $0.name.hasPrefix("Russian") || $0.name.hasPrefix("Israeli") })
        if let name { #expect(found.contains { $0.name == name && $0.kind == .person }) }
    }

    /// A run ending in a nationality ("South Korean intelligence") or a holiday ("Happy New Year")
    /// is no person, so a later "she" cannot refer to it.
    @Test(arguments: [
        "South Korean intelligence also learned that doctors went to North Korea.",
        "North Korean state television said he was experiencing discomfort.",
        "Happy New Year, said the banner over the door.",
    ])
    func nationalitiesAndHolidaysAreNoPersons(_ text: String) throws {
        let found = try Self.entities(text)
        #expect(!found.contains { $0.kind == .person })
    }

    /// A patron's or a people's possessive inside a name stays in it; an owner's possessive parts names.
    @Test(arguments: [
        ("A statement from King’s College London said the name was right.", ["King’s College London"]),
        ("The Children's Hospital of Philadelphia said he was well.", ["Children's Hospital of Philadelphia"]),
        ("Russia's Foreign Ministry denied it.", ["Russia", "Foreign Ministry"]),
    ])
    func possessivesInsideNames(_ text: String, _ names: [String]) throws {
        let found = try Self.entities(text).map(\.name)
        for name in names { #expect(found.contains(name)) }
    }

    /// An organization named after a party stays whole.
    @Test func aPartyOrganizationStaysWhole() throws {
        #expect(try Self.entities("The Republican National Committee said nothing.").contains { $0.name == "Republican National Committee" })
    }

    /// Place head words, context and capitals make places.
    @Test(arguments: [
        ("The resort lies on the Black Sea coast.", "Black Sea"),
        ("He was arrested in Ojai on Sunday.", "Ojai"),
        ("The meeting was held in Valdai, Russia, on Friday.", "Valdai"),
        ("KUALA LUMPUR (AP) -- Officials met.", "KUALA LUMPUR"),
        ("The governor of Vellmark's Lower Dravin region, Anton Karow, told reporters he heard the blast.", "Lower Dravin"),
        ("Troops reached the coast of Rakhal state on Sunday.", "Rakhal"),
        ("Several residents of Vellstadt have captured pictures of the drone.", "Vellstadt"),
    ])
    func placesFromHeadsContextAndCapitals(_ text: String, _ name: String) throws {
        let entity = try #require(try Self.entities(text).first { $0.aliases.contains(name) })
        #expect(entity.kind == .place)
    }

    /// Military ranks, abbreviated or not, are titles: the name after them is a person's and the rank a role.
    @Test(arguments: [
        ("Rear Adm. Anton Karow spoke on Friday.", "Anton Karow", "Rear Adm."),
        ("Cpl. Ilse Karow was shot at the memorial.", "Ilse Karow", "Cpl."),
        ("Sgt. Ilse Karow was shot at the memorial.", "Ilse Karow", "Sgt."),
        ("The gunman shot Cpl. Ilse Karow at the memorial.", "Ilse Karow", "Cpl."),
        ("Lt. Col. Tomas Reyhl said nothing.", "Tomas Reyhl", "Lt. Col."),
    ])
    func militaryRanksAreTitles(_ text: String, _ name: String, _ role: String) throws {
        let found = try Self.entities(text)
        let person = try #require(found.first { $0.name == name }, "entities: \(found.map(\.name))")
        #expect(person.kind == .person)
        #expect(person.roles == [role])
    }

    /// A place written several ways is one entity under its canonical name.
    @Test func placeAliasesShareTheCanonicalName() throws {
        let found = try Self.entities("U.S. forces left. The US army stayed in the United States.")
        let place = try #require(found.first { $0.name == "United States" })
        #expect(place.kind == .place)
        #expect(Set(place.aliases) == ["U.S.", "US", "United States"])
    }

    /// An acronym in parentheses after a name joins its entity.
    @Test func acronymJoinsItsName() throws {
        let found = try Self.entities("Her rival leads the Bangladesh Nationalist Party (BNP). The BNP denied it.")
        let party = try #require(found.first { $0.name == "Bangladesh Nationalist Party" })
        #expect(party.kind == .organization)
        #expect(party.mentions == 3)
    }

    /// A short organization name joins the only longer one ending with it after a nationality.
    @Test func organizationJoinsItsQualifiedName() throws {
        let found = try Self.entities("The Ukrainian Foreign Ministry said it. The Foreign Ministry added nothing.")
        let ministry = try #require(found.first { $0.name == "Ukrainian Foreign Ministry" })
        #expect(ministry.mentions == 2)
    }

    /// "the Russian president" links to the person whose role holds both words, not to the
    /// latest person whose role merely contains "president".
    @Test func rolePhraseLinksToTheMatchingRole() throws {
        let text = "Russian President Vladimir Putin spoke. U.S. President-elect Donald Trump told the Russian president no."
        let document = TextDocument(text: text)
        var annotated = document
        try EntityRecognizer.bundled().annotate(&annotated)
        let role = try #require(annotated.mentions.first { $0.text == "the Russian president" })
        #expect(role.entity == "Vladimir Putin")
    }
}
