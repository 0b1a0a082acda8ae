import CorroborateCore

/// One system attribution in `polnear_score.py`'s prediction format: content fragments, and
/// the source span, cue span and speaker name when known.
public struct PredictedAttribution: Sendable, Hashable, Codable {
    /// Content fragments; Unicode scalar offsets.
    public var content: [TextRange]
    /// The speaker span.
    public var source: TextRange?
    /// The cue span.
    public var cue: TextRange?
    /// The speaker as resolved ("Trump" for a source "he").
    public var speaker: String?
    /// The `QuoteDetector` stage that found the (first) quote, for error tallies; the scorer ignores it.
    public var stage: String?

    /// A prediction.
    public init(content: [TextRange], source: TextRange? = nil, cue: TextRange? = nil, speaker: String? = nil, stage: String? = nil) {
        self.content = content
        self.source = source
        self.cue = cue
        self.speaker = speaker
        self.stage = stage
    }

    /// Quotes as attributions: quotes sharing a cue span and speaker become one attribution with
    /// several content fragments, as PolNeAR joins `“A,” he said, “B.”` into one.
    public static func merging(_ quotes: [QuoteSpan], stages: [String]? = nil) -> [PredictedAttribution] {
        var result: [PredictedAttribution] = []
        var byCue: [TextRange: Int] = [:]
        for (offset, quote) in quotes.enumerated() {
            if let cue = quote.cue, let index = byCue[cue], result[index].source == quote.speaker {
                result[index].content.append(quote.content)
                continue
            }
            if let cue = quote.cue { byCue[cue] = result.count }
            result.append(PredictedAttribution(
                content: [quote.content], source: quote.speaker, cue: quote.cue, speaker: quote.speakerName,
                stage: stages.flatMap { offset < $0.count ? $0[offset] : nil }))
        }
        return result
    }

    /// PolNeAR's reported contents open with their complementiser ("said *that the report was
    /// untrue*", "said *that “it was over.”*"); the annotation contract's start after it. Moves the
    /// start of a quote back over a "that" (any case), the spaces after it and an opening mark.
    /// A "that" followed by a comma ("found that, relative to two years earlier, ...": a fronted
    /// adjunct after the complementiser) counts only right after the quote's cue, where it cannot
    /// be a pronoun ("despite all that, ...").
    public static func includingComplementiser(_ quote: QuoteSpan, in scalars: [Unicode.Scalar]) -> QuoteSpan {
        var start = quote.content.start
        if start > 0, Self.openingMarks.contains(scalars[start - 1]) { start -= 1 }
        while start > 0, scalars[start - 1] == " " { start -= 1 }
        var comma = false
        if start > 0, scalars[start - 1] == ",", start < quote.content.start {
            comma = true
            start -= 1
        }
        guard start >= 4, start < quote.content.start,
            String(String.UnicodeScalarView(scalars[(start - 4)..<start])).lowercased() == "that",
            start == 4 || !scalars[start - 5].properties.isAlphabetic
        else { return quote }
        if comma {
            guard let cue = quote.cue, cue.end <= start - 4,
                scalars[cue.end..<(start - 4)].allSatisfy({ $0.properties.isWhitespace })
            else { return quote }
        }
        var widened = quote
        widened.content.start = start - 4
        return widened
    }

    static let openingMarks: Set<Unicode.Scalar> = ["“", "\"", "‘", "'"]

    /// The JSON line `polnear_score.py score --pred` reads for one article.
    public static func jsonLine(file: String, _ attributions: [PredictedAttribution]) -> String {
        let quotes = attributions.map { attribution -> String in
            let content = "[" + attribution.content.map { "[\($0.start), \($0.end)]" }.joined(separator: ", ") + "]"
            let source = attribution.source.map { "[\($0.start), \($0.end)]" } ?? "null"
            let cue = attribution.cue.map { "[\($0.start), \($0.end)]" } ?? "null"
            let speaker = attribution.speaker.map(JSONText.quoted) ?? "null"
            let stage = attribution.stage.map { ", \"stage\": " + JSONText.quoted($0) } ?? ""
            return "{\"content\": \(content), \"source\": \(source), \"cue\": \(cue), \"speaker\": \(speaker)\(stage)}"
        }
        return "{\"file\": \(JSONText.quoted(file)), \"quotes\": [" + quotes.joined(separator: ", ") + "]}"
    }
}
