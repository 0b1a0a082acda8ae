import CorroborateCore
import Testing
@testable import CorroborateExtraction

/// Comment-section lines of `boilerplate-phrases.tsv` after the story end the body (`BodyAssembler`).
@Suite struct CommentSectionLineTests {
    private let tail = "<p>Fred, Luton: the club should never have let the supporters into that end of the ground at all.</p>"

    @Test(arguments: [
        "No comments have so far been submitted.",
        "Reader views (0)",
        "Post your comment",
        "Be the first to comment on this story",
        "Add your comment",
    ])
    func aCommentSectionLineAfterTheStoryEndsTheBody(line: String) throws {
        let html = "<html><body><div><h1>Kremlin denies call</h1>\(HTMLExtractorTests.story)<p>\(line)</p>\(tail)</div></body></html>"
        let article = try HTMLExtractor().article(from: RawDocument(source: "c.html", content: .html(Array(html.utf8))))
        #expect(article.body.count == 3)
        #expect(article.removed.contains { $0.reason == .comments && $0.text == line })
    }

    @Test(arguments: ["No comment was made by the ministry on Monday, a spokesman said."])
    func aProseLineOpeningLikeOneStaysInTheBody(line: String) throws {
        let html = "<html><body><div><h1>Kremlin denies call</h1>\(HTMLExtractorTests.story)<p>\(line)</p></div></body></html>"
        let article = try HTMLExtractor().article(from: RawDocument(source: "c.html", content: .html(Array(html.utf8))))
        #expect(article.body.count == 4)
    }
}
