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

    /// "that," right after the cue opens the content (a fronted adjunct follows the complementiser);
    /// a "that," away from the cue is a pronoun and stays out.
    @Test(arguments: [
        ("The study found that, on average, incomes grew.", "found", "on average, incomes grew.", "that, on average, incomes grew."),
        ("She said that, in retrospect, it was a mistake.", "said", "in retrospect, it was a mistake.", "that, in retrospect, it was a mistake."),
        ("He says despite all that, the law stands.", "says", "the law stands.", "the law stands."),
        ("She thanked him for that, so it was over.", "thanked", "so it was over.", "so it was over."),
    ])
    func complementiserBeforeAComma(text: String, cue: String, content: String, expected: String) throws {
        let scalars = Array(text.unicodeScalars)
        func offset(_ part: String, backwards: Bool) throws -> Int {
            let range = try #require(text.range(of: part, options: backwards ? .backwards : []))
            return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        }
        let start = try offset(content, backwards: true)
        let cueStart = try offset(cue, backwards: false)
        let quote = QuoteSpan(
            content: TextRange(start: start, end: start + content.unicodeScalars.count),
            cue: TextRange(start: cueStart, end: cueStart + cue.unicodeScalars.count), kind: .indirect)
        let widened = PredictedAttribution.includingComplementiser(quote, in: scalars)
        #expect(String(String.UnicodeScalarView(scalars[widened.content.start..<widened.content.end])) == expected)
    }
}
