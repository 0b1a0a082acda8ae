import CorroborateCore
import CorroborateText

/// Which annotated quotes a brief reports as somebody's statement. Attribution finds quotes by
/// loose rules and a learned stage tuned for recall on PolNeAR; a reader of the brief needs a
/// speaker and a statement. A quote is kept when its speaker is a story entity or a phrase headed
/// by a source noun ("several sources familiar with the call", "a media report"), and - unless it
/// is a direct quotation, or a partial one without a cue - its cue says something was stated: a speech or report verb, a cue
/// phrase ("according to", "told reporters"), or a stance cue ("denied", "declined to comment").
/// Beliefs and plans ("seems", "plans", "promising"), questions ("asked if") and cues the lexicon
/// does not know are not statements. A direct quotation with an implausible speaker is kept
/// without one. Citing a source ("Reuters cited a statement from Tykhyi", "citing sources familiar
/// with the call") says where a report comes from, which the brief's citations carry; it is no
/// statement either.
public struct QuoteCredibility: Sendable {
    public var verbs: [String: ReportingLexicon.VerbClass]
    /// Several-word cues, lower case, words joined by one space.
    public var phrases: Set<String>
    public var sourceNouns: Set<String>
    public var positionCues: PositionCues

    public init(lexicon: ReportingLexicon, sourceNouns: Set<String>, positionCues: PositionCues) {
        verbs = lexicon.verbs
        phrases = Set(lexicon.phrases.map { $0.words.joined(separator: " ") })
        self.sourceNouns = sourceNouns
        self.positionCues = positionCues
    }

    /// The vocabularies shipped with CorroborateText and this module; nil when they cannot be read.
    public static func bundled() -> QuoteCredibility? {
        guard let lexicon = try? ReportingLexicon.bundled(), let nouns = try? SourceNouns.bundled() else { return nil }
        return QuoteCredibility(lexicon: lexicon, sourceNouns: nouns, positionCues: .bundled())
    }

    /// The quote as the brief reports it, or nil when it is not a statement of a speaker.
    public func reported(_ quote: Quote) -> Quote? {
        let plausible = hasPlausibleSpeaker(quote)
        if quote.kind == .direct {
            guard !plausible else { return quote }
            var anonymous = quote
            anonymous.speaker = nil
            anonymous.speakerName = nil
            return anonymous
        }
        // Partial quotations are somebody's own words: a cue, when there is one, must still say so.
        let said = quote.kind == .partial && quote.cue == nil ? true : statesSomething(quote.cue, content: quote.text)
        return plausible && said && !citesASource(quote) && opensAStatement(quote.text, cue: quote.cue) ? quote : nil
    }

    /// An indirect quote whose cue cites or quotes and whose content is headed by a source noun:
    /// "cited" + "a statement from Ukrainian Foreign Ministry spokesperson Heorhii Tykhyi".
    func citesASource(_ quote: Quote) -> Bool {
        guard quote.kind == .indirect, let cue = quote.cue,
              let verb = cue.lowercased().split(whereSeparator: { !$0.isLetter }).first,
              Self.citingVerbs.contains(String(verb))
        else { return false }
        return headsWithSourceNoun(quote.text)
    }

    /// A story entity, or a phrase whose head - the last word before a modifier ("familiar
    /// with", "close to", "in Moscow") - is a source noun.
    func hasPlausibleSpeaker(_ quote: Quote) -> Bool {
        if quote.speaker != nil { return true }
        guard let name = quote.speakerName else { return false }
        return headsWithSourceNoun(name)
    }

    /// Whether a phrase's head - its last word before a modifier - is a source noun.
    func headsWithSourceNoun(_ phrase: String) -> Bool {
        var words: [String] = []
        for word in phrase.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map(String.init) {
            if Self.modifierStarts.contains(word) { break }
            words.append(word)
        }
        guard let head = words.last else { return false }
        return sourceNouns.contains(head)
    }

    /// Whether a cue says something was stated; a stance cue may run on into the content
    /// ("declined" + "to confirm or deny the report").
    func statesSomething(_ cue: String?, content: String = "") -> Bool {
        guard let cue else { return false }
        let words = cue.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        guard let first = words.first else { return false }
        if phrases.contains(words.joined(separator: " ")) { return true }
        if positionCues.stance(in: cue + " " + content)?.offset == 0 { return true }
        guard let verbClass = verbs[first] else { return false }
        return verbClass == .speech || verbClass == .report
    }

    /// Whether reported words can open what somebody stated, after `cue`. A preposition opens the
    /// verb's adjunct or object, not a statement: "reported" + "in the Middle East for five years",
    /// "writing" + "for GlobalPost", "referring" + "to the militant group"; "to" before a verb is the
    /// infinitive of a stance ("declined" + "to comment", "urged" + "people not to share"). A fronted
    /// adjunct before a clause still opens one ("On Friday, he gave an interview"), as does the
    /// object of "called on" (to resign). A finite verb with no subject opens the rest of a relative
    /// clause read as content: "a statement posted" + "was created to rally support".
    func opensAStatement(_ content: String, cue: String? = nil) -> Bool {
        let words = content.lowercased().split(whereSeparator: { $0.isWhitespace }).map { word in
            (String(word.filter { $0.isLetter || $0 == "'" || $0 == "’" }), word.last == "," || word.last == "”")
        }
        guard let first = words.first?.0 else { return true }
        if Self.finiteOpenings.contains(first) { return false }
        // "continued" + "firing the fatal shots": an aspect verb with a gerund is an action.
        if first.hasSuffix("ing"), let verb = cue?.lowercased().split(separator: " ").last, Self.aspectVerbs.contains(String(verb)) {
            return false
        }
        if first == "to" {
            guard words.count > 1 else { return false }
            return !Self.determiners.contains(words[1].0)
        }
        guard Self.adjunctOpenings.contains(first) else { return true }
        if first == "on" || first == "upon", let verb = cue?.lowercased().split(separator: " ").last, Self.callingOn.contains(String(verb)) { return true }
        // A fronted adjunct: a comma (or a partial quote's end) within the next few words, then a
        // clause with its own subject.
        guard let comma = words.prefix(Self.frontedAdjunctWords).firstIndex(where: \.1), comma + 1 < words.count else { return false }
        return !Self.finiteOpenings.contains(words[comma + 1].0)
    }

    /// The most words a fronted adjunct runs before its comma ("In one attack,").
    static let frontedAdjunctWords = 8

    /// Verbs of aspect that also serve as cues ("he continued: ..."); with a gerund they report an
    /// action ("continued firing the fatal shots"), not a statement.
    static let aspectVerbs: Set<String> = ["continued", "continues", "continue", "continuing", "kept", "keeps", "began", "begins", "started", "starts"]

    /// Cue verbs whose "on" starts the addressee of an appeal: "called on Reyhl to resign".
    static let callingOn: Set<String> = ["call", "calls", "called", "calling"]

    /// Prepositions that open an adjunct or a prepositional object, never a reported statement.
    static let adjunctOpenings: Set<String> = [
        "in", "from", "for", "at", "on", "upon", "with", "by", "as", "into", "during", "of", "after", "before",
        "since", "until", "inside", "across", "through", "toward", "towards", "among",
    ]

    /// Finite verbs that cannot open a reported clause, which has its own subject.
    static let finiteOpenings: Set<String> = [
        "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "should", "can", "may",
        "might", "must", "did", "does",
    ]

    /// Words after "to" that make it a preposition, not an infinitive.
    static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "our", "my", "your",
    ]

    /// Cue verbs whose object is where a report comes from.
    static let citingVerbs: Set<String> = ["cite", "cites", "cited", "citing", "quote", "quotes", "quoted", "quoting"]

    /// Words that start a modifier after a speaker phrase's head.
    static let modifierStarts: Set<String> = [
        "familiar", "close", "with", "from", "in", "of", "at", "on", "for", "who", "that", "which", "over", "to", "said",
    ]
}
