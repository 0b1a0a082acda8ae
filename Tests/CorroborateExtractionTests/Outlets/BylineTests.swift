import CorroborateExtraction
import Testing

struct BylineTests {
    @Test(arguments: [
        ("By Jane Doe", ["Jane Doe"], nil),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], nil),
        ("BY JANE DOE", ["Jane Doe"], nil),
        ("By Jane Doe, Reuters", ["Jane Doe"], "Reuters"),
        ("Jane Doe, Reuters", ["Jane Doe"], "Reuters"),
        ("Jane Doe | AFP", ["Jane Doe"], "AFP"),
        ("By Ana de la Cruz", ["Ana de la Cruz"], nil),
    ] as [(String, [String], String?)])
    func bylineIsParsed(line: String, names: [String], agency: String?) {
        let byline = Byline.parse(line, directory: .bundled)
        #expect(byline?.names == names)
        #expect(byline?.agency == agency)
    }

    @Test(arguments: [
        "By the end of the week the bridge was closed.",
        "Kremlin spokesman Dmitry Peskov",
        "By supporting The Moscow Times, you're defending open journalism.",
        "Moscow, Russia",
    ])
    func otherLinesAreNotBylines(line: String) {
        #expect(Byline.parse(line, directory: .bundled) == nil)
    }
}
