import Testing
@testable import CorroborateExtraction

@Suite struct StreamedSegmentsTests {
    /// The text of the `<article>` of `html` once parsed.
    private static func articleText(_ html: String) -> String {
        let document = HTMLTreeBuilder().document(from: Array(html.utf8))
        guard let article = document.elements(named: "article").first else { return "" }
        return document.nodes.indices.filter { document.nodes[$0].isText && document.isAncestor(article, of: $0) }
            .map { document.nodes[$0].text.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    @Test(arguments: [
        // a boundary's segment goes into its placeholder
        ("<article><h1>T</h1><template id=\"B:0\"></template></article><footer>F</footer><div hidden id=\"S:0\"><p>Lead.</p></div>",
         "T Lead."),
        // a segment holding a placeholder for a later part (P:n takes S:n), and segments out of order
        ("<article><template id=\"B:1\"></template><template id=\"B:0\"></template></article>"
            + "<div hidden id=\"S:0\"><p>Second.</p><template id=\"P:2\"></template></div>"
            + "<div hidden id=\"S:2\"><p>Third.</p></div><div hidden id=\"S:1\"><p>First.</p></div>",
         "First. Second. Third."),
        // a placeholder without its segment stays empty; a segment without its placeholder stays hidden at the end
        ("<article><p>Body.</p><template id=\"B:5\"></template></article><div hidden id=\"S:7\"><p>Orphan.</p></div>",
         "Body."),
        // a segment that holds its own placeholder is not copied into itself
        ("<article><template id=\"B:0\"></template></article><div hidden id=\"S:0\"><p>A.</p><template id=\"B:0\"></template></div>",
         "A."),
    ])
    func putsSegmentsInTheirPlaceholders(html: String, expected: String) {
        #expect(Self.articleText(html) == expected)
    }

    @Test func leavesAPageWithoutSegmentsAlone() {
        let html = "<div hidden id=\"main\"><p>Kept as written.</p></div><template id=\"x\"></template>"
        let document = HTMLTreeBuilder().document(from: Array(html.utf8))
        #expect(document.nodes.map(\.name).filter { !$0.isEmpty } == ["#document", "div", "p", "template"])
        #expect(document.nodes[1].attribute("hidden") != nil)
    }

    @Test func theArticleBodyComesFromTheSegments() throws {
        let paragraph = "Index funds track a market index and charge low fees, which makes them a common first investment."
        let html = "<html><body><nav><a href=\"/\">Home</a></nav><main><article><h1>How to invest in index funds</h1>"
            + "<template id=\"B:0\"></template><div>Loading paragraph...</div></article></main><footer>About us</footer>"
            + "<div hidden id=\"S:0\"><p>\(paragraph)</p><p>\(paragraph)</p><template id=\"P:1\"></template></div>"
            + "<div hidden id=\"S:1\"><p>Pick an index, then choose the fund that tracks it at the lowest cost you can find.</p></div></body></html>"
        let article = try HTMLExtractor().article(from: RawDocument(source: "test", content: .html(Array(html.utf8))))
        #expect(article.body.first?.text == paragraph)
        #expect(article.body.contains { $0.text.hasPrefix("Pick an index") })
    }
}
