import CorroborateCore
import Testing

@testable import CorroborateReports

@Suite struct BriefHTMLTests {
    let hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>"

    func brief() -> Brief {
        let article = Article(id: "a", source: "a.html", outlet: "The \"Daily\" <b>", title: hostile,
                              body: [Paragraph(text: hostile, sentences: [hostile])])
        let quote = Quote(id: "q", article: "a", speakerName: "Peskov", text: hostile, kind: .direct, sentence: hostile)
        let story = Story(id: "s", title: hostile, articles: ["a"], quotes: [quote],
                          claims: [Claim(id: "c", text: "They spoke", positions: [Position(holderName: "Kremlin", stance: .denies, articles: ["a"])], status: .denied)])
        return Brief(generatedAt: "2024-11-11T00:00:00Z", articles: [article], stories: [story], problems: [Problem(source: "<x>", message: hostile)])
    }

    @Test func pageTextIsEscapedEverywhere() {
        let html = BriefHTML().render(brief())
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<b>"))
    }

    @Test func claimsShowTheirStances() {
        let html = BriefHTML().render(brief())
        #expect(html.contains("<span class=\"stance denies\">Kremlin: denies</span>"))
    }

    @Test(arguments: [("a&b", "a&amp;b"), ("\"x\"", "&quot;x&quot;"), ("it's", "it&#39;s"), ("Türkiye", "Türkiye")])
    func escapesTheFiveCharacters(_ input: String, _ expected: String) {
        #expect(HTMLEscaping.escape(input) == expected)
    }
}
