/// The reporting verbs and cue phrases quote and citation rules look for, loaded from
/// `Resources/attribution-reporting-verbs.tsv` and `Resources/attribution-cue-phrases.tsv`.
public struct ReportingLexicon: Sendable {
    /// What a reporting verb reports.
    public enum VerbClass: String, Sendable, Hashable {
        /// Speech: "said", "told", "added".
        case speech
        /// Belief or wish: "believes", "wants".
        case thought
        /// A finding or report: "reported", "found", "showed".
        case report
        /// A question: "asked".
        case ask
    }

    /// Where a several-word cue's source sits.
    public enum PhraseRole: String, Sendable, Hashable {
        /// The source follows: "according to X".
        case before
        /// The phrase is a verb phrase after its source: "X told reporters".
        case verb
    }

    /// Lower-cased verb form -> class: "said" -> speech.
    public var verbs: [String: VerbClass]
    /// Lower-cased several-word cues as word lists, longest first.
    public var phrases: [(words: [String], role: PhraseRole)]

    /// A lexicon from explicit tables.
    public init(verbs: [String: VerbClass], phrases: [(words: [String], role: PhraseRole)]) {
        self.verbs = verbs
        self.phrases = phrases.sorted { $0.words.count > $1.words.count }
    }

    /// The lexicon shipped in the module's resources.
    public static func bundled() throws -> ReportingLexicon {
        var verbs: [String: VerbClass] = [:]
        for line in try ResourceText.lines("attribution-reporting-verbs", "tsv") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let verbClass = VerbClass(rawValue: String(fields[1])) else { continue }
            verbs[String(fields[0])] = verbClass
        }
        var phrases: [(words: [String], role: PhraseRole)] = []
        for line in try ResourceText.lines("attribution-cue-phrases", "tsv") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let role = PhraseRole(rawValue: String(fields[1])) else { continue }
            phrases.append((fields[0].split(separator: " ").map(String.init), role))
        }
        return ReportingLexicon(verbs: verbs, phrases: phrases)
    }
}
