import CorroborateCore
import CorroborateExtraction
import Testing

/// Line classification on small invented pages, one behaviour each.
struct PageLayoutTests {
    static func labels(_ page: String) -> [String: LineLabel] {
        Dictionary(PageTextExtractor().decisions(for: page).map { ($0.line, $0.decision.label) }, uniquingKeysWith: { a, _ in a })
    }

    static let article = """
        Bridge collapse in Vellmar leaves city cut in two
        Officials say the old crossing had been closed to lorries since spring. Repairs were planned for May.
        VELLMAR
        The Aldersgate bridge over the Vell river collapsed early on Tuesday, the city council said.
        No one was on the bridge at the time, Mayor Ilse Karow told reporters outside the town hall.
        Engineers had warned about corrosion in the main span for years, according to council minutes.
        """

    @Test(arguments: [
        ("Bridge collapse in Vellmar leaves city cut in two", LineLabel.title),
        ("Officials say the old crossing had been closed to lorries since spring. Repairs were planned for May.", .standfirst),
        ("VELLMAR", .removed(.metadata)),
        ("The Aldersgate bridge over the Vell river collapsed early on Tuesday, the city council said.", .body),
    ])
    func headerLinesAreLabelled(line: String, label: LineLabel) {
        #expect(Self.labels(Self.article)[line] == label)
    }

    @Test(arguments: [
        ("By Anna Lind", LineLabel.removed(.metadata)),
        ("HOME", .removed(.navigation)),
        ("Share", .removed(.social)),
        ("Home > World > Europe", .removed(.navigation)),
        ("News | Ostravia | Vellmar City", .removed(.navigation)),
    ])
    func headerFurnitureIsRemoved(line: String, label: LineLabel) {
        #expect(Self.labels(line + "\n" + Self.article)[line] == label)
    }

    @Test func listAfterTheLastProseLineIsRelated() {
        let page = Self.article + "\nFloods close ring road\nCouncil budget vote delayed\nNew tram line opens"
        let labels = Self.labels(page)
        #expect(labels["Floods close ring road"] == .removed(.related))
        #expect(labels["New tram line opens"] == .removed(.related))
    }

    @Test func runOfShortLinesInsideTheBodyIsALinkList() {
        let lines = Self.article.split(separator: "\n").map(String.init)
        let page = (lines.prefix(5) + ["Floods close ring road", "Council budget vote delayed", "New tram line opens"]
            + lines.suffix(1)).joined(separator: "\n")
        let labels = Self.labels(page)
        #expect(labels["Council budget vote delayed"] == .removed(.related))
        #expect(labels[lines[5]] == .body)
    }

    @Test func singleSubheadingInsideTheBodyIsKept() {
        let lines = Self.article.split(separator: "\n").map(String.init)
        let page = (lines.prefix(5) + ["What happens next"] + lines.suffix(1)).joined(separator: "\n")
        #expect(Self.labels(page)["What happens next"] == .body)
    }

    @Test(arguments: [
        ("Updated: Nov 12, 2024\nPublished: Nov 11, 2024", "2024-11-11"),
        ("Published Nov 11, 2024 | Updated Nov 12, 2024", "2024-11-11"),
        ("Last updated 12 November 2024", nil),
    ] as [(String, String?)])
    func modificationDatesAreNotPublicationDates(header: String, expected: String?) throws {
        let page = header + "\n" + Self.article
        let article = try PageTextExtractor().article(from: RawDocument(source: "t", content: .pageText(page)))
        #expect(article.published?.rawValue == expected)
    }

    @Test(arguments: [("Anzeige", RemovalReason.advertisement), ("Mehr zum Thema", .related), ("Publicité", .advertisement)])
    func nonEnglishFurnitureIsRemoved(line: String, reason: RemovalReason) {
        let lines = Self.article.split(separator: "\n").map(String.init)
        let page = (lines.prefix(5) + [line] + lines.suffix(1)).joined(separator: "\n")
        #expect(Self.labels(page)[line] == .removed(reason))
    }

    @Test func proseAfterAnEndPhraseBelongsToItsBlock() {
        let page = Self.article + "\nSupport independent journalism\nWe rely on readers to keep our reporting free for everyone who needs it."
        #expect(Self.labels(page)["We rely on readers to keep our reporting free for everyone who needs it."] == .removed(.donation))
    }

    @Test func commentsWithoutSeparatorsAreOnePerLine() throws {
        let page = Self.article + "\n3 Comments\nTerrible news for the city.\nThey should have closed it years ago.\nWho pays for this?"
        let article = try PageTextExtractor().article(from: RawDocument(source: "t", content: .pageText(page)))
        #expect(article.comments == ["Terrible news for the city.", "They should have closed it years ago.", "Who pays for this?"])
    }

    @Test func unmatchedTailLinesTakeTheReasonOfTheNextPhrase() {
        let page = Self.article + "\n© 2031 Vellmar Post\nTravel insurance for the whole family, from 4 euros a month\nLearn more"
        #expect(Self.labels(page)["Travel insurance for the whole family, from 4 euros a month"] == .removed(.advertisement))
    }

    @Test func pageWithoutProseHasNoBody() throws {
        let article = try PageTextExtractor().article(from: RawDocument(source: "t", content: .pageText("Home\nNews\nContact us")))
        #expect(article.body.isEmpty)
        #expect(article.removed.count == 3)
    }

    @Test func emptyPageIsAnError() {
        #expect(throws: CorroborateError.self) {
            try PageTextExtractor().article(from: RawDocument(source: "t", content: .pageText(" \n\n \n")))
        }
    }
}
