import CorroborateCore

/// The text one article's annotations point into, with those annotations as they are added by the
/// pipeline components. The text is owned once; every annotation is a range of Unicode scalar
/// offsets into it (as Python's `str` indexes), exactly as `shared/spec/annotations.md` writes them.
public struct TextDocument: Sendable {
    /// The text, as given.
    public let text: String
    /// The text's Unicode scalars, so offsets index in O(1).
    public let scalars: [Unicode.Scalar]
    /// The day relative date expressions resolve against (publication date), when known.
    public var referenceDay: CalendarDay?

    public var sentences: [TextRange] = []
    public var tokens: [Token] = []
    public var mentions: [Mention] = []
    public var quotes: [QuoteSpan] = []
    public var timexes: [Timex] = []
    public var citations: [CitationSpan] = []
    /// Which annotations are already present; components check it against what they require.
    public var present: Set<AnnotationLayer> = []

    public init(text: String, referenceDay: CalendarDay? = nil) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.referenceDay = referenceDay
    }

    /// The text of a scalar range.
    public func string(_ range: TextRange) -> String {
        let lower = max(0, min(range.start, scalars.count)), upper = max(lower, min(range.end, scalars.count))
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[lower..<upper])
        return String(result)
    }
}

/// A word or punctuation token.
public struct Token: Sendable, Hashable {
    public var range: TextRange
    public var kind: Kind

    public enum Kind: Sendable, Hashable { case word, number, punctuation, symbol }

    public init(range: TextRange, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}

/// The kinds of annotation a component can require or add.
public enum AnnotationLayer: String, Sendable, Hashable, CaseIterable {
    case sentences, tokens, mentions, quotes, timexes, citations
}

/// One step of the per-article pipeline. A component declares what it needs and what it adds, and
/// never overwrites another component's annotations. (spaCy's component contract.)
public protocol AnnotationComponent: Sendable {
    /// A short stable name, used in errors and benchmark output.
    var name: String { get }
    /// Layers that must be present before this component runs.
    var requires: Set<AnnotationLayer> { get }
    /// Layers this component adds.
    var adds: Set<AnnotationLayer> { get }
    /// Adds this component's annotations to `document`.
    func annotate(_ document: inout TextDocument)
}
