import CorroborateCore
import Testing
@testable import CorroborateText

/// A report an earlier stage found inside the clause of an earlier reporting verb that nothing took is that verb's
/// content ("Trump said [Fox executives were calling “...”]"): the outer verb becomes the cue, its subject the speaker,
/// and the content opens after it, the inner subject and verb included.
@Suite struct OuterReportTests {
    /// The text, the content expected (a closing mark after the last word stays out, as in every content), the speaker and
    /// the cue expected.
    @Test(arguments: [
        ("Trump said Fox executives were calling “every fifteen minutes.”", "Fox executives were calling “every fifteen minutes.",
         "Trump", "said"),
        ("The senator said he wants “a full review of the water contract.”", "he wants “a full review of the water contract.",
         "The senator", "said"),
        ("The mayor said he believes “the bridge will open before the winter storms.”",
         "he believes “the bridge will open before the winter storms.", "The mayor", "said"),
    ])
    func outerVerbTakesTheReport(_ text: String, _ content: String, _ speaker: String, _ cue: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { (document.string($0.content), $0.speaker.map(document.string), $0.cue.map(document.string)) }
        let outer = document.quotes.first { document.string($0.content) == content }
        #expect(outer?.speaker.map(document.string) == speaker, "quotes: \(found)")
        #expect(outer?.cue.map(document.string) == cue, "quotes: \(found)")
    }

    /// The inner report keeps its own speaker: after a clause set off by a comma, a relayed quote ("as saying"), a
    /// document in a reduced relative clause ("a news article reporting that"), after "As the Tribune reported,".
    @Test(arguments: [
        ("When asked if Mayor Jane Fowler was concerned about her name being reported, a spokeswoman said: “The mayor is always concerned.”",
         "a spokeswoman"),
        ("As the Tribune reported, the senator wants “a full review of the water contract.”", "the senator"),
        ("The Daily Mail reports a police spokesperson as saying: “Law and order has to be maintained in the village.”",
         "a police spokesperson"),
        ("The party emailed a news article reporting that “the senator is losing ground in the western counties.”",
         "a news article"),
    ])
    func innerReportKeepsItsSpeaker(_ text: String, _ speaker: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { (document.string($0.content), $0.speaker.map(document.string), $0.cue.map(document.string)) }
        #expect(document.quotes.contains { $0.speaker.map(document.string) == speaker }, "quotes: \(found)")
    }
}
