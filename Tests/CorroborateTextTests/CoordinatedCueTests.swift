import CorroborateCore
import Testing
@testable import CorroborateText

/// A reported content that opens with "and" right after its cue coordinates the cue with another word:
/// after a verb of the cue's form the content starts past that verb, otherwise nothing is reported.
@Suite struct CoordinatedCueTests {
    /// No content opens with "and": the cue was one of two nouns or verbs.
    @Test(arguments: [
        "The senator said and did the same things as the governor last year.",
        "Voters heard the candidate's fears and instincts about the new tax.",
    ])
    func noContentOpensWithAnd(_ text: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { document.string($0.content) }
        #expect(!found.contains { $0.hasPrefix("and ") }, "quotes: \(found)")
    }

    /// A second verb of the cue's form: the content is the object the two verbs share.
    @Test(arguments: [
        ("The president called and thanked the workers at the plant.", "the workers at the plant"),
        // A "that" clause after the second verb is untouched.
        ("The mayor said and wrote that the budget was late.", "the budget was late"),
    ])
    func sharedObjectIsTheContent(_ text: String, _ content: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { document.string($0.content) }
        #expect(!found.contains { $0.hasPrefix("and ") }, "quotes: \(found)")
        #expect(quote(content, in: document) != nil, "quotes: \(found)")
    }

    /// Verb forms: a past form after a past form (also "wrote", "said", "told"), "-ing" after "-ing"; nouns and
    /// other forms are not.
    @Test(arguments: [
        ("adopted", "wrote", true), ("defended", "explained", true), ("insulted", "derided", true),
        ("emailing", "tweeting", true), ("applauded", "told", true),
        ("instincts", "fears", false), ("emails", "calls", false), ("did", "said", false), ("defended", "explain", false),
        ("meeting", "shows", false), ("flawlessly", "plan", false),
    ])
    func verbForms(_ word: String, _ cue: String, _ shared: Bool) {
        #expect(AttributionScan.sharesVerbForm(word, with: cue) == shared)
    }
}
