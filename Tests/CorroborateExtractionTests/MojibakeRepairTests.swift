import Testing
@testable import CorroborateExtraction

@Suite struct MojibakeRepairTests {
    /// The text as a page shows it once its UTF-8 bytes were read as Latin-1 and encoded again.
    private static func twiceEncoded(_ text: String) -> String {
        String(text.utf8.map { Character(Unicode.Scalar($0)) })
    }

    @Test(arguments: [
        // apostrophe, accented letter, euro sign (3 bytes), emoji (4 bytes)
        (twiceEncoded("A DIY Investor’s Guide"), "A DIY Investor’s Guide"),
        (twiceEncoded("Café – 5 €"), "Café – 5 €"),
        (twiceEncoded("Ready 🚀 now"), "Ready 🚀 now"),
        // a page with C1 characters: proper Latin-1 text beside the mojibake is left alone where it is no sequence
        (twiceEncoded("it’s") + " Ä ok", "it’s Ä ok"),
    ])
    func repairsTextEncodedTwice(input: String, expected: String) {
        #expect(String(decoding: MojibakeRepair.repaired(Array(input.utf8)), as: UTF8.self) == expected)
    }

    @Test(arguments: [
        "Ã© and Â£ written on purpose, no C1 character on the page",
        "Plain ASCII",
        "Déjà vu – ’quoted’",
    ])
    func leavesPagesWithoutC1CharactersAlone(input: String) {
        #expect(MojibakeRepair.repaired(Array(input.utf8)) == Array(input.utf8))
    }

    @Test func extractsTheRepairedTitle() throws {
        let html = "<html><head><title>" + Self.twiceEncoded("Investor’s Guide to Calculators")
            + "</title></head><body><h1>" + Self.twiceEncoded("Investor’s Guide to Calculators")
            + "</h1><p>Some text about retirement calculators and their uses.</p></body></html>"
        let article = try HTMLExtractor().article(from: RawDocument(source: "test", content: .html(Array(html.utf8))))
        #expect(article.title == "Investor’s Guide to Calculators")
    }
}
