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

    @Test(arguments: [("Billboard.com", "Billboard"), ("bbc.co.uk", "bbc"), ("U.S.", nil), ("Mr.Smith", nil), ("Apple", nil)] as [(String, String?)])
    func siteNames(text: String, site: String?) {
        #expect(EntityRecognizer.siteName(text) == site)
    }
}
