import CorroborateCore

/// Finds direct, partial and reported quotes with their speaker, cue and intermediaries.
///
/// Stages (`Stage`), in order; a token claimed by one quote is not reused by a later stage:
/// 0. `label`: a paragraph opening with a speaker label, `PENCE: Well, ...`, `Q: Why ...`;
/// 1. `cueAfterQuote`: `“...,” Peskov said`, `“...,” said Peskov`, `“A,” he said, “B.”`;
///    then `signature`: `“...” ― Pamela Padilla` at a paragraph's end;
/// 2. `cueBeforeQuote`: `Peskov said: “...”`, `Cheung said, “...”`, `telling AFP, “...”`, and a
///    quote opening the paragraph after one that ends with `Peskov said:` or `who confirmed,`;
/// 3. `reported`: `In a new poll, CONTENT`, `asked whether ...`, `Peskov said (that) the report was untrue`, `The report was untrue, Peskov
///    said`, `according to X, ...`, `..., according to X`; quotation marks inside make it `partial`;
/// 4. `learned`: a word of the cue model's vocabulary the rules left ("believes", "said" with a
///    subject no phrase rule reaches) proposes an attribution (`CueProposal`); `CueModel` keeps it
///    when its expected share of right content words and its speaker's probability of being right
///    reach the thresholds of its speaker's kind (pronoun, name, source noun, inverted, loose
///    subject, the clause's opening subject, none);
///    then a reported or learned content ends before the first place inside it (a comma, dash or
///    conjunction: `ContentEndPlace`) where `ContentEndModel` expects the words after to be outside it;
/// 5. `sameParagraph`: a quote after an attributed quote in the same paragraph keeps its speaker
///    and cue; a whole quote opening the next paragraph keeps the speaker (cue null);
/// 6. `unattributed`: a whole-sentence quote with no cue (speaker null), and a short quote inside
///    a sentence whose subject is a person (`partial`, "labelling the report as “pure fiction”").
/// Speakers that are pronouns ("he") or roles ("the spokesman") are resolved to the latest named
/// person (`speakerName`); `via` lists the outlets and agencies cited in the quote's sentences.
public struct QuoteDetector: AnnotationComponent {
    /// Thresholds of the cascade.
    public struct Configuration: Sendable, Hashable {
        /// Reported speech needs at least this many words of content.
        public var minimumReportedWords = 3
        /// A quote with no cue is kept (speaker null) from this many words, when it is a whole sentence.
        public var minimumUnattributedWords = 6
        /// Keep short quotes inside a person's sentence with no cue as `partial`.
        public var keepsUncuedPartialQuotes = true
        /// Verb classes that make a cue.
        public var verbClasses: Set<ReportingLexicon.VerbClass> = [.speech, .thought, .report, .ask]
        /// How many tokens a cue may sit before the quote it introduces (`said on Monday in a statement, “`).
        public var maximumCueGap = 10
        /// Run the `learned` stage with the bundled cue model (`bundled(configuration:)` reads it only then).
        public var usesCueModel = true
        /// End reported and learned contents where the bundled content end model says (read only then).
        public var usesContentEndModel = true

        /// The defaults above.
        public init() {}
    }

    /// The stage of the cascade that produced a quote.
    public enum Stage: String, Sendable, Hashable {
        case label, cueAfterQuote, signature, cueBeforeQuote, reported, learned, sameParagraph, unattributed, outerReport
    }

    /// The component name used in errors and benchmark output.
    public let name = "quotes"
    /// Sentences bound clauses; mentions name speakers.
    public let requires: Set<AnnotationLayer> = [.sentences, .mentions]
    /// Adds quotes.
    public let adds: Set<AnnotationLayer> = [.quotes]
    /// The cascade thresholds.
    public var configuration: Configuration
    let gazetteer: Gazetteer
    let lexicon: ReportingLexicon
    let phrases: SpeakerPhrases
    /// Lower-cased paragraph labels that name no speaker ("editor's note", "the latest").
    let labelExclusions: Set<String>
    /// Nouns of documents and events that carry statements: "In a new poll, ...".
    let documentNouns: Set<String>
    /// Verbs that open a coordinated clause reporting on its own ("..., but he said ..."), from
    /// `Resources/attribution-coordinated-report-verbs.txt`; a content before one ends at its conjunction.
    let coordinatedReportVerbs: Set<String>
    /// The model of the `learned` stage; none skips the stage.
    public let cueModel: CueModel?
    /// The model that ends reported and learned contents early; none keeps them whole.
    public let contentEndModel: ContentEndModel?

    /// A detector with explicit vocabularies.
    public init(
        gazetteer: Gazetteer, lexicon: ReportingLexicon, sourceNouns: Set<String>, labelExclusions: Set<String> = [],
        documentNouns: Set<String> = [], coordinatedReportVerbs: Set<String> = [], cueModel: CueModel? = nil, contentEndModel: ContentEndModel? = nil,
        configuration: Configuration = .init()
    ) {
        self.cueModel = cueModel
        self.contentEndModel = contentEndModel
        self.gazetteer = gazetteer
        self.labelExclusions = labelExclusions
        self.documentNouns = documentNouns
        self.coordinatedReportVerbs = coordinatedReportVerbs
        self.lexicon = lexicon
        self.phrases = SpeakerPhrases(gazetteer: gazetteer, sourceNouns: sourceNouns, verbs: Set(lexicon.verbs.keys))
        self.configuration = configuration
    }

    /// A detector with the vocabularies shipped in the module's resources.
    public static func bundled(configuration: Configuration = .init()) throws -> QuoteDetector {
        QuoteDetector(
            gazetteer: try .bundled(), lexicon: try .bundled(),
            sourceNouns: Set(try ResourceText.lines("attribution-source-nouns", "txt")),
            labelExclusions: Set(try ResourceText.lines("attribution-label-exclusions", "txt")),
            documentNouns: Set(try ResourceText.lines("attribution-document-nouns", "txt")),
            coordinatedReportVerbs: Set(try ResourceText.lines("attribution-coordinated-report-verbs", "txt")),
            cueModel: configuration.usesCueModel ? try CueModel.bundled() : nil,
            contentEndModel: configuration.usesContentEndModel ? try ContentEndModel.bundled() : nil, configuration: configuration
        )
    }

    /// Adds the quotes it finds after any already present.
    public func annotate(_ document: inout TextDocument) {
        document.quotes.append(contentsOf: detect(in: document).map(\.span))
        document.present.insert(.quotes)
    }

    /// The quotes of `document` with the stage that found each.
    public func detect(in document: TextDocument) -> [DetectedQuote] {
        var scan = AttributionScan(document: document, detector: self)
        scan.run()
        return scan.results()
    }

    /// Auxiliaries and adverbs ("has", "also", "would"), which never start a proposal.
    public static var auxiliaries: Set<String> { SpeakerPhrases.skipped }

    /// What the `learned` stage would propose from words of `cueWords` after the rule stages,
    /// each proposal made as if it were the only one (the training examples of `CueModel`).
    public func proposals(in document: TextDocument, cueWords: Set<String>) -> [CueProposal] {
        var scan = AttributionScan(document: document, detector: self)
        scan.runRules()
        return scan.proposals(cueWords: cueWords)
    }
}

extension QuoteDetector {
    /// The places where the reported and learned contents of the full cascade (without a content
    /// end model) may end early, in content order (the training examples of `ContentEndModel`).
    public func contentEndPlaces(in document: TextDocument) -> [ContentEndPlace] {
        var scan = AttributionScan(document: document, detector: self)
        scan.run()
        return scan.found.indices.flatMap { item in
            scan.endPlaces(of: item).compactMap { place -> ContentEndPlace? in
                guard let rest = scan.wordSpan(place.cut..<place.content.upperBound) else { return nil }
                return ContentEndPlace(content: scan.found[item].content, rest: rest, item: item, features: place.features)
            }
        }
    }
}

/// A place where a reported content may end: the words from it to the content's end (`rest`),
/// with the features `ContentEndModel` scores.
public struct ContentEndPlace: Sendable, Hashable {
    /// The whole content; Unicode scalar offsets.
    public var content: TextRange
    /// The words the content loses when it ends here.
    public var rest: TextRange
    /// Which content of the document (places of one content share it).
    public var item: Int
    /// The feature names the model sums weights over.
    public var features: [String]

    /// A place from explicit parts.
    public init(content: TextRange, rest: TextRange, item: Int, features: [String]) {
        self.content = content
        self.rest = rest
        self.item = item
        self.features = features
    }
}

/// A quote and the stage of the cascade that found it.
public struct DetectedQuote: Sendable, Hashable {
    /// The quote as the annotation contract has it.
    public var span: QuoteSpan
    /// The stage that found it.
    public var stage: QuoteDetector.Stage
}
