import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct CopyrightNoticeTests {
    @Test(arguments: [
        ("Copyright 2008 Associated Press. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.", true),
        ("Copyright © 2007 Reed Business Information, a division of Reed Elsevier Inc. All rights reserved.", true),
        ("© 2007 - 2008 - eFluxMedia", true),
        ("(c) 1996-2008 The Sun Herald", true),
        ("Source: Reed Business Information. All Rights Reserved", true),
        ("Copyright law was at the heart of the dispute between the two companies, the court said.", false),
        ("Copyright holders in 2008 asked the court to act.", false),
        ("© Reuters", false),
        (String(repeating: "The ruling said all rights reserved by the treaty stay with the states. ", count: 4), false),
    ])
    func recognisesCopyrightNotices(line: String, expected: Bool) {
        #expect(CopyrightNotice.isNotice(line) == expected)
    }

    private static let story = HTMLExtractorTests.story
    private let storyParagraphs = [
        "The Kremlin said on Monday that no call had taken place between the two presidents, contradicting a report.",
        "Officials in Washington declined to comment on the report, which cited several people familiar with the matter.",
        "The report said the leaders had discussed the war, and that the call lasted more than an hour, according to sources.",
    ]

    private func extract(_ body: String) throws -> Article {
        let html = "<html><body><div><h1>Kremlin denies call</h1>\(body)</div></body></html>"
        return try HTMLExtractor().article(from: RawDocument(source: "notice.html", content: .html(Array(html.utf8))))
    }

    @Test func aCopyrightLineAfterTheStoryEndsTheBody() throws {
        let teaser = "<p>It's Elvis' birthday this week, which reminds me that it's January, and the anniversary of a death in the family of songwriters.</p>"
        let notice = "<p>Copyright 2008 Associated Press. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p>"
        let article = try extract(Self.story + notice + "<p>AP News</p>" + String(repeating: teaser, count: 4))
        #expect(article.body.count == 3)
        #expect(article.removed.contains { $0.reason == .legal && $0.text.hasPrefix("Copyright 2008") })
        #expect(!article.bodyText.contains("Elvis"))
    }

    @Test func aCopyrightLineBeforeThreeProseParagraphsDoesNotEndTheBody() throws {
        let article = try extract("<p>© 2008 Kremlin Press Service</p>" + Self.story)
        #expect(article.body.suffix(3).map(\.text) == storyParagraphs)
    }
}
