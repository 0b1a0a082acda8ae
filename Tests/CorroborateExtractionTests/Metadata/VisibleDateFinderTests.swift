import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct VisibleDateFinderTests {
    static let story = """
        <p>The Kremlin said on Monday that no call had taken place between the two presidents, contradicting a report.</p>
        <p>Officials in Washington declined to comment on the report, which cited several people familiar with the matter.</p>
        <p>The report said the leaders had discussed the war, and that the call lasted more than an hour, according to sources.</p>
        """

    private func dates(_ body: String, headline: String? = nil) -> VisibleDateFinder.Dates {
        let page = HTMLTreeBuilder().document(from: Array("<html><body>\(body)</body></html>".utf8))
        let blocks = BlockWalker(document: page, vocabulary: .standard).blocks()
        let selection = ContentLocator(document: page, blocks: blocks, vocabulary: .standard).selection()
        return VisibleDateFinder(document: page, blocks: blocks, selection: selection, headline: headline).dates()
    }

    @Test(arguments: [
        ("<header class=post-hero__heading><div><span class=post-hero__date>December 17, 2025</span> <span>•</span> <span>8 minutes</span></div><h1>No call took place</h1></header>", "2025-12-17"),
        ("<h1>No call took place</h1><p>By Ann Lee · Published 5 Mar 2025 · Updated 7 Mar 2025</p>", "2025-03-05"),
        ("<h1>No call took place</h1><p>Updated 7 Mar 2025 | Published 5 Mar 2025</p>", "2025-03-05"),
    ])
    func readsThePublicationDateNearTheHeadline(header: String, expected: String) {
        #expect(dates("<article>\(header)\(Self.story)</article>").published?.day == expected)
    }

    @Test(arguments: [
        ("<h1>No call took place</h1><p>By Ann Lee, updated on July 9, 2025</p>", "2025-07-09"),
        ("<h1>No call took place</h1><p>Last updated: 10 June 2024</p>", "2024-06-10"),
    ])
    func readsTheUpdateDateApart(header: String, expected: String) {
        let found = dates("<article>\(header)\(Self.story)</article>")
        #expect(found.updated?.day == expected)
        #expect(found.published == nil)
    }

    @Test(arguments: ["<p>Last active December 20, 2025 13:58</p>", "<p>Member since March 2, 2019</p>", "<p>© 2024 Example Media</p>"])
    func ignoresDatesThatAreNotThePages(line: String) {
        let found = dates("<article><h1>No call took place</h1>\(line)\(Self.story)</article>")
        #expect(found.published == nil)
        #expect(found.updated == nil)
    }

    @Test(arguments: [
        ("<h1>No call took place</h1><p><span>By Kathryn Giuffrida</span><span>Mar 5, 2025</span> | 6 comments</p>", "2025-03-05"),
        ("<h1>No call took place</h1><p><a href=/health>Mental Health</a><span>DECEMBER 22, 2022</span></p>", "2022-12-22"),
    ])
    func readsADateGluedToTheWordBeforeIt(header: String, expected: String) {
        #expect(dates("<article>\(header)\(Self.story)</article>").published?.day == expected)
    }

    @Test func aSpanOfDaysIsNoPublicationDate() {
        let found = dates("<article><h1>No call took place</h1><p>DATE: 2025-12-12 - 2025-12-17</p>\(Self.story)</article>")
        #expect(found.published == nil)
    }

    private func dates(_ body: String, statedDays: Set<String>) -> VisibleDateFinder.Dates {
        let page = HTMLTreeBuilder().document(from: Array("<html><body>\(body)</body></html>".utf8))
        let blocks = BlockWalker(document: page, vocabulary: .standard).blocks()
        let selection = ContentLocator(document: page, blocks: blocks, vocabulary: .standard).selection()
        var finder = VisibleDateFinder(document: page, blocks: blocks, selection: selection)
        finder.statedDays = statedDays
        return finder.dates()
    }

    @Test(arguments: [
        (Set(["2017-03-01"]), "2017-03-01"),
        (Set(["2017-01-03"]), "2017-01-03"),
        (Set(["2017-03-01", "2017-01-03"]), nil),
        (Set<String>(), nil),
    ] as [(Set<String>, String?)])
    func readsANumericDateInDoubtInTheOrderTheMarkupStates(stated: Set<String>, expected: String?) {
        let page = "<article><h1>No call took place</h1><div class=meta><time datetime=x>03/01/2017</time> by Agatha Caleo</div>\(Self.story)</article>"
        #expect(dates(page, statedDays: stated).published?.day == expected)
    }

    @Test func anchorsOnTheHeadlineNotTheSiteNameHeading() {
        let page = "<header><h1>The Southerner</h1></header>" + String(repeating: "<p>Section link</p>", count: 30)
            + "<article><h1>No call took place</h1><div class=story-date>May 31, 2024</div>\(Self.story)</article>"
        #expect(dates(page).published?.day == "2024-05-31")
    }

    @Test func theDateBesideTheHeadlineBeatsATickerAboveIt() {
        let page = "<article><p>Top 10 lists [ December 3, 2025 ]</p><p>Reviews</p><h1>No call took place</h1><p>June 3, 2024</p>\(Self.story)</article>"
        #expect(dates(page).published?.day == "2024-06-03")
    }

    @Test func anchorsOnTheBlockThatRepeatsTheChosenHeadline() {
        let story = "<div class=post><p class=title>No call took place</p><p>November 21, 2023</p>\(Self.story)</div>"
        let footer = "<footer><h1>Contact Us</h1><p>Nov 4, 2025</p></footer>"
        #expect(dates(story + footer, headline: "No call took place").published?.day == "2023-11-21")
    }

    @Test func listsTheBlocksNearestFirst() {
        let html = (1...10).map { "<p>Paragraph \($0)</p>" }.joined()
        let page = HTMLTreeBuilder().document(from: Array("<html><body>\(html)</body></html>".utf8))
        let blocks = BlockWalker(document: page, vocabulary: .standard).blocks()
        let selection = ContentLocator(document: page, blocks: blocks, vocabulary: .standard).selection()
        let finder = VisibleDateFinder(document: page, blocks: blocks, selection: selection, before: 2, after: 3)
        #expect(blocks.count == 10)
        #expect(finder.nearestFirst(5) == [5, 6, 4, 7, 3])
        #expect(finder.nearestFirst(0) == [0, 1, 2])
    }
}

@Suite struct VisibleDateFinderFarLabelTests {
    private func dates(_ body: String) -> VisibleDateFinder.Dates {
        let page = HTMLTreeBuilder().document(from: Array("<html><body>\(body)</body></html>".utf8))
        let blocks = BlockWalker(document: page, vocabulary: .standard).blocks()
        let selection = ContentLocator(document: page, blocks: blocks, vocabulary: .standard).selection()
        return VisibleDateFinder(document: page, blocks: blocks, selection: selection).dates()
    }

    /// A headline, then more paragraphs than the finder reads around it, then `line`.
    private func page(endingWith line: String) -> String {
        "<article><h1>No call took place</h1>" + String(repeating: VisibleDateFinderTests.story, count: 6) + line + "</article>"
    }

    @Test(arguments: [
        ("<p>Posted on April 13, 2023 by Ann Lee</p>", "2023-04-13"),
        ("<p>Published On: 15 August 2025</p>", "2025-08-15"),
    ])
    func readsALabelledPublicationDateFarFromTheHeadline(line: String, expected: String) {
        let found = dates(page(endingWith: line))
        #expect(found.published == nil)
        #expect(found.labelled?.day == expected)
    }

    @Test func leavesAFarUpdateLineUnread() {
        #expect(dates(page(endingWith: "<p>Last updated July 2, 2024</p>")).labelled == nil)
    }

    @Test func prefersADateNearTheHeadline() {
        let found = dates("<article><h1>No call took place</h1><p>June 3, 2024</p>"
            + String(repeating: VisibleDateFinderTests.story, count: 6) + "<p>Posted on April 13, 2023</p></article>")
        #expect(found.published?.day == "2024-06-03")
        #expect(found.labelled == nil)
    }
}
