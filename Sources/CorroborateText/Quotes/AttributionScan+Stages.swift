import CorroborateCore

extension AttributionScan {
    /// Stage 1: `“...,” Peskov said`, `“...,” said Peskov`; then `“A,” he said, “B.”` (also after an
    /// aside, `“A,” he said of Trump, “B.”`: `continuesAfterAside`) and the earlier paragraphs of a
    /// quote that runs over several.
    mutating func attachCueAfter(_ index: Int) {
        let segment = segments[index]
        // A title or a name in quotation marks is nobody's words: "known as “Jihadi John”, said Mr Haines".
        guard !usedSegments[index], !segment.continues, !isWorkTitle(segment) else { return }
        var cursor = segment.close + 1
        while cursor < tokens.count, ["," as String, "—", "–", "-"].contains(tokens[cursor].lower) { cursor += 1 }
        guard cursor < tokens.count, paragraphOf[cursor] == paragraphOf[segment.close], !claimed[cursor] else { return }
        let bounds = sentence(of: cursor)
        guard let (speaker, cue) = attributionAfterQuote(at: cursor, ceiling: bounds.upperBound) else { return }
        if endsSentence(segment), !isShortTail(after: max(speaker.upperBound, cue.upperBound)) { return }
        let (quoted, quotedCue) = relayedSpeaker(of: segment, relayedBy: speaker) ?? (speaker, cue)
        record(segment: index, speaker: quoted, cue: quotedCue, stage: .cueAfterQuote)
        recordChainBefore(index, speaker: quoted, cue: quotedCue)
        let next = index + 1
        if next < segments.count, !usedSegments[next], paragraphOf[segments[next].open] == paragraphOf[segment.close] {
            let aside = max(speaker.upperBound, cue.upperBound)
            var gap = aside
            while gap < segments[next].open, [",", ":", "—", "–"].contains(tokens[gap].lower) { gap += 1 }
            if gap == segments[next].open || continuesAfterAside(from: gap, opening: segments[next].open, segment: next) {
                record(segment: next, speaker: speaker, cue: cue, stage: .cueAfterQuote)
                recordChainAfter(next, speaker: speaker, cue: cue)
            }
        }
    }

    /// The speaker who introduces a quote that an outlet is credited with after it (`One local said:
    /// “...,” the Daily Mirror reports.`): the quote is the local's, relayed by the outlet (which the
    /// quote's `via` then lists from its citation). Nil when the speaker after the quote is no outlet or
    /// agency, or no other speaker introduces it.
    private func relayedSpeaker(of segment: QuotedSegment, relayedBy source: Range<Int>) -> (Range<Int>, Range<Int>)? {
        guard isNewsSource(source), let (speaker, cue) = introducingCue(before: segment.open), !isNewsSource(speaker) else { return nil }
        return (speaker, cue)
    }

    /// Speaker then cue, or cue then speaker, starting at token `cursor`.
    private func attributionAfterQuote(at cursor: Int, ceiling: Int) -> (Range<Int>, Range<Int>)? {
        if let found = cue(at: cursor), !found.according {
            guard let speaker = phrases.after(found.range.upperBound, ceiling: ceiling, tokens), isFree(speaker) else {
                return nil
            }
            return (speaker, found.range)
        }
        if tokens[cursor].lower == "according", let found = cue(at: cursor), found.according,
            let speaker = phrases.after(found.range.upperBound, ceiling: ceiling, tokens)
        {
            return (speaker, found.range)
        }
        return speakerThenCue(from: cursor, ceiling: ceiling)
    }

    /// `“...,” Fred Kagan, director of the Critical Threats Project, said`: a phrase opening with
    /// a pronoun, a capitalised word or a determiner, then (after at most 30 tokens with no
    /// quotation mark or sentence end) a reporting verb.
    private func speakerThenCue(from cursor: Int, ceiling: Int) -> (Range<Int>, Range<Int>)? {
        let first = tokens[cursor]
        guard first.isWord, first.isCapitalized || SpeakerPhrases.pronouns.contains(first.lower)
            || SpeakerPhrases.determiners.contains(first.lower)
        else { return nil }
        if SpeakerPhrases.pronouns.contains(first.lower) {
            var verb = cursor + 1
            while verb < ceiling, SpeakerPhrases.skipped.contains(tokens[verb].lower) { verb += 1 }
            guard verb < ceiling, let found = cue(at: verb), !found.according else { return nil }
            return (cursor..<(cursor + 1), found.range)
        }
        var index = cursor + 1
        while index < min(ceiling, cursor + 30) {
            let token = tokens[index]
            if token.kind == .openQuote || token.kind == .closeQuote || [".", ";", ":"].contains(token.lower) { return nil }
            if token.isWord, !token.isCapitalized, let found = cue(at: index), !found.according {
                var end = index
                while end > cursor, SpeakerPhrases.skipped.contains(tokens[end - 1].lower) || tokens[end - 1].lower == "," {
                    end -= 1
                }
                guard end > cursor else { return nil }
                return (cursor..<end, found.range)
            }
            index += 1
        }
        return nil
    }

    /// Whether the segment's last inner token ends a sentence (“...untrue.”).
    private func endsSentence(_ segment: QuotedSegment) -> Bool {
        segment.close > 0 && tokens[segment.close - 1].lower == "."
    }

    /// Whether the sentence ends within a few tokens of `index` (`“Untrue.” Peskov said.`).
    private func isShortTail(after index: Int) -> Bool {
        let bounds = sentence(of: min(index, tokens.count - 1))
        return bounds.upperBound - index <= 4
    }

    mutating func recordChainBefore(_ index: Int, speaker: Range<Int>?, cue: Range<Int>?) {
        var previous = index - 1
        while previous >= 0, segments[previous].continues, !usedSegments[previous] {
            record(segment: previous, speaker: speaker, cue: cue, stage: found.last?.stage ?? .cueAfterQuote)
            previous -= 1
        }
    }

    private mutating func recordChainAfter(_ index: Int, speaker: Range<Int>?, cue: Range<Int>?) {
        var current = index
        while segments[current].continues, current + 1 < segments.count, !usedSegments[current + 1] {
            current += 1
            record(segment: current, speaker: speaker, cue: cue, stage: found.last?.stage ?? .cueBeforeQuote)
        }
    }

    /// Stage 2: `Peskov said: “...”`, `Cheung said, “...”`, and a quote opening the paragraph
    /// after one that ends with a cue and `:` or `,`.
    mutating func attachCueBefore(_ index: Int) {
        let segment = segments[index]
        guard !usedSegments[index], index == 0 || !segments[index - 1].continues || usedSegments[index - 1] else { return }
        guard endsClause(segment) else { return }
        let named: (Range<Int>?, Range<Int>)? = (introducingCue(before: segment.open) ?? paragraphIntroduction(before: segment.open)).map { ($0.0, $0.1) }
        guard let (speaker, cue) = named ?? colonIntroduction(before: segment.open) else { return }
        record(segment: index, speaker: speaker, cue: cue, stage: .cueBeforeQuote)
        recordChainAfter(index, speaker: speaker, cue: cue)
    }

    /// Whether only punctuation follows the quote up to its sentence's end (or the quote runs on).
    private func endsClause(_ segment: QuotedSegment) -> Bool {
        if segment.continues { return true }
        let bounds = sentence(of: segment.close)
        var cursor = segment.close + 1
        while cursor < bounds.upperBound, !tokens[cursor].isWord, tokens[cursor].kind != .openQuote { cursor += 1 }
        return cursor >= bounds.upperBound || tokens[cursor].kind == .lineBreak || paragraphOf[cursor] != paragraphOf[segment.close]
    }

    /// A cue shortly before the opening mark, in the same sentence, with `,` `:` or nothing between.
    /// A verb of thought taking a plain object ("NK Leadership Watch has written that Kim Yo Jong
    /// plans her brother's appearances, “including ...”") gives way to a speech or report cue
    /// before it, whose speaker the quote is.
    private func introducingCue(before open: Int) -> (Range<Int>, Range<Int>)? {
        guard open > 0 else { return nil }
        var floor = max(sentence(of: open).lowerBound, open - configuration.maximumCueGap)
        let before = tokens[open - 1].lower
        var fallback: (Range<Int>, Range<Int>)?
        var index = open - 1
        while index >= floor, !claimed[index], segmentOf[index] < 0, paragraphOf[index] == paragraphOf[open] {
            if let found = cue(at: index), !found.according {
                let direct = found.range.upperBound == open || before == "," || before == ":"
                    || (found.range.upperBound == open - 1 && before == "that")
                guard direct, let speaker = speaker(for: found.range) else { return fallback }
                if fallback != nil || !takesPlainObject(found.range, before: open) { return (speaker.range, found.range) }
                fallback = (speaker.range, found.range)
                index = min(index, found.range.lowerBound, speaker.range.lowerBound) - 1
                // The earlier cue may stand as far before the verb of thought as that verb stands before the quote.
                floor = max(sentence(of: open).lowerBound, index - configuration.maximumCueGap)
                continue
            }
            index -= 1
        }
        return fallback
    }

    /// Whether a one-word verb of thought is followed by a plain object rather than by "to", "that",
    /// punctuation or the quotation ("plans her brother's appearances", not "plans to").
    private func takesPlainObject(_ cue: Range<Int>, before open: Int) -> Bool {
        guard cue.count == 1, detector.lexicon.verbs[tokens[cue.lowerBound].lower] == .thought, cue.upperBound < open else {
            return false
        }
        let next = tokens[cue.upperBound]
        return next.isWord && !["to", "that", "if", "whether"].contains(next.lower)
    }

    /// A quote after a colon with no reporting verb before it (`Trump went even further: “...”`,
    /// `The letter continues: “...”`): the speaker is a pronoun or a run of names and source nouns
    /// opening the last clause before the colon, the words from it to the colon the cue.
    private func colonIntroduction(before open: Int) -> (Range<Int>?, Range<Int>)? {
        guard open > 0, tokens[open - 1].lower == ":", paragraphOf[open - 1] == paragraphOf[open], !claimed[open - 1] else { return nil }
        let colon = open - 1
        let bounds = sentence(of: colon)
        guard colon > bounds.lowerBound, !(bounds.lowerBound..<colon).contains(where: { claimed[$0] || segmentOf[$0] >= 0 }) else { return nil }
        let lastComma = (bounds.lowerBound..<colon).last { tokens[$0].lower == "," }
        for clauseStart in [lastComma.map { $0 + 1 }, bounds.lowerBound].compactMap({ $0 }) {
            if let phrase = openingSpeaker(from: clauseStart, before: colon) { return (phrase, phrase.upperBound..<colon) }
        }
        return (nil, colon..<open)
    }

    /// A pronoun or a run of names and source nouns at `start` (after opening adverbs; never a
    /// prepositional phrase, "In a Fox interview"), ending before `limit`.
    private func openingSpeaker(from start: Int, before limit: Int) -> Range<Int>? {
        var start = start
        while start < limit, !tokens[start].isWord { start += 1 }
        guard start < limit, !SpeakerPhrases.prepositions.contains(tokens[start].lower) else { return nil }
        while start < limit, !tokens[start].isWord || SpeakerPhrases.leading.contains(tokens[start].lower) { start += 1 }
        guard start < limit else { return nil }
        if SpeakerPhrases.pronouns.contains(tokens[start].lower) {
            return tokens[start].lower == "it" || tokens[start].lower == "who" ? nil : start..<(start + 1)
        }
        // A sentence's capitalised article alone ("A man believed to be ... says:") is no speaker.
        guard let phrase = phrases.strictAfter(start, ceiling: limit, tokens), phrase.upperBound < limit,
            !SpeakerPhrases.determiners.contains(tokens[phrase.upperBound - 1].lower)
        else { return nil }
        return phrase
    }

    /// A cue ending the previous paragraph with `:` or `,` ("Asked about the report, Peskov said:").
    private func paragraphIntroduction(before open: Int) -> (Range<Int>, Range<Int>)? {
        guard open > 0, tokens[open - 1].kind == .lineBreak else { return nil }
        var last = open - 1
        while last >= 0, tokens[last].kind == .lineBreak { last -= 1 }
        guard last > 0, tokens[last].lower == ":" || tokens[last].lower == "," else { return nil }
        let floor = max(sentence(of: last).lowerBound, last - configuration.maximumCueGap)
        var index = last - 1
        while index >= floor, segmentOf[index] < 0 {
            if let found = cue(at: index), !found.according, let speaker = speaker(for: found.range) {
                return (speaker.range, found.range)
            }
            index -= 1
        }
        return nil
    }

    /// Stage 4 and 5: a quote after an attributed one in its paragraph keeps that speaker;
    /// else a whole-sentence quote is kept unattributed, and a short one inside a person's
    /// sentence becomes `partial` with the sentence's subject as speaker.
    mutating func attachLeftover(_ index: Int, attributed: [Int]) {
        guard !usedSegments[index] else { return }
        let segment = segments[index]
        guard !claimed[segment.open + 1] || segment.open + 1 == segment.close else { return }
        let startsSentence = isSentenceStart(segment.open)
        if startsSentence, let previous = latestAttributed(before: segment.open, attributed),
            paragraphOf[previous.anchor] == paragraphOf[segment.open]
                || (paragraphOf[segment.open] - paragraphOf[previous.anchor] == 1 && opensParagraph(segment.open)
                    && segment.wordCount >= configuration.minimumUnattributedWords)
        {
            let sameParagraph = paragraphOf[previous.anchor] == paragraphOf[segment.open]
            let owner = sameParagraph ? quoteBeforeAside(previous, opening: segment.open, attributed) ?? previous : previous
            record(segment: index, speaker: owner.speaker, cue: sameParagraph ? owner.cue : nil, stage: .sameParagraph)
            return
        }
        if startsSentence, segment.wordCount >= configuration.minimumUnattributedWords {
            record(segment: index, speaker: nil, cue: nil, stage: .unattributed)
            return
        }
        guard configuration.keepsUncuedPartialQuotes, !startsSentence, !isWorkTitle(segment) else { return }
        let bounds = sentence(of: segment.open)
        guard let phrase = subject(of: bounds), phrase.upperBound <= segment.open, isPerson(phrase), isClauseSubject(phrase) else { return }
        // The names of the subject, not the verb a loose phrase runs on into ("John Smith included").
        let subject = phrases.strictAfter(phrase.lowerBound, ceiling: phrase.upperBound, tokens) ?? phrase
        guard !isPassiveSubject(subject, before: segment.open) else { return }
        record(segment: index, speaker: subject, cue: nil, stage: .unattributed)
        found[found.count - 1].kind = .partial
    }

    /// `“A,” Clark said, noting he would support the others. “B.”`: the direct quote whose attribution an
    /// aside with its own cue follows (a participle or relative clause reported in the reported stage),
    /// when the next quote opens the sentence after the aside. The next quote continues the direct one
    /// (PolNeAR joins A and B), not the aside. Nil when `previous` is no reported aside or no direct
    /// quote's cue shares its sentence.
    private func quoteBeforeAside(_ previous: Found, opening open: Int, _ attributed: [Int]) -> Found? {
        guard previous.stage == .reported || previous.stage == .learned, let asideCue = previous.cue else { return nil }
        let sentence = sentenceOf[asideCue.lowerBound]
        guard sentenceOf[open] == sentence + 1 else { return nil }
        for candidate in attributed.reversed() {
            let item = found[candidate]
            guard item.anchor < previous.anchor else { continue }
            guard let cue = item.cue, sentenceOf[cue.lowerBound] == sentence else { return nil }
            return item.kind == .direct && item.stage == .cueAfterQuote ? item : nil
        }
        return nil
    }

    /// Whether a passive verb follows the subject ("Kim Yo-jong was introduced as a “senior official”"):
    /// the quoted words are then said of the subject, not by it.
    private func isPassiveSubject(_ subject: Range<Int>, before limit: Int) -> Bool {
        var index = subject.upperBound
        while index < limit, !tokens[index].isWord { index += 1 }
        guard index + 1 < limit, Self.passiveAuxiliaries.contains(tokens[index].lower) else { return false }
        var verb = index + 1
        while verb < limit, Self.passiveAdverbs.contains(tokens[verb].lower) { verb += 1 }
        guard verb < limit, tokens[verb].isWord, !tokens[verb].isCapitalized else { return false }
        let word = tokens[verb].lower
        return word.hasSuffix("ed") || word.hasSuffix("en") || Self.irregularParticiples.contains(word)
    }

    /// Forms of "be": before a passive participle, and before a progressive ("has been adding", `isProgressiveAdding`).
    static let passiveAuxiliaries: Set<String> = ["was", "were", "is", "are", "been", "being", "be"]

    /// Adverbs between the auxiliary and the participle ("was later introduced").
    static let passiveAdverbs: Set<String> = ["also", "then", "later", "first", "once", "not", "never", "publicly", "officially"]

    /// Common irregular past participles not ending in "-ed" or "-en".
    static let irregularParticiples: Set<String> = [
        "known", "shown", "seen", "told", "held", "made", "put", "set", "left", "kept", "found", "brought", "thought",
        "caught", "sent", "built", "meant", "led", "paid",
    ]

    /// Whether a subject phrase is a clause's subject, not a possessor or an agent inside a longer
    /// phrase ("... precipitated by Syrian dictator Bashar Assad's violation of the "red line"" has
    /// no speaker): no finite verb inside it and no possessive after it.
    private func isClauseSubject(_ subject: Range<Int>) -> Bool {
        guard subject.upperBound < tokens.count, tokens[subject.upperBound].kind != .possessive else { return false }
        return !subject.contains { Self.finiteWords.contains(tokens[$0].lower) }
    }

    /// The attributed quote with the latest anchor before token `open` (`attributed` is sorted by anchor).
    private func latestAttributed(before open: Int, _ attributed: [Int]) -> Found? {
        var low = 0, high = attributed.count
        while low < high {
            let mid = (low + high) / 2
            if found[attributed[mid]].anchor < open { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? found[attributed[low - 1]] : nil
    }

    /// Whether the quote's opening mark starts its paragraph.
    private func opensParagraph(_ open: Int) -> Bool { open == 0 || tokens[open - 1].kind == .lineBreak }

    private func isSentenceStart(_ open: Int) -> Bool {
        open == 0 || open == sentence(of: open).lowerBound || tokens[open - 1].kind == .lineBreak
            || [".", "?", "!"].contains(tokens[open - 1].lower)
    }

    /// Whether the phrase covers a person mention or is a personal pronoun.
    func isPerson(_ range: Range<Int>) -> Bool {
        if range.count == 1, ["he", "she", "i"].contains(tokens[range.lowerBound].lower) { return true }
        let span = TextRange(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end)
        var low = 0, high = document.mentions.count
        while low < high {
            let mid = (low + high) / 2
            if document.mentions[mid].end <= span.start { low = mid + 1 } else { high = mid }
        }
        while low < document.mentions.count, document.mentions[low].start < span.end {
            if document.mentions[low].kind == .person, document.mentions[low].end > span.start { return true }
            low += 1
        }
        return false
    }
}
