import CorroborateCore
import Foundation
import Testing
@testable import CorroborateEvaluation

/// A raising verb's subject ("The plan appears [to work]", "Lund is expected [to win]") is part of
/// PolNeAR's content, as a first fragment; the subject of a control verb ("plans to", "wants to"), an
/// active "expected", a subject set off by punctuation or a content not opening with "to" stays out.
@Suite struct RaisedSubjectTests {
    @Test(arguments: [
        ("The plan appears to work well.", "The plan", "appears", "to work well", ["The plan", "to work well"]),
        ("Mr. Lund seemed to lose his temper.", "Mr. Lund", "seemed", "to lose his temper", ["Mr. Lund", "to lose his temper"]),
        ("Lund is expected to win the vote.", "Lund", "expected", "to win the vote", ["Lund", "to win the vote"]),
        ("The mill is also widely expected to close.", "The mill", "expected", "to close", ["The mill", "to close"]),
        ("The strategy did not appear to pay off.", "The strategy", "appear", "to pay off", ["The strategy", "to pay off"]),
        ("The side could be expected to appeal.", "The side", "be expected", "to appeal", ["The side", "to appeal"]),
        ("The mayor didn't seem to mind.", "The mayor", "seem", "to mind", ["The mayor", "to mind"]),
        // Control verbs and an active "expected": the subject is the one who plans or expects.
        ("The mayor plans to close the mill.", "The mayor", "plans", "to close the mill", ["to close the mill"]),
        ("Lund wants to win the vote.", "Lund", "wants", "to win the vote", ["to win the vote"]),
        ("Lund expected to win the vote.", "Lund", "expected", "to win the vote", ["to win the vote"]),
        // Punctuation or other words between the subject and the verb; a content not opening with "to".
        ("Lund, a farmer, seemed to lose.", "a farmer", "seemed", "to lose", ["to lose"]),
        ("Lund, the paper said, seemed to lose.", "Lund", "seemed", "to lose", ["to lose"]),
        ("Lund in an interview appeared to blame the staff.", "Lund", "appeared", "to blame the staff", ["to blame the staff"]),
        ("The plan appears unlikely to work.", "The plan", "appears", "unlikely to work", ["unlikely to work"]),
    ])
    func raisedSubject(text: String, source: String, cue: String, content: String, expected: [String]) throws {
        let scalars = Array(text.unicodeScalars)
        func range(_ part: String) throws -> TextRange {
            let found = try #require(text.range(of: part))
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
            return TextRange(start: start, end: start + part.unicodeScalars.count)
        }
        let attribution = PredictedAttribution(content: [try range(content)], source: try range(source), cue: try range(cue))
        let widened = PredictedAttribution.includingRaisedSubject(attribution, in: scalars)
        #expect(widened.content.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == expected)
        #expect(widened.source == attribution.source)
    }
}
