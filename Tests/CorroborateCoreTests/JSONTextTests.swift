import CorroborateCore
import Foundation
import Testing

@Suite struct JSONTextTests {
    @Test(arguments: [
        ("plain", #""plain""#), ("say \"no\"", #""say \"no\"""#), ("a\\b", #""a\\b""#), ("two\nlines\t", #""two\nlines\t""#),
        ("bell\u{07}", #""bell\u0007""#), ("Türkiye “curly”", "\"Türkiye “curly”\""),
    ])
    func quotesAsJSON(_ text: String, _ expected: String) {
        #expect(JSONText.quoted(text) == expected)
    }

    @Test func roundTripsThroughJSONSerialization() throws {
        let text = "line\r\n\u{01}\"\\/ end"
        let decoded = try JSONSerialization.jsonObject(with: Data(JSONText.quoted(text).utf8), options: .fragmentsAllowed)
        #expect(decoded as? String == text)
    }
}
