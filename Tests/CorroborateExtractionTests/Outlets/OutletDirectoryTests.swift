import CorroborateExtraction
import Testing

struct OutletDirectoryTests {
    let directory = OutletDirectory.bundled

    @Test func bundledTableListsSeveralHundredEntries() {
        #expect(directory.entries.count >= 300)
        #expect(directory.entries.filter { $0.kind == .agency }.count >= 50)
    }

    @Test(arguments: [
        ("themoscowtimes.com", "The Moscow Times"),
        ("www.trtworld.com", "TRT World"),
        ("edition.cnn.com", "CNN"),
        ("japantoday.com", "Japan Today"),
        ("timesofindia.indiatimes.com", "The Times of India"),
        ("apnews.com", "The Associated Press"),
        ("kyivindependent.com", "The Kyiv Independent"),
    ])
    func outletIsFoundByDomain(host: String, name: String) {
        #expect(directory.outlet(forDomain: host)?.name == name)
    }

    @Test func outletIsFoundByURL() {
        #expect(directory.outlet(forURL: "https://www.ndtv.com/world-news/story-123?x=1")?.name == "NDTV")
    }

    @Test(arguments: [
        ("WP", "The Washington Post"), ("TRTWorld", "TRT World"), ("JapanToday", "Japan Today"),
        ("the guardian", "The Guardian"), ("Associated Press", "The Associated Press"), ("AP", "The Associated Press"),
        ("ria novosti", "RIA Novosti"), ("Yonhap", "Yonhap News Agency"), ("NYT", "The New York Times"),
    ])
    func outletIsFoundByNameOrAlias(name: String, canonical: String) {
        #expect(directory.outlet(named: name)?.name == canonical)
    }

    @Test(arguments: [
        ("AP", "AP"), ("Agence France-Presse", "AFP"), ("Press Trust of India", "PTI"), ("Kyodo News", "Kyodo"),
        ("Interfax", "Interfax"), ("Xinhua", "Xinhua"), ("dpa", "dpa"), ("ANI", "ANI"), ("IANS", "IANS"), ("UNI", "UNI"),
    ])
    func agenciesCarryTheirCredit(name: String, credit: String) {
        let entry = directory.outlet(named: name)
        #expect(entry?.kind == .agency)
        #expect(entry?.credit == credit)
    }

    @Test(arguments: [
        ("Login with your JapanToday account", ["Japan Today"]),
        ("Our weekly newsletter from The Moscow Times.", ["The Moscow Times"]),
        ("Reuters and the BBC News team", ["Reuters", "BBC News"]),
        ("A map of the times", []),
    ])
    func mentionsAreFoundAtWordBoundaries(text: String, names: [String]) {
        #expect(directory.mentions(in: text).map(\.name) == names)
    }

    @Test(arguments: [
        ("Kremlin denies call | The Moscow Times", "Kremlin denies call"),
        ("Kremlin denies call - BBC News", "Kremlin denies call"),
        ("Kremlin denies call | World", "Kremlin denies call"),
        ("Putin - Trump call denied", "Putin - Trump call denied"),
        ("CNN | Kremlin denies call", "Kremlin denies call"),
    ])
    func siteNameIsStrippedFromTitles(title: String, expected: String) {
        #expect(directory.titleWithoutSiteName(title) == expected)
    }

    @Test func tableWithABadKindIsRejected() {
        #expect(throws: (any Error).self) { try OutletDirectory(tsv: "newspaper\tX\t-\tx.com\t") }
    }
}
