import CorroborateCore
import Testing

@testable import CorroborateReports

@Suite struct BriefMarkdownTests {
    let escape = "\u{1B}["

    func brief() -> Brief {
        let articles = [
            Article(id: "a", source: "a.txt", outlet: "A|B", title: "x | y"),
            Article(id: "b", source: "b.txt", outlet: "The Washington Post", title: "Trump spoke with Putin"),
        ]
        let claim = Claim(
            id: "c", text: "Trump and Putin spoke by phone",
            positions: [
                Position(holderName: "The Washington Post", stance: .asserts, articles: ["b"]),
                Position(holderName: "Dmitry Peskov", stance: .denies, articles: ["a"]),
            ],
            status: .disputed)
        let story = Story(id: "s", title: "T", articles: ["a", "b"], claims: [claim])
        return Brief(generatedAt: "2024-11-11T00:00:00Z", articles: articles, stories: [story], problems: [])
    }

    @Test func tablesEscapePipes() {
        let markdown = BriefMarkdown().render(brief())
        #expect(markdown.contains("| A\\|B "))
        #expect(markdown.contains("| x \\| y "))
        #expect(markdown.hasPrefix("# Corroborate brief"))
    }

    @Test func tableColumnsLineUp() {
        let rows = BriefMarkdown().render(brief()).split(separator: "\n")
            .filter { $0.hasPrefix("| outlet") || $0.hasPrefix("| A") || $0.hasPrefix("| The") }
            .map { $0.replacingOccurrences(of: "\\|", with: "xx") }
        let pipes = rows.map { row in row.enumerated().filter { $0.element == "|" }.map(\.offset) }
        #expect(rows.count == 3)
        #expect(Set(pipes).count == 1)
    }

    @Test func plainMarkdownHasNoEscapeSequences() {
        #expect(!BriefMarkdown().render(brief()).contains(escape))
    }

    @Test(arguments: [("disputed", "31"), ("denies", "31"), ("asserts", "32")])
    func colourMarksStatusesAndStances(_ word: String, _ code: String) {
        let markdown = BriefMarkdown(style: .colour).render(brief())
        #expect(markdown.contains("\(escape)\(code)m\(word)\(escape)0m"))
    }

    @Test func reportedContentShowsItsCueSoADenialIsNotReadAsSpeech() {
        var brief = brief()
        brief.stories[0].quotes = [
            Quote(id: "q1", article: "a", speakerName: "Kremlin", text: "Putin and Trump spoke", kind: .indirect, cue: "denied", sentence: ""),
            Quote(id: "q2", article: "a", speakerName: "Dmitry Peskov", text: "There was no conversation.", kind: .direct, cue: "said", sentence: ""),
            Quote(id: "q3", article: "b", speakerName: "Dmitry Peskov", text: "“there are no specific plans yet” for a call", kind: .partial, cue: "said", sentence: ""),
        ]
        let markdown = BriefMarkdown().render(brief)
        #expect(markdown.contains("- **Dmitry Peskov**: _said_ “there are no specific plans yet” for a call —"))
        #expect(markdown.contains("- **Kremlin**: _denied_ “Putin and Trump spoke”"))
        #expect(markdown.contains("- **Dmitry Peskov**: “There was no conversation.”"))
    }

    @Test func citationsAreListedOncePerSourceWithThePeopleQuotedThroughThem() {
        var brief = brief()
        brief.stories[0].entities = [Entity(id: "t", name: "Heorhii Tykhyi", kind: .person, mentions: 1)]
        brief.stories[0].quotes = [
            Quote(id: "q", article: "a", speaker: "t", speakerName: "Heorhii Tykhyi", text: "Reports are false.", kind: .direct, via: ["Reuters"], sentence: ""),
        ]
        brief.stories[0].citations = [
            Citation(article: "a", source: "Reuters", kind: .report, sentence: "Reuters cited Tykhyi."),
            Citation(article: "b", source: "The Washington Post", kind: .report, sentence: "The Post reported."),
            Citation(article: "b", source: "The Washington Post", kind: .report, sentence: "The Post added."),
        ]
        let markdown = BriefMarkdown().render(brief)
        #expect(markdown.contains("- A|B cites **Reuters** (report) → Heorhii Tykhyi"))
        #expect(markdown.contains("- The Washington Post cites **The Washington Post** (report, 2 sentences)"))
        #expect(markdown.components(separatedBy: "cites **The Washington Post**").count == 2)
    }

    @Test func colourKeepsTheTableAligned() {
        let plain = BriefMarkdown().render(brief())
        let coloured = BriefMarkdown(style: .colour).render(brief())
        let stripped = coloured.replacing(/\u{1B}\[[0-9]+m/, with: "")
        #expect(stripped == plain)
    }
}

@Suite struct StoryCountsTests {
    let articles = Dictionary(uniqueKeysWithValues: [("a", "AP"), ("b", "AP"), ("c", "Reuters"), ("d", "TRT World")].map {
        ($0.0, Article(id: $0.0, source: "\($0.0).txt", outlet: $0.1))
    })

    @Test func wireCopiesCountOnceAsIndependentTexts() {
        let story = Story(id: "s", title: "T", articles: ["a", "b", "c", "d"], nearDuplicates: [["a", "c", "d"]])
        let counts = StoryCounts(story, articles: articles)
        #expect(counts.outlets == 3)
        #expect(counts.independentTexts == 2)
        #expect(counts.summary == "4 articles · 3 outlets · 2 independent texts")
    }

    @Test func noCopiesSaysNothingOfIndependence() {
        let story = Story(id: "s", title: "T", articles: ["a", "c"])
        #expect(StoryCounts(story, articles: articles).summary == "2 articles · 2 outlets")
    }

    /// An exclusive of copied text names the other outlets that printed it, once each; the same
    /// outlet's own second copy adds nothing.
    @Test(arguments: [
        (["c", "d"], "AP (= Reuters = TRT World)"),
        (["b"], "AP"),
        (["b", "c", "d", "c"], "AP (= Reuters = TRT World)"),
        ([], "AP"),
    ])
    func anExclusiveNamesTheOtherOutletsOfItsText(_ copies: [String], _ label: String) {
        let exclusive = Exclusive(article: "a", statements: ["x"], copies: copies.isEmpty ? nil : copies)
        #expect(ArticleLabels(articles).withCopies(exclusive) == label)
    }
}
