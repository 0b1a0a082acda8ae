import Testing
@testable import CorroborateEvaluation

@Suite struct L3SDatasetTests {
    @Test func labelsTextByItsNearestSelectionClass() {
        let annotated = """
            <html><style>.x-nc-sel2 { color: red }</style><body>
            <span class="x-nc-sel1">Headline</span>
            <div class="x-nc-sel2">Body <a href="#">text</a></div>
            <span class="x-nc-sel5">A comment</span><span class="x-nc-sel0">Menu</span></body></html>
            """
        let page = L3SDataset.page(id: "x", url: nil, html: [], annotated: Array(annotated.utf8))
        #expect(WordTokens.sequence(page.headline) == ["headline"])
        #expect(WordTokens.sequence(page.body) == ["body", "text"])
        #expect(WordTokens.sequence(page.comments) == ["a", "comment"])
    }
}
