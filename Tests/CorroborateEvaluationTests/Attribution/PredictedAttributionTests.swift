import CorroborateCore
import Foundation
import Testing
@testable import CorroborateEvaluation

/// PolNeAR's reported contents open with "that" (also before a quotation mark); contents with no
/// "that" before them are left alone.
@Suite struct PredictedAttributionTests {
    @Test(arguments: [
        ("Peskov said that the report was untrue.", "the report was untrue", QuoteKind.indirect, "that the report was untrue"),
        ("Peskov said That  the report was untrue.", "the report was untrue", QuoteKind.indirect, "That  the report was untrue"),
        ("Peskov said the report was untrue.", "the report was untrue", QuoteKind.indirect, "the report was untrue"),
        ("The boycott said the report was untrue.", "the report was untrue", QuoteKind.indirect, "the report was untrue"),
        ("He said that “it is over.”", "it is over.", QuoteKind.direct, "that “it is over."),
        ("He said “it is over.”", "it is over.", QuoteKind.direct, "it is over."),
    ])
    func includingComplementiser(text: String, content: String, kind: QuoteKind, expected: String) throws {
        let scalars = Array(text.unicodeScalars)
        let start = try #require(text.range(of: content, options: .backwards)).lowerBound
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: start)
        let quote = QuoteSpan(content: TextRange(start: offset, end: offset + content.unicodeScalars.count), kind: kind)
        let widened = PredictedAttribution.includingComplementiser(quote, in: scalars)
        #expect(String(String.UnicodeScalarView(scalars[widened.content.start..<widened.content.end])) == expected)
    }
}
