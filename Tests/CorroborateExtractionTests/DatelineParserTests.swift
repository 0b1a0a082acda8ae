import Testing
@testable import CorroborateExtraction

@Suite struct DatelineParserTests {
    @Test(arguments: [
        ("MOSCOW (AP) — The Kremlin said on Monday", "MOSCOW", ["AP"]),
        ("PARIS, Nov 11 (Reuters) - France said", "PARIS", ["Reuters"]),
        ("KYIV (AFP/dpa) – Officials said", "KYIV", ["AFP", "dpa"]),
        ("WINSTON-SALEM, N.C. — A man", "WINSTON-SALEM, N.C.", []),
    ])
    func readsPlaceAndAgencies(text: String, place: String, agencies: [String]) {
        let opening = DatelineParser.parse(text)
        #expect(opening?.place == place)
        #expect(opening?.agencies == agencies)
    }

    @Test(arguments: ["The Kremlin said on Monday — nothing", "US officials - said", "AI is here: now"])
    func ignoresOrdinaryOpenings(text: String) {
        #expect(DatelineParser.parse(text) == nil)
    }
}
