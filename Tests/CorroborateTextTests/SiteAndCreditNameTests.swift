import CorroborateCore
import Testing
@testable import CorroborateText

/// A web site's domain name names its outlet, a photo credit's words are no part of a name, and
/// well-known companies are organizations.
@Suite struct SiteAndCreditNameTests {
    static func entities(_ text: String) throws -> [Entity] {
        try EntityRecognizer.bundled().entities(in: TextDocument(text: text))
    }

    @Test func aDomainNameIsItsOutlet() throws {
        let found = try #require(try Self.entities("Carrie Underwood was third, Billboard.com reported Thursday.").first { $0.kind == .outlet })
        #expect(found.name == "Billboard")
    }

    @Test func anUnknownSiteIsAnOutletOfItsOwn() throws {
        let found = try #require(try Self.entities("The story ran first on RadarOnline.com last week.").first { $0.name == "RadarOnline.com" })
        #expect(found.kind == .outlet)
    }

    @Test func aPhotoCreditIsNoPartOfTheName() throws {
        let text = "Is the phone ripping out hair? Maybe. Photo: Courtesy of Apple\nApple says it has received a handful of complaints."
        let names = try Self.entities(text).map(\.name)
        #expect(!names.contains("Courtesy of Apple"))
        #expect(try Self.entities(text).first { $0.name == "Apple" }?.kind == .organization)
    }

    /// An outlet or agency before a given name is two entities: "told Reuters Kim was" names
    /// Reuters and Kim; an outlet's own longer name stays whole.
    @Test(arguments: [
        ("So Se Pyong told Reuters Kim was not in bad health.", "Reuters", "Kim"),
        ("He told CNN Mary Smith was wrong.", "CNN", "Mary Smith"),
        ("The United Nations John Bolton knew is gone.", "United Nations", "John Bolton"),
    ] as [(String, String, String)])
    func aSourceBeforeAGivenNameIsTwoEntities(text: String, source: String, person: String) throws {
        let names = try Self.entities(text).map(\.name)
        #expect(names.contains(source))
        #expect(names.contains(person))
        #expect(!names.contains("\(source) \(person)"))
    }

    @Test func anOutletsOwnNameStaysWhole() throws {
        let names = try Self.entities("The report, Fox News Channel said, was false.").map(\.name)
        #expect(names.contains("Fox News Channel") || names.contains("Fox News"))
        #expect(!names.contains("Channel"))
    }

    @Test(arguments: [("Billboard.com", "Billboard"), ("bbc.co.uk", "bbc"), ("U.S.", nil), ("Mr.Smith", nil), ("Apple", nil)] as [(String, String?)])
    func siteNames(text: String, site: String?) {
        #expect(EntityRecognizer.siteName(text) == site)
    }
}
