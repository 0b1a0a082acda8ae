import CorroborateCore
import Foundation
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
            guard !isATerm(quote) else { return nil }
            guard !plausible else { return quote }
            var anonymous = quote
            anonymous.speaker = nil
            anonymous.speakerName = nil
            return anonymous
        }
        // Partial quotations are somebody's own words: a cue, when there is one, must still say so.
        let said = quote.kind == .partial && quote.cue == nil ? true : statesSomething(quote.cue, content: quote.text)
        return plausible && said && !citesASource(quote) && !conforms(quote) && !isPassive(quote)
            && opensAStatement(Self.contentAsFound(quote), cue: quote.cue) ? quote : nil
    }

    /// A direct quotation of one or two words whose cue (if any) states nothing is a term or a
    /// name in quotation marks ("The hostages nicknamed the facility “the box.”", "one who was
    /// dubbed “George.”", a heading "'Counter-terrorism'"), not somebody's statement.
    func isATerm(_ quote: Quote) -> Bool {
        guard quote.text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count <= 2 else { return false }
        return quote.cue == nil || !statesSomething(quote.cue, content: quote.text)
    }

    /// "According to" before a rule or a design rather than a source says in line with what, not who
    /// said it: "seeking to reshape the Middle East according to its radical vision of Islam",
    /// "according to plan", "according to Islamic law". The phrase's head (its last word before a
    /// modifier) is one of `norms`.
    func conforms(_ quote: Quote) -> Bool {
        guard let cue = quote.cue, cue.lowercased() == "according to",
            let range = quote.sentence.range(of: cue + " ", options: [.caseInsensitive])
        else { return false }
        let phrase = quote.sentence[range.upperBound...].prefix { !",;:.()\"“”".contains($0) }
        return Self.head(of: phrase, within: 8).map(Self.norms.contains) ?? false
    }

    /// A phrase's head (`SourceNouns.head(ofWords:)`) among its first `limit` words, lower-cased;
    /// apostrophes stay inside words.
    static func head(of phrase: some StringProtocol, within limit: Int = .max) -> String? {
        let words = phrase.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).prefix(limit)
        return SourceNouns.head(ofWords: words.map(String.init))
    }

    /// Nouns of rules, plans and beliefs, which "according to" follows without a source.
    static let norms: Set<String> = [
        "vision", "visions", "plan", "plans", "law", "laws", "rule", "rules", "schedule", "tradition", "traditions",
        "custom", "customs", "principle", "principles", "values", "interpretation", "ideology", "beliefs", "wishes",
        "instructions", "script", "design", "doctrine", "teachings", "protocol", "procedure", "procedures", "regulations",
    ]

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

    /// Whether a phrase's head - its last word before a modifier - is a source noun or names a
    /// person by role ("An Islamic State fighter").
    func headsWithSourceNoun(_ phrase: String) -> Bool {
        guard let head = Self.head(of: phrase) else { return false }
        return sourceNouns.contains(head) || SourceNouns.personHeads.contains(head)
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

    /// Cue verbs whose object is where a report comes from.
    static let citingVerbs: Set<String> = ["cite", "cites", "cited", "citing", "quote", "quotes", "quoted", "quoting"]
}
