import CorroborateExtraction
import Testing

struct DatelineTests {
    @Test(arguments: [("MOSCOW", "MOSCOW"), ("KYIV, Ukraine", "KYIV"), ("NEW DELHI", "NEW DELHI"), ("WASHINGTON, D.C.", "WASHINGTON")])
    func placeLineIsADateline(line: String, place: String) {
        #expect(Dateline.line(line)?.place == place)
    }

    @Test(arguments: ["Moscow", "Russia Putin", "The Kremlin said no.", "2 MIN READ", "US"])
    func otherLinesAreNot(line: String) {
        #expect(Dateline.line(line) == nil)
    }

    @Test(arguments: [
        ("MOSCOW (AP) — The Kremlin on Monday rejected reports.", "MOSCOW", "AP"),
        ("LONDON, Nov 11 (Reuters) - Britain said on Monday...", "LONDON", "Reuters"),
        ("NEW DELHI: India on Monday said...", "NEW DELHI", nil),
        ("VELLMAR, Ostravia — The bridge fell.", "VELLMAR", nil),
    ] as [(String, String, String?)])
    func paragraphPrefixIsADateline(paragraph: String, place: String, agency: String?) {
        let dateline = Dateline.prefix(of: paragraph)
        #expect(dateline?.place == place)
        #expect(dateline?.agency == agency)
    }

    @Test(arguments: [
        "The Kremlin on Monday rejected reports.", "NATO said on Monday that it would act.", "US officials said",
        "BREAKING: The bridge has fallen.", "UPDATE - Ferries are running.",
    ])
    func ordinaryParagraphHasNoDatelinePrefix(paragraph: String) {
        #expect(Dateline.prefix(of: paragraph) == nil)
    }
}
