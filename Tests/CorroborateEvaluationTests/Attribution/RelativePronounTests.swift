import CorroborateCore
import Foundation
import Testing
@testable import CorroborateEvaluation

/// A relative pronoun right before the speaker is the subject the reported clause lacks ("which
/// Democrats say [could help him]"); a clause with a subject of its own, a content away from the
/// cue, and a pronoun set off by punctuation stay as found.
@Suite struct RelativePronounTests {
    @Test(arguments: [
        ("The rules, which Democrats say could help him, stand.", "Democrats", "say", "could help him", ["which", "could help him"]),
        ("It is what he thinks is an unfair view.", "he", "thinks", "is an unfair view", ["what", "is an unfair view"]),
        ("A change that economists say is the future.", "economists", "say", "is the future", ["that", "is the future"]),
        ("The mayor, who aides say was tired, left.", "aides", "say", "was tired", ["who", "was tired"]),
        // The clause has its own subject: the pronoun is an object or a complementiser.
        ("A plan that he said he would sign.", "he", "said", "he would sign", ["he would sign"]),
        ("The vote, which Lund said the council won, ended.", "Lund", "said", "the council won", ["the council won"]),
        // No pronoun right before the speaker, or words between the cue and the content.
        ("Critics say could help him.", "Critics", "say", "could help him", ["could help him"]),
        ("The rules, which, Democrats say, could help him.", "Democrats", "say", "could help him", ["could help him"]),
        ("A plan which aides said on Monday would pass.", "aides", "said", "would pass", ["would pass"]),
    ])
    func relativePronoun(text: String, source: String, cue: String, content: String, expected: [String]) throws {
        let scalars = Array(text.unicodeScalars)
        func range(_ part: String) throws -> TextRange {
            let found = try #require(text.range(of: part, options: .backwards))
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
            return TextRange(start: start, end: start + part.unicodeScalars.count)
        }
        let attribution = PredictedAttribution(content: [try range(content)], source: try range(source), cue: try range(cue))
        let widened = PredictedAttribution.includingRelativePronoun(attribution, in: scalars)
        #expect(widened.content.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == expected)
    }

    /// The contract applies both adapters once: a raised subject is not taken for a pronoun's clause.
    @Test func bothAdapters() {
        let text = "The bill, which is expected to pass, waits."
        let scalars = Array(text.unicodeScalars)
        let attribution = PredictedAttribution(
            content: [TextRange(start: 28, end: 35)], source: TextRange(start: 10, end: 15), cue: TextRange(start: 19, end: 27))
        let widened = PredictedAttribution.inAnnotationContract(attribution, in: scalars)
        #expect(widened.content.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == ["which", "to pass"])
    }
}
