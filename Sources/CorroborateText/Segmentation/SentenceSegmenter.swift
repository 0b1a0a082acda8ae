import CorroborateCore
import CorroborateICU

/// Splits a document into sentences: ICU's sentence breaks, then three corrections.
///
/// - Paragraphs (a blank line: "\n", optional spaces, "\n") always break, and a sentence never
///   spans two. A single newline breaks too, unless the next line starts with a lower-case letter
///   (a hard-wrapped line).
/// - Abbreviations: ICU breaks after "U.S.", "Gen.", "Jan.", "J."; the break is removed when the
///   abbreviation's rule says so (`SegmentationVocabulary`), or after a single capital initial
///   followed by a capitalised word ("J. Smith").
/// - Quotes: a break inside a quotation that closes later in the same paragraph is removed
///   (“There was no conversation. It is fiction,” he said.). Curly “ ”, „ “, « » and straight
///   quotes are paired; an unclosed quote removes nothing.
///
/// Sentence ranges are Unicode scalar offsets, trimmed of surrounding whitespace, never empty.
public struct SentenceSegmenter: AnnotationComponent {
    /// The abbreviation and sentence-opener tables.
    public var vocabulary: SegmentationVocabulary
    /// Quotations longer than this many scalars are not used to merge sentences (mispaired marks).
    public var maximumQuoteLength: Int

    /// A segmenter with the bundled vocabulary.
    public init(vocabulary: SegmentationVocabulary = .bundled, maximumQuoteLength: Int = 3000) {
        self.vocabulary = vocabulary
        self.maximumQuoteLength = maximumQuoteLength
    }

    public var name: String { "sentences" }
    public var requires: Set<AnnotationLayer> { [] }
    public var adds: Set<AnnotationLayer> { [.sentences] }

    public func annotate(_ document: inout TextDocument) {
        document.sentences = sentences(in: document.scalars)
        document.present.insert(.sentences)
    }

    /// The sentence ranges of `scalars`. ICU runs once over the whole text (one iterator per
    /// document); each paragraph then takes the boundaries inside it.
    public func sentences(in scalars: [Unicode.Scalar]) -> [TextRange] {
        let boundaries = ICUBreaks.boundaries(.sentence, in: Self.joiningWrappedLines(scalars)).map(\.offset)
        var result: [TextRange] = []
        var next = 0
        for paragraph in Self.paragraphs(in: scalars) {
            while next < boundaries.count, boundaries[next] <= paragraph.start { next += 1 }
            var inside: [Int] = []
            while next < boundaries.count, boundaries[next] < paragraph.end {
                inside.append(boundaries[next] - paragraph.start)
                next += 1
            }
            result += sentences(inParagraph: paragraph, of: scalars, boundaries: inside)
        }
        return result
    }

    /// Sentences of one paragraph: ICU candidates, merged by the abbreviation and quote rules.
    /// `boundaries` are ICU's breaks strictly inside the paragraph, relative to its start; nil runs ICU on it.
    func sentences(inParagraph paragraph: TextRange, of scalars: [Unicode.Scalar], boundaries inner: [Int]? = nil) -> [TextRange] {
        let slice = Array(scalars[paragraph.start..<paragraph.end])
        let boundaries = inner.map { [0] + $0 + [slice.count] }
            ?? ICUBreaks.boundaries(.sentence, in: Self.joiningWrappedLines(slice)).map(\.offset)
        var candidates: [TextRange] = []
        for (lower, upper) in zip(boundaries, boundaries.dropFirst()) {
            if let trimmed = Self.trimmed(TextRange(start: lower, end: upper), in: slice) { candidates.append(trimmed) }
        }
        let quotes = QuotationPairing.spans(in: slice).filter { $0.length <= maximumQuoteLength }
        var merged: [TextRange] = []
        for candidate in candidates {
            if let last = merged.last, shouldJoin(last, candidate, in: slice, quotes: quotes) {
                merged[merged.count - 1].end = candidate.end
            } else {
                merged.append(candidate)
            }
        }
        return merged.map { TextRange(start: $0.start + paragraph.start, end: $0.end + paragraph.start) }
    }

    /// Whether `next` continues `current`: never across a newline, else by the abbreviation or quote rule.
    func shouldJoin(_ current: TextRange, _ next: TextRange, in scalars: [Unicode.Scalar], quotes: [TextRange]) -> Bool {
        if scalars[current.end..<next.start].contains(where: { $0 == "\n" || $0 == "\r" }) { return false }
        if quotes.contains(where: { $0.start < current.end && next.start < $0.end }) { return true }
        return continuesAbbreviation(current, next, in: scalars)
    }

    /// Ranges of the paragraphs of `scalars`, separated by blank lines (whitespace-only lines).
    static func paragraphs(in scalars: [Unicode.Scalar]) -> [TextRange] {
        var result: [TextRange] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "\n" else { index += 1; continue }
            var probe = index + 1
            while probe < scalars.count, scalars[probe] == " " || scalars[probe] == "\t" || scalars[probe] == "\r" {
                probe += 1
            }
            if probe < scalars.count, scalars[probe] == "\n" {
                if start < index { result.append(TextRange(start: start, end: index)) }
                while probe < scalars.count, scalars[probe].properties.isWhitespace { probe += 1 }
                start = probe
            }
            index = probe
        }
        if start < scalars.count { result.append(TextRange(start: start, end: scalars.count)) }
        return result
    }

    /// `scalars` with each single newline that precedes a lower-case letter replaced by a space.
    static func joiningWrappedLines(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result = scalars
        for index in result.indices where result[index] == "\n" {
            var probe = index + 1
            while probe < result.count, result[probe] == " " || result[probe] == "\t" { probe += 1 }
            if probe < result.count, result[probe].properties.isLowercase { result[index] = " " }
        }
        return result
    }

    /// `range` without leading and trailing whitespace; nil when nothing is left.
    static func trimmed(_ range: TextRange, in scalars: [Unicode.Scalar]) -> TextRange? {
        var start = range.start, end = range.end
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return start < end ? TextRange(start: start, end: end) : nil
    }
}
