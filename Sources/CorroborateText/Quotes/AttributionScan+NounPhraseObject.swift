/// A cue whose object is a noun phrase that a "that" clause completes or qualifies ("rejected [the
/// notion that he was part of the establishment]", "reiterated [his belief that there will be a
/// contested convention]", "discussed [the recent violence that has marred the rallies]"):
/// PolNeAR's content is the whole object, not the clause after "that" (which, read alone,
/// would credit the speaker with what they rejected).
extension AttributionScan {
    /// Whether the words from `start` to a "that" at `that` are the cue's object noun phrase:
    /// they open with a determiner or possessive, hold no punctuation, no time word ("this week
    /// that"), no coordinator and no relaying verb ("cited the ministry as saying that" reports the
    /// ministry's words), and the cue takes no hearer ("told the senator that ..." keeps its clause
    /// after "that").
    func objectNounPhraseOpens(_ start: Int, before that: Int, cue: Range<Int>) -> Bool {
        guard start < that, !cue.isEmpty, !Self.hearerCues.contains(tokens[cue.upperBound - 1].lower) else { return false }
        let first = tokens[start]
        let possessive = start + 1 < that && tokens[start + 1].kind == .possessive
        guard first.isWord, Self.senseDeterminers.contains(first.lower) || possessive else { return false }
        return (start..<that).allSatisfy { index in
            let token = tokens[index]
            guard token.isWord || token.kind == .possessive else { return false }
            return !Self.objectTimeWords.contains(token.lower) && !Self.notInObject.contains(token.lower)
        }
    }

    /// An accepted learned content that starts after a "that" which follows the cue's object noun
    /// phrase, widened to start at that phrase (the proposal itself skips it, as the cue model was trained).
    func widenedToObject(_ content: Range<Int>, cue: Range<Int>) -> Range<Int> {
        let that = content.lowerBound - 1
        guard that > cue.upperBound, tokens[that].lower == "that" else { return content }
        let start = SpeakerPhrases.timeAdjunctEnd(startingAt: cue.upperBound, ceiling: that, tokens)
        guard objectNounPhraseOpens(start, before: that, cue: cue), !(start..<that).contains(where: { claimed[$0] }) else { return content }
        return start..<content.upperBound
    }

    /// Cues whose first object is the hearer ("told the crowd that ...", "assured voters that ...").
    static let hearerCues: Set<String> = [
        "told", "tell", "tells", "telling", "informed", "inform", "informs", "informing", "assured", "assure", "assures",
        "assuring", "reminded", "remind", "reminds", "reminding", "warned", "warn", "warns", "warning", "asked", "ask",
        "asks", "asking", "convinced", "convince", "notified", "promised", "promise", "promising", "reassured", "persuaded",
        "persuade",
    ]

    /// Coordinators (a second verb: "denied any plan and said that") and the verb of a relayed
    /// report ("as saying that"), which end an object noun phrase.
    static let notInObject: Set<String> = ["and", "or", "but", "saying", "said", "says", "say"]

    /// Words of a time adjunct between a cue and "that" ("said this week that", "wrote last month that").
    static let objectTimeWords: Set<String> = SpeakerPhrases.dayWords.union(SpeakerPhrases.partsOfDay).union(SpeakerPhrases.periods)
        .union(["day", "days", "weeks", "months", "years", "time", "spring", "summer", "fall", "autumn", "winter"])
}
