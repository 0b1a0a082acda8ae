import Testing
@testable import CorroborateExtraction

@Suite struct HTMLTokenizerTests {
    private func tokens(_ html: String) -> [HTMLToken] {
        var tokenizer = HTMLTokenizer(bytes: Array(html.utf8))
        var result: [HTMLToken] = []
        while let token = tokenizer.next() { result.append(token) }
        return result
    }

    @Test(arguments: [
        ("a &amp; b", "a & b"),
        ("&ldquo;Hi&rdquo; &#8217; &#x2014;", "“Hi” ’ —"),
        ("&#150; price &#36;", "– price $"),
        ("AT&T &unknown; &", "AT&T &unknown; &"),
        ("caf&eacute;&nbsp;x", "café\u{A0}x"),
    ])
    func decodesCharacterReferences(input: String, expected: String) {
        #expect(HTMLEntities.decode(input) == expected)
    }

    @Test func readsQuotedUnquotedAndBareAttributes() {
        let result = tokens(#"<DIV Class="a b" id=main hidden data-x='1'>"#)
        let expected: [HTMLAttribute] = [
            .init(name: "class", value: "a b"), .init(name: "id", value: "main"), .init(name: "hidden", value: ""),
            .init(name: "data-x", value: "1"),
        ]
        #expect(result == [.start(name: "div", attributes: expected, selfClosing: false)])
    }

    @Test func keepsScriptContentAsRawText() {
        let result = tokens("<script>if (a < b) { x = '</div>' }</script><p>")
        #expect(result[1] == .text("if (a < b) { x = '</div>' }"))
        #expect(result[2] == .end(name: "script"))
    }

    @Test func endsAnUnclosedTitleAtTheNextTag() {
        let result = tokens("<title>BBC SPORT<script>x</script><p>Body")
        #expect(result[1] == .text("BBC SPORT"))
        #expect(result.contains(.text("Body")))
    }

    @Test func skipsCommentsAndDoctypes() {
        #expect(tokens("<!DOCTYPE html><!-- a <p> b -->text") == [.text("text")])
    }

    @Test func treatsAStrayLessThanAsText() {
        #expect(tokens("1 < 2") == [.text("1 "), .text("< 2")])
    }
}
