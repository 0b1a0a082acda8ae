import CorroborateCore
import Testing
@testable import CorroborateStories

/// The brief reports a content once: an opening fragment before a parenthetical speaker and cue
/// is left out when the same cue reports the words after it.
@Suite struct StoryQuotesTests {
    let text = "As part of the deal, Omeri said, the talks will address the release of the girls."

    @Test func openingFragmentIsLeftOut() {
        let cue = StoryFixtures.range(of: "said", in: text)
        let opening = QuoteSpan(content: StoryFixtures.range(of: "As part of the deal", in: text), cue: cue, speakerName: "Omeri", kind: .indirect)
        let main = QuoteSpan(content: StoryFixtures.range(of: "the talks will address the release of the girls", in: text), cue: cue,
                             speakerName: "Omeri", kind: .indirect)
        #expect(StoryQuotes.reported([opening, main]) == [main])
    }

    /// Without a content after the same cue, the words before it are the content ("..., Omeri said.").
    @Test func contentBeforeItsCueStays() {
        let cue = StoryFixtures.range(of: "said", in: text)
        let before = QuoteSpan(content: StoryFixtures.range(of: "As part of the deal", in: text), cue: cue, speakerName: "Omeri", kind: .indirect)
        #expect(StoryQuotes.reported([before]) == [before])
    }
}
