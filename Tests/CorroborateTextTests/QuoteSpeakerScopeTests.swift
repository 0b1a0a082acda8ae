import CorroborateCore
import Testing
@testable import CorroborateText

/// Who a quote belongs to when the nearest words mislead (FNC-1 s26, Kim Yo-jong): a relative clause
/// on an "according to" source, a passive subject of a scare quote, a loose subject running on into
/// its verb, an outlet's reporting verb before the speaker (FNC-1 s36), and a verb of thought with a
/// plain object between a speech cue and its quotation.
@Suite struct QuoteSpeakerScopeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let content: String
        /// The speaker span's text; nil for a quote with no speaker, or (with `absent`) for no quote at all.
        let speaker: String?
        let cue: String?
        var absent = false
        var testDescription: String { text }
    }

    @Test(arguments: [
        // The content of a leading "according to" starts after a relative clause on the source.
        Case(text: "According to Michael Madden, who tracks the officials with his blog, Kim Yo-jong is one of the few people with access.",
             content: "Kim Yo-jong is one of the few people with access", speaker: "Michael Madden", cue: "According to"),
        Case(text: "According to the ministry, which spoke on Monday, the border will stay closed.",
             content: "the border will stay closed", speaker: "the ministry", cue: "According to"),
        // A scare quote on a passive subject is said of the subject, not by it.
        Case(text: "When Kim Yo-jong was introduced to the public as a “senior official of the party” in March, analysts took note.",
             content: "senior official of the party", speaker: nil, cue: nil, absent: true),
        // A loose subject phrase stops at its names: "John Smith", not "John Smith included".
        Case(text: "Before his death, John Smith included a “significant and unknown” role for his daughter.",
             content: "significant and unknown", speaker: "John Smith", cue: nil),
        // A reporting verb closes the speaker phrase of the next cue: the spokesperson, not "The Daily Mail reports ...".
        Case(text: "The Daily Mail reports a police spokesperson said: “We ask those men to hand themselves in.”",
             content: "We ask those men to hand themselves in.", speaker: "a police spokesperson", cue: "said"),
        Case(text: "The Daily Mail reports a police spokesperson as saying: “We ask those men to hand themselves in.”",
             content: "We ask those men to hand themselves in.", speaker: "a police spokesperson", cue: "saying"),
        // An outlet credited after a quote that a speaker introduces relays it.
        Case(text: "One local said: \"No one went to help the man,\" the Daily Mirror reports.",
             content: "No one went to help the man", speaker: "One local", cue: "said"),
        // A verb of thought with a plain object gives way to the speech cue before it.
        Case(text: "NK Leadership Watch has written that Kim Yo Jong plans her brother’s appearances, “including his itineraries, schedule and security.”",
             content: "including his itineraries, schedule and security.", speaker: "NK Leadership Watch", cue: "written"),
        // A hearsay adverb names no source unless a reporting verb follows it: the subject is reported on (FNC-1 s89)
        // and opens the content; "reportedly told" keeps its subject.
        Case(text: "Abu Bakr al-Baghdadi leads the group. The ISIS leader was reportedly killed during an air strike in the city of Mosul.",
             content: "The ISIS leader was reportedly killed during an air strike in the city of Mosul", speaker: nil, cue: "reportedly"),
        Case(text: "The Oscar winning actor Mark Vell will reportedly play the ferryman in the new film.",
             content: "The Oscar winning actor Mark Vell will reportedly play the ferryman in the new film", speaker: nil, cue: "reportedly"),
        Case(text: "Donald Trump reportedly told aides that he would run again.",
             content: "he would run again", speaker: "Donald Trump", cue: "reportedly"),
        // A quoted work title is nobody's words (FNC-1 s82); a nickname put on somebody stays a partial quote.
        Case(text: "Rogen next stars opposite James Franco in “The Interview,” which Sony will release on Christmas Day.",
             content: "The Interview,", speaker: nil, cue: nil, absent: true),
        Case(text: "Danny Boyle, who directed “Slumdog Millionaire,” is going to direct the film.",
             content: "Slumdog Millionaire,", speaker: nil, cue: nil, absent: true),
        Case(text: "Aaron Sorkin, writer of “The Social Network” and “The West Wing” will pen the film.",
             content: "The West Wing", speaker: nil, cue: nil, absent: true),
        Case(text: "Donald Trump has since called Rubio “Little Marco” at every rally.",
             content: "Little Marco", speaker: "Donald Trump", cue: nil),
    ])
    func theQuoteHasTheRightSpeaker(_ example: Case) throws {
        let document = try attributed(example.text)
        if example.absent {
            #expect(quote(example.content, in: document) == nil)
            return
        }
        let found = try #require(quote(example.content, in: document))
        #expect(found.speaker.map { document.string($0) } == example.speaker)
        #expect(found.cue.map { document.string($0) } == example.cue)
    }
}
