import Testing
@testable import CorroborateExtraction

@Suite struct TeaserListTests {
    /// Marks from a pattern: P prose text, t short text, B prose with links, L title link, l other link, _ skipped.
    private func marks(_ pattern: String) -> [TeaserList.Mark] {
        pattern.map { character -> TeaserList.Mark in
            switch character {
            case "P": return .text(prose: true)
            case "t": return .text(prose: false)
            case "B": return .body(prose: true)
            case "L": return .link(title: true)
            case "l": return .link(title: false)
            default: return .skip
            }
        }
    }

    @Test(arguments: [
        ("PPPLPLP", [4, 6]),            // two teasers close the story
        ("PPPLP_LPll_", [4, 7]),        // skipped blocks and trailing navigation links pass
        ("PPPLtLPLP", [4, 6, 8]),       // a short summary is a summary too
        ("PPPLP", []),                  // one teaser is no list
        ("PPLPLP", []),                 // too little story before it
        ("PPPLPLPP", []),               // the story goes on after the links: a listicle
        ("PPPlPlP", []),                // footnote numbers, source labels: no titles
        ("PPPLBLPLP", [6, 8]),          // a summary with links ends the run
    ])
    func findsTheTeaserListClosingTheBody(pattern: String, expected: [Int]) {
        #expect(TeaserList().summaries(in: marks(pattern)) == expected)
    }

    @Test(arguments: [
        ("700 MHz AWS Spectrum for Rural Access", true),
        ("Renegade Airwaves in the Enterprise", true),
        ("From MarketWatch", false),
        ("3", false),
    ])
    func readsStoryTitles(text: String, expected: Bool) {
        #expect(TeaserList.isTitle(text) == expected)
    }

    @Test func removesTheSummariesOfATeaserListAfterTheStory() throws {
        let teaser = { (title: String, summary: String) in "<span><a href='/x'>\(title)</a></span><div>\(summary)</div>" }
        let list = teaser("700 MHz AWS Spectrum for Rural Access", "The upcoming 700 MHz auction creates an opportunity to bridge the digital divide to rural communities.")
            + teaser("Renegade Airwaves in the Enterprise", "According to the Identity Theft Resource Center, there have been more than 406 publicized breaches.")
        let html = "<html><body><div><h1>Kremlin denies call</h1>\(HTMLExtractorTests.story)\(list)</div></body></html>"
        let article = try HTMLExtractor().article(from: RawDocument(source: "t.html", content: .html(Array(html.utf8))))
        #expect(article.body.count == 3)
        #expect(article.removed.contains { $0.reason == .related && $0.text.hasPrefix("The upcoming 700 MHz") })
    }
}
