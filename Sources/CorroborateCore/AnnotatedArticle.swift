/// One line of `corroborate annotate`: an article with every per-article annotation, as
/// `shared/spec/annotations.md` defines it. All offsets are Unicode scalar offsets into `text`.
public struct AnnotatedArticle: Codable, Sendable, Hashable {
    public var source: String
    public var article: Article
    /// The text every offset points into: the raw file with `--raw`, else the body paragraphs joined by "\n\n".
    public var text: String
    public var sentences: [TextRange]
    public var mentions: [Mention]
    public var quotes: [QuoteSpan]
    public var timexes: [Timex]
    public var citations: [CitationSpan]

    public init(
        source: String, article: Article, text: String, sentences: [TextRange] = [], mentions: [Mention] = [],
        quotes: [QuoteSpan] = [], timexes: [Timex] = [], citations: [CitationSpan] = []
    ) {
        self.source = source
        self.article = article
        self.text = text
        self.sentences = sentences
        self.mentions = mentions
        self.quotes = quotes
        self.timexes = timexes
        self.citations = citations
    }
}

/// A half-open range of Unicode scalar offsets: `text[start:end]` in Python.
public struct TextRange: Codable, Sendable, Hashable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }
    public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

/// A mention of an entity in the text.
public struct Mention: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    public var kind: EntityKind
    /// A per-article entity key shared by coreferent mentions.
    public var entity: String

    public init(start: Int, end: Int, text: String, kind: EntityKind, entity: String) {
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.entity = entity
    }
}

/// A quote found in the text, with its speaker and cue spans.
public struct QuoteSpan: Codable, Sendable, Hashable {
    /// The quoted words, without the quotation marks.
    public var content: TextRange
    public var speaker: TextRange?
    public var cue: TextRange?
    /// The resolved full name, even when `speaker` is a pronoun.
    public var speakerName: String?
    public var kind: QuoteKind
    public var via: [String]

    public init(
        content: TextRange, speaker: TextRange? = nil, cue: TextRange? = nil, speakerName: String? = nil,
        kind: QuoteKind, via: [String] = []
    ) {
        self.content = content
        self.speaker = speaker
        self.cue = cue
        self.speakerName = speakerName
        self.kind = kind
        self.via = via
    }
}

/// A TIMEX3-style temporal expression with its normalised value.
public struct Timex: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    public var type: TimexType
    /// TIMEX3 value: "2024-11-07", "2024-11", "2024-W45", "P1W", "PRESENT_REF", "XXXX-07"...
    public var value: String

    public init(start: Int, end: Int, text: String, type: TimexType, value: String) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.value = value
    }
}

/// TIMEX3 types.
public enum TimexType: String, Codable, Sendable, Hashable, CaseIterable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// A citation of a source in the text ("told AFP", "citing RIA Novosti").
public struct CitationSpan: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    /// The cited source, normalised: "The Washington Post".
    public var source: String
    public var kind: CitationKind

    public init(start: Int, end: Int, source: String, kind: CitationKind) {
        self.start = start
        self.end = end
        self.source = source
        self.kind = kind
    }
}
