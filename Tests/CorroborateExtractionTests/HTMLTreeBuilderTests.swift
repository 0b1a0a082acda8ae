import Testing
@testable import CorroborateExtraction

@Suite struct HTMLTreeBuilderTests {
    private func names(_ html: String) -> [String] {
        HTMLTreeBuilder().document(from: Array(html.utf8)).nodes.map { $0.isText ? "#" + $0.text : $0.name }
    }

    @Test func aBlockStartClosesAnOpenParagraph() {
        let document = HTMLTreeBuilder().document(from: Array("<p>one<div>two</div>".utf8))
        let div = document.elements(named: "div")[0]
        #expect(document.nodes[document.nodes[div].parent].name == "#document")
    }

    @Test func listItemsCloseTheirOpenSiblings() {
        let document = HTMLTreeBuilder().document(from: Array("<ul><li>a<li>b</ul>".utf8))
        let items = document.elements(named: "li")
        #expect(items.count == 2)
        #expect(document.nodes[items[1]].parent == document.elements(named: "ul")[0])
    }

    @Test func anElementOfTheBodyClosesAnUnclosedHead() {
        let document = HTMLTreeBuilder().document(from: Array("<html><head><title>T</title><table><tr><td>Text".utf8))
        let table = document.elements(named: "table")[0]
        #expect(document.nodes[document.nodes[table].parent].name == "html")
    }

    @Test func deepNestingIsFlattenedNotRecursed() {
        let html = String(repeating: "<div>", count: 10_000) + "deep" + String(repeating: "</div>", count: 10_000)
        let document = HTMLTreeBuilder(maximumDepth: 256).document(from: Array(html.utf8))
        #expect(document.nodes.map(\.depth).max() ?? 0 <= 257)
        #expect(document.nodes.contains { $0.text == "deep" })
    }

    /// Pages, node limits, and whether the tree is built (nodes: the document, each element, each text).
    static let nodeLimits: [(html: String, limit: Int, built: Bool)] = [
        ("<p>a</p><p>a</p><p>a</p>", 7, true),
        ("<p>a</p><p>a</p><p>a</p>", 6, false),
        ("", 1, true),
        ("<br><br>", 2, false),
        (String(repeating: "<p>a</p>", count: 10_000), 500, false),
    ]

    @Test(arguments: nodeLimits)
    func aTreeOverTheNodeLimitIsNotBuilt(html: String, limit: Int, built: Bool) {
        let document = HTMLTreeBuilder().document(from: Array(html.utf8), maximumNodes: limit)
        #expect((document != nil) == built)
        #expect(document.map { $0.nodes.count <= limit } ?? true)
    }

    @Test func strayEndTagsAreIgnored() {
        #expect(names("</span><b>x</b></p>") == ["#document", "b", "#x"])
    }
}
