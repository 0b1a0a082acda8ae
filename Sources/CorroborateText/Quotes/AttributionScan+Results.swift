import CorroborateCore

extension AttributionScan {
    /// The quotes in text order, with speaker names resolved and intermediaries listed.
    func results() -> [DetectedQuote] {
        var speakerMemory: (name: String, sentence: Int)?
        return found.sorted { $0.content.start < $1.content.start }.map { item in
            var span = QuoteSpan(content: item.content, kind: item.kind)
            if let speaker = item.speaker {
                let range = TextRange(start: tokens[speaker.lowerBound].start, end: tokens[speaker.upperBound - 1].end)
                span.speaker = range
                let name = speakerName(speaker, memory: speakerMemory)
                span.speakerName = name.text
                if name.isPerson, let text = name.text { speakerMemory = (text, sentenceOf[speaker.lowerBound]) }
            }
            if let cue = item.cue {
                span.cue = TextRange(start: tokens[cue.lowerBound].start, end: tokens[cue.upperBound - 1].end)
            }
            span.via = intermediaries(of: item, speaker: span.speakerName)
            return DetectedQuote(span: span, stage: item.stage)
        }
    }

    /// The full name behind a speaker phrase: the named person in it (not one after "for" or
    /// "of": "a spokesman for Trump"), else an outlet, agency or organization in it, else the
    /// phrase; "he"/"she"/"I" and role phrases ("the spokesman") resolve to the latest speaker
    /// of the last three sentences, else the latest person mentioned before.
    private func speakerName(_ whole: Range<Int>, memory: (name: String, sentence: Int)?) -> (text: String?, isPerson: Bool) {
        let phrase = whole.lowerBound..<(whole.dropFirst().first { [",", "("].contains(tokens[$0].lower) } ?? whole.upperBound)
        let span = TextRange(start: tokens[phrase.lowerBound].start, end: tokens[phrase.upperBound - 1].end)
        let inside = document.mentions.filter { span.contains(TextRange(start: $0.start, end: $0.end)) }
        let people = inside.filter { $0.kind == .person && $0.end == span.end }
        if let person = people.last { return (person.entity, true) }
        let word = tokens[phrase.lowerBound].lower
        if phrase.count == 1, ["he", "she", "i", "who"].contains(word) {
            if let memory, sentenceOf[phrase.lowerBound] - memory.sentence <= 3 { return (memory.name, true) }
            if let latest = document.mentions.last(where: { $0.kind == .person && $0.end <= span.start }) {
                return (latest.entity, true)
            }
            return (nil, false)
        }
        if phrase.count == 1, SpeakerPhrases.pronouns.contains(word) { return (nil, false) }
        if let other = inside.last(where: { $0.kind != .person && $0.kind != .place && $0.end == span.end }) {
            return (other.entity, false)
        }
        return (document.string(span), false)
    }

    /// Whether the token starting at `offset` follows "for", "of" or "to".
    private func isObjectOfPreposition(_ offset: Int) -> Bool {
        guard let index = tokenIndex(startingAt: offset), index > 0 else { return false }
        return ["for", "of", "to", "with"].contains(tokens[index - 1].lower)
    }

    /// Whether a possessive ("'s") follows the offset: "Trump's team" is not Trump.
    private func isPossessive(after offset: Int) -> Bool {
        guard let index = tokenIndex(startingAt: offset) else { return false }
        return tokens[index].kind == .possessive
    }

    private func tokenIndex(startingAt offset: Int) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low < tokens.count ? low : nil
    }

    /// Outlets and agencies cited in the sentences of the quote's cue and content ("RIA Novosti
    /// quoted Peskov as saying", "told AFP"), other than the speaker.
    private func intermediaries(of item: Found, speaker: String?) -> [String] {
        guard !document.citations.isEmpty else { return [] }
        var sentences: Set<Int> = [sentenceOf[min(item.anchor, tokens.count - 1)]]
        if let cue = item.cue { sentences.insert(sentenceOf[cue.lowerBound]) }
        var via: [String] = []
        for citation in document.citations where citation.kind != .photo && citation.source != speaker {
            guard let index = tokenIndex(startingAt: citation.start), sentences.contains(sentenceOf[index]) else { continue }
            if !via.contains(citation.source) { via.append(citation.source) }
        }
        return via
    }
}
