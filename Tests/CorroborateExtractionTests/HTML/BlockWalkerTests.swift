import Testing
@testable import CorroborateExtraction

@Suite struct BlockWalkerTests {
    private static func texts(_ html: String) -> [String] {
        let document = HTMLTreeBuilder().document(from: Array(html.utf8))
        return BlockWalker(document: document, vocabulary: .standard).blocks().map(\.text)
    }

    @Test(arguments: [
        // accordion and tab panels that a script hides until clicked are the page's text
        ("<div role=\"region\" aria-labelledby=\"h1\" style=\"display:none\"><p>Panel text.</p></div>", ["Panel text."]),
        ("<div class=\"es-accordion-content\" style=\"display: none;\"><p>Panel text.</p></div>", ["Panel text."]),
        ("<div class=\"collapse\" style=\"display:none\"><p>Panel text.</p></div>", ["Panel text."]),
        ("<section role=\"tabpanel\" style=\"display:none\"><p>Panel text.</p></section>", ["Panel text."]),
        // anything else hidden by its style stays hidden
        ("<div style=\"display:none\"><p>Hidden.</p></div><p>Shown.</p>", ["Shown."]),
        ("<div class=\"modal\" style=\"visibility: hidden\"><p>Hidden.</p></div><p>Shown.</p>", ["Shown."]),
        ("<div role=\"dialog\" style=\"display:none\"><p>Hidden.</p></div><p>Shown.</p>", ["Shown."]),
        // the `hidden` attribute hides like a style, with the same exception for collapsed panels
        ("<nav hidden><p>Menu.</p></nav><p>Shown.</p>", ["Shown."]),
        ("<div hidden=\"\" id=\"S:4\"><p>Streamed, unplaced.</p></div><p>Shown.</p>", ["Shown."]),
        ("<div hidden=\"until-found\"><p>Found by search.</p></div>", ["Found by search."]),
        ("<div aria-hidden=\"true\" hidden data-theme-key=\"collapsible-section-text\"><p>Panel text.</p></div>", ["Panel text."]),
        // and so do the hidden classes: a collapsed panel is read, the same class elsewhere still hides
        ("<div class=\"hidden\" aria-labelledby=\"q1\"><p>Panel text.</p></div><div class=\"hidden\"><p>Hidden.</p></div>", ["Panel text."]),
        ("<div class=\"hide\"><p>Hidden.</p></div><div class=\"accordion-body hide\"><p>Panel text.</p></div>", ["Panel text."]),
    ])
    func revealsOnlyDisclosurePanels(html: String, expected: [String]) {
        #expect(Self.texts(html) == expected)
    }
}
