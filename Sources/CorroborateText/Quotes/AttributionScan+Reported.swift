import CorroborateCore

extension AttributionScan {
    /// Stage 3: reported speech in one sentence, in three passes over its cues, left to right in
    /// each: "according to" first, then verbs whose speaker the phrase rules find, then (after an
    /// opening "In a new poll," whose clause no named speaker took) verbs with a loose clause
    /// subject as speaker. A cue inside the content of an earlier one is not used
    /// (nested attributions are part of the outer content).
    mutating func findReported(in sentence: Int) {
        for pass in ReportedPass.allCases {
            if pass == .loose { findDocumentSource(in: sentence) }
            findReported(in: sentence, pass: pass)
        }
    }

    enum ReportedPass: CaseIterable { case according, named, loose }

    private mutating func findReported(in sentence: Int, pass: ReportedPass) {
        let outer = sentenceTokens[sentence]
        var index = outer.lowerBound
        while index < outer.upperBound {
            defer { index += 1 }
            guard !claimed[index], segmentOf[index] < 0, let found = cue(at: index), found.according == (pass == .according) else {
                continue
            }
            let bounds = clause(around: index, within: outer)
            switch pass {
            case .according:
                reportAccording(found.range, bounds)
            case .named:
                if detector.lexicon.verbs[tokens[index].lower] == .ask, reportQuestion(found.range, bounds) { continue }
                if isPassiveWithAgent(found.range) { continue }
                if tokens[index].lower.hasSuffix("ing"), let speaker = continuedSpeaker(before: index) {
                    add(content: clauseStart(after: found.range, bounds)..<bounds.upperBound, speaker: speaker, cue: found.range)
                } else if let speaker = speaker(for: found.range) {
                    reportVerb(found.range, speaker: speaker.range, inverted: speaker.inverted, bounds)
                } else if index > bounds.lowerBound, followsCoordinator(index, floor: bounds.lowerBound), let speaker = latestSpeaker(before: index) {
                    add(content: clauseStart(after: found.range, bounds)..<bounds.upperBound, speaker: speaker, cue: found.range)
                } else if let speaker = continuedSpeaker(before: index) {
                    add(content: clauseStart(after: found.range, bounds)..<bounds.upperBound, speaker: speaker, cue: found.range)
                }
            case .loose:
                if followsPreposition(index) {
                    // "bristled at reports that ...": reports of nobody named; the clause's subject does not speak.
                    add(content: clauseStart(after: found.range, bounds)..<bounds.upperBound, speaker: nil, cue: found.range)
                } else if let loose = phrases.loose(endingAt: index, floor: bounds.lowerBound, tokens), isFree(loose),
                    !loose.contains(where: { claimed[$0] })
                {
                    reportVerb(found.range, speaker: loose, inverted: false, bounds)
                }
            }
        }
    }

    /// `“...,” she said, adding that ...`, `Rubio responded before adding that ...`: the speaker of an
    /// attribution whose cue or speaker ends at most three tokens before token `index` in its sentence
    /// (any earlier stage: the direct quote's `“...,” Anderson said` is found long before reported speech).
    func continuedSpeaker(before index: Int) -> Range<Int>? {
        var best: (end: Int, speaker: Range<Int>)?
        for item in found {
            guard let speaker = item.speaker, let cue = item.cue, sentenceOf[cue.lowerBound] == sentenceOf[index] else { continue }
            if endsBeforeComma(item.content, index), cue.upperBound <= index { return speaker }
            let end = max(speaker.upperBound, cue.upperBound)
            if end <= index, index - end <= 3, end > (best?.end ?? -1) { best = (end, speaker) }
        }
        return best?.speaker
    }

    /// The speaker of the attribution of token `index`'s sentence whose cue ends last before it
    /// (`Rubio thanked Miami and said ...`, `“...,” he said and added that ...`).
    func latestSpeaker(before index: Int) -> Range<Int>? {
        var best: (end: Int, speaker: Range<Int>)?
        for item in found {
            guard let speaker = item.speaker, let cue = item.cue, cue.upperBound < index, sentenceOf[cue.lowerBound] == sentenceOf[index]
            else { continue }
            if cue.upperBound > (best?.end ?? -1) { best = (cue.upperBound, speaker) }
        }
        return best?.speaker
    }

    /// Whether `content` ends at the token before the comma or dash before token `index` (`X said A, adding B`).
    private func endsBeforeComma(_ content: TextRange, _ index: Int) -> Bool {
        guard index >= 2, [",", "-", "–", "—"].contains(tokens[index - 1].lower) else { return false }
        return content.end > tokens[index - 2].start && content.end <= tokens[index - 1].start
    }

    /// The sentence around token `index` cut at sentence ends the segmenter kept together
    /// (`.`, `?`, `!` outside quotation marks, before a capitalised word or an opening mark).
    func clause(around index: Int, within outer: Range<Int>) -> Range<Int> {
        var start = index
        while start > outer.lowerBound, index - start < Self.maximumClauseTokens, !isTerminal(start - 1) { start -= 1 }
        var end = index
        while end < outer.upperBound, end - index < Self.maximumClauseTokens, !isTerminal(end) { end += 1 }
        return start..<min(outer.upperBound, end + 1)
    }

    /// How far a clause reaches from its cue, in tokens, each way (bounds the work on run-on text).
    static let maximumClauseTokens = 250

    private func isTerminal(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .punctuation, [".", "?", "!"].contains(token.lower), segmentOf[index] < 0,
            index + 1 < tokens.count
        else { return false }
        let next = tokens[index + 1]
        return next.kind == .openQuote || next.kind == .lineBreak || (next.isWord && next.isCapitalized)
    }

    /// `according to X, CONTENT` (also after a colon), `CONTENT, according to X`, and the parenthetical `A, according to
    /// X, B`, whose content is the longer side (one range: "Fundraising, according to the
    /// campaign, has surged" gives "has surged ...").
    private mutating func reportAccording(_ cue: Range<Int>, _ bounds: Range<Int>) {
        guard let source = accordingSource(after: cue.upperBound, ceiling: bounds.upperBound), isFree(source) else { return }
        let colon = (bounds.lowerBound..<cue.lowerBound).last { tokens[$0].lower == ":" }
        let bounds = colon.map { ($0 + 1)..<bounds.upperBound } ?? bounds
        let leading = (bounds.lowerBound..<cue.lowerBound).allSatisfy { !tokens[$0].isWord || SpeakerPhrases.leading.contains(tokens[$0].lower) }
        let before = bounds.lowerBound..<cue.lowerBound
        var sourceEnd = afterParentheses(source.upperBound, ceiling: bounds.upperBound)
        if leading, let end = relativeClauseEnd(from: sourceEnd, ceiling: bounds.upperBound) { sourceEnd = end }
        let after = sourceEnd..<bounds.upperBound
        let parenthetical = !leading && sourceEnd < bounds.upperBound && tokens[sourceEnd].lower == ","
            && wordCount(after) > wordCount(before) && !opensRelative(after)
        let content = leading || parenthetical ? after : before
        if isNewsSource(source), let inner = innerAttribution(in: content) {
            let start = clauseStart(after: inner.cue, content)
            add(content: start..<coordinatedVerb(from: start, content), speaker: inner.speaker, cue: inner.cue)
        } else {
            add(content: content, speaker: source, cue: cue)
        }
    }

    /// Where the words after an "according to" source start once an aside on the source is
    /// skipped: "According to Bleeding Cool (who are often pretty reliable on the rumour front),
    /// “...”" opens its content after the parentheses (and the comma, when no content comes before).
    private func afterParentheses(_ index: Int, ceiling: Int) -> Int {
        guard index < ceiling, tokens[index].lower == "(",
            let close = (index + 1..<ceiling).first(where: { tokens[$0].lower == ")" })
        else { return index }
        return close + 1
    }

    /// The comma closing a relative clause on a leading "according to" source ("According to Michael
    /// Madden, who tracks the officials with his blog, Kim Yo-jong is ..."): the content starts there,
    /// as it starts after an aside in parentheses. Nil when no relative clause opens at `index` or no
    /// comma outside a quotation closes it.
    private func relativeClauseEnd(from index: Int, ceiling: Int) -> Int? {
        guard index < ceiling, tokens[index].lower == ",", opensRelative(index..<ceiling) else { return nil }
        return (index + 2..<ceiling).first { tokens[$0].lower == "," && segmentOf[$0] < 0 }
    }

    /// Whether `range` opens with a relative pronoun ("..., according to the statement, which it
    /// says ..."): a clause about the source, never the reported content.
    private func opensRelative(_ range: Range<Int>) -> Bool {
        guard let first = range.first(where: { tokens[$0].isWord }) else { return false }
        return Self.relativePronouns.contains(tokens[first].lower)
    }

    /// Whether a source phrase names an outlet or agency ("the Russian state-funded news agency RIA
    /// Novosti"): one that relays what others said.
    func isNewsSource(_ range: Range<Int>) -> Bool {
        mentions(within: range).contains { $0.kind == .outlet || $0.kind == .agency }
    }

    /// A content of "according to" (from an outlet or agency) that is itself an attribution opening with its speaker
    /// ("According to RIA Novosti, Peskov stated that ..."): the inner speaker and cue, whose
    /// quote it is (the outer source is then an intermediary, listed in `via` when it is cited).
    func innerAttribution(in content: Range<Int>) -> (speaker: Range<Int>, cue: Range<Int>)? {
        guard let first = content.first(where: { tokens[$0].isWord }) else { return nil }
        for index in (first + 1)..<min(first + Self.innerCueReach, content.upperBound) {
            if segmentOf[index] >= 0 || [",", ";", ":"].contains(tokens[index].lower) { return nil }
            guard let found = cue(at: index), !found.according, found.range.count == 1,
                detector.lexicon.verbs[tokens[index].lower] == .speech
            else { continue }
            guard let speaker = speaker(for: found.range), !speaker.inverted, speaker.range.lowerBound == first,
                speaker.range.upperBound <= found.range.lowerBound, found.range.upperBound < content.upperBound,
                namesSomeone(speaker.range)
            else { return nil }
            return (speaker.range, found.range)
        }
        return nil
    }

    /// Whether a speaker phrase holds a named person or organization ("Clinton spokesman Jesse
    /// Lehrich", not "All" of "All told" or "Despite a month of sharpened" of "attacks").
    func namesSomeone(_ range: Range<Int>) -> Bool {
        mentions(within: range).contains { $0.kind != .place && $0.kind != .event && $0.kind != .other }
    }

    /// How many tokens into an "according to" content its inner reporting verb may come.
    static let innerCueReach = 12

    /// The source after "according to": words up to a comma, colon, semicolon, dash, sentence end
    /// or quotation mark, at most 15.
    private func accordingSource(after start: Int, ceiling: Int) -> Range<Int>? {
        var end = start
        while end < ceiling, end - start < 15 {
            let token = tokens[end]
            if token.kind == .openQuote || token.kind == .closeQuote || token.kind == .lineBreak { break }
            if token.kind == .punctuation, [",", ":", ";", ".", "—", "–", "(", ")"].contains(token.lower) { break }
            end += 1
        }
        while end > start, !tokens[end - 1].isWord { end -= 1 }
        return end > start ? start..<end : nil
    }

    /// `X said (that) CONTENT`, `X told reporters CONTENT`, `CONTENT, X said`, `CONTENT, said X`.
    private mutating func reportVerb(_ cue: Range<Int>, speaker: Range<Int>, inverted: Bool, _ bounds: Range<Int>) {
        let commaBefore = speaker.lowerBound > bounds.lowerBound && tokens[speaker.lowerBound - 1].lower == ","
        let opening = bounds.lowerBound..<max(bounds.lowerBound, speaker.lowerBound - 1)
        let introduced = commaBefore && (isIntroductoryPhrase(opening) || isFrontedClause(opening) || isParticipialOpening(opening))
        // "..., the Wall Street Journal reported Monday, citing sources ...": past a time adjunct too.
        let afterTime = SpeakerPhrases.timeAdjunctEnd(startingAt: cue.upperBound, ceiling: bounds.upperBound, tokens)
        let tail = isTail(cue.upperBound, bounds) || participleFollows(cue.upperBound, bounds) || participleFollows(afterTime, bounds)
        // "I met John Smith, who said the war was lost": the clause before a relative "who" is no content of it.
        let relative = speaker.count == 1 && ["who", "which"].contains(tokens[speaker.lowerBound].lower)
        if inverted || (commaBefore && !introduced && !relative && speaker.upperBound <= cue.lowerBound && tail) {
            let end = inverted ? cue.lowerBound - 1 : speaker.lowerBound - 1
            add(content: bounds.lowerBound..<max(bounds.lowerBound, end), speaker: speaker, cue: cue)
            return
        }
        guard speaker.upperBound <= cue.lowerBound else { return }
        let start = clauseStart(after: cue, bounds)
        var end = max(start, coordinatedVerb(from: start, bounds))
        // "The man, who said he was ill, was arrested": a relative clause after the sentence's subject ends where the
        // main verb goes on.
        if relative, opensAfterSubject(speaker, bounds), let resumed = (start..<end).first(where: {
            tokens[$0].lower == "," && $0 + 1 < end && SpeakerPhrases.finiteVerbs.contains(tokens[$0 + 1].lower)
        }) {
            end = resumed
        }
        add(content: start..<(tailAttribution(in: start..<end) ?? end), speaker: speaker, cue: cue)
    }

    /// Whether the relative pronoun `speaker` follows the comma after its sentence's subject ("The man, who said ..."),
    /// with no verb before it ("the narrative released by the Secret Service, which had suggested ..." is no such clause).
    func opensAfterSubject(_ speaker: Range<Int>, _ bounds: Range<Int>) -> Bool {
        let comma = speaker.lowerBound - 1
        guard comma > bounds.lowerBound, tokens[comma].lower == "," else { return false }
        let subject = phrases.clauseSubject(endingAt: comma, floor: bounds.lowerBound, tokens)
            ?? phrases.strict(endingAt: comma, floor: bounds.lowerBound, tokens)
        guard let subject else { return false }
        return (bounds.lowerBound..<subject.lowerBound).allSatisfy { !tokens[$0].isWord || SpeakerPhrases.leading.contains(tokens[$0].lower) }
    }

    /// Where a second attribution closing the content starts ("Residents reported hearing a boom
    /// ..., the Associated Press reports."): the comma before a speaker phrase and its reporting
    /// verb that end the sentence (a time adjunct may follow: "..., officials said on Monday").
    func tailAttribution(in range: Range<Int>) -> Int? {
        var end = range.upperBound
        while end > range.lowerBound, !tokens[end - 1].isWord { end -= 1 }
        let floor = max(range.lowerBound + 1, end - Self.tailAttributionTokens)
        guard floor < end, let comma = (floor..<end).last(where: { tokens[$0].lower == "," && segmentOf[$0] < 0 }) else { return nil }
        for index in (comma + 1)..<end {
            // A lower-case verb of any class closes a content ("..., the Associated Press reports").
            guard let found = cue(at: index, anyVerbClass: !tokens[index].isCapitalized) else { continue }
            guard !found.according, let speaker = speaker(for: found.range),
                opensAfter(comma, speaker.range.lowerBound) || (speaker.inverted && found.range.lowerBound == comma + 1)
            else { return nil }
            var after = min(end, max(found.range.upperBound, speaker.range.upperBound))
            // The hearer of "told" / "tells": "..., the man's attorney told CNN."
            if Self.hearerVerbs.contains(tokens[found.range.upperBound - 1].lower) {
                while after < end, tokens[after].isCapitalized || tokens[after].kind == .possessive || Self.hearerWords.contains(tokens[after].lower) {
                    after += 1
                }
            }
            let rest = SpeakerPhrases.timeAdjunctEnd(startingAt: after, ceiling: range.upperBound, tokens)
            return rest >= end || (after..<end).allSatisfy(isTimeWord) ? comma : nil
        }
        return nil
    }

    /// Whether only an article comes between the comma and the phrase ("..., the Associated Press reports").
    private func opensAfter(_ comma: Int, _ start: Int) -> Bool {
        start > comma && ((comma + 1)..<start).allSatisfy { ["the", "a", "an"].contains(tokens[$0].lower) }
    }

    private func isTimeWord(_ index: Int) -> Bool {
        let word = tokens[index].lower
        return SpeakerPhrases.dayWords.contains(word) || SpeakerPhrases.partsOfDay.contains(word)
            || SpeakerPhrases.periods.contains(word) || ["on", "late", "early", "last", "this", "earlier"].contains(word)
    }

    /// Words of a hearer after "told": "told the AP", "told reporters".
    static let hearerWords: Set<String> = ["the", "a", "an", "reporters", "journalists"]

    /// How many tokens from the content's end a closing attribution may start.
    static let tailAttributionTokens = 10

    /// Whether `, adding ...`, `, saying ...`, `- adding ...` (a reporting participle after a comma or dash) follows token
    /// `index`: the content of `CONTENT, she said, adding that ...` is before the speaker.
    func participleFollows(_ index: Int, _ bounds: Range<Int>) -> Bool {
        guard index + 1 < bounds.upperBound, [",", "-", "–", "—"].contains(tokens[index].lower), tokens[index + 1].lower.hasSuffix("ing")
        else { return false }
        return cue(at: index + 1) != nil
    }

    /// Whether the words before the speaker's comma are an opening adverbial, not a content:
    /// a preposition and at most five more words ("In a statement,", "On Monday,").
    private func isIntroductoryPhrase(_ range: Range<Int>) -> Bool {
        guard let first = range.first(where: { tokens[$0].isWord }) else { return true }
        return SpeakerPhrases.prepositions.contains(tokens[first].lower) && wordCount(range) <= 6
    }

    /// Where a second reporting verb of the same subject starts ("said he makes $41,000 a year
    /// and questioned how ...", "said there is only one, adding that ..."): the content ends before
    /// its "and" or its comma.
    func coordinatedVerb(from start: Int, _ bounds: Range<Int>) -> Int {
        var index = start
        while index + 1 < bounds.upperBound {
            if tokens[index].lower == "and", segmentOf[index] < 0, let next = cue(at: index + 1), !next.according { return index }
            if segmentOf[index] < 0, participleFollows(index, bounds) { return index }
            index += 1
        }
        return bounds.upperBound
    }

    /// Whether the sentence ends soon after `index` with no "that" clause (`..., Peskov said on Monday.`)
    /// and no clause of its own: a short clause opening with a subject pronoun is the content
    /// ("Later in the day, the FBI said it would cooperate.").
    func isTail(_ index: Int, _ bounds: Range<Int>) -> Bool {
        guard bounds.upperBound - index <= 8, !opensPronounClause(index, bounds) else { return false }
        return !(index..<bounds.upperBound).contains { tokens[$0].lower == "that" || tokens[$0].lower == ":" || tokens[$0].kind == .openQuote }
    }

    /// Whether a clause opens at `index` with a subject pronoun and a word after it ("said it would
    /// cooperate", "said they welcome the attention"): the cue's content, not a tail.
    func opensPronounClause(_ index: Int, _ bounds: Range<Int>) -> Bool {
        guard index + 1 < bounds.upperBound, tokens[index + 1].isWord else { return false }
        return Self.clauseSubjects.contains(tokens[index].lower)
    }

    /// Subject pronouns that open a reported clause right after its cue.
    static let clauseSubjects: Set<String> = subjectPronouns.union(["there", "you"])

    /// Where the reported clause after a cue starts: past the hearer of "told" (`hearerVerbs`: "told
    /// reporters", "told him"), past a time adjunct ("said Tuesday"), past "that" when it comes within a few
    /// tokens (but not past an object noun phrase before it: "rejected the notion that ..."), and past `,` and `:`.
    /// `keepsObject: false` skips such an object as before (the learned stage's proposals, whose
    /// features the cue model was trained on; `widenedToObject` widens an accepted one).
    func clauseStart(after cue: Range<Int>, _ bounds: Range<Int>, keepsObject: Bool = true) -> Int {
        var start = cue.upperBound
        let verb = tokens[cue.lowerBound].lower
        if cue.count == 1, Self.hearerVerbs.contains(verb), !Self.objectInContentVerbs.contains(verb) {
            if let hearer = phrases.after(start, ceiling: bounds.upperBound, tokens) {
                start = nameHearerEnd(in: hearer) ?? hearer.upperBound
            } else if start + 1 < bounds.upperBound, Self.objectPronouns.contains(tokens[start].lower), tokens[start + 1].isWord {
                // "told him he's not very good": the pronoun is the hearer.
                start += 1
            } else if start + 1 < bounds.upperBound, tokens[start].isWord, !tokens[start].isCapitalized,
                Self.subjectPronouns.contains(tokens[start + 1].lower)
            {
                // "told medics he had decided ...": a bare noun before the clause's subject pronoun is the hearer.
                start += 1
            }
        }
        start = SpeakerPhrases.timeAdjunctEnd(startingAt: start, ceiling: bounds.upperBound, tokens)
        if let that = (start..<min(start + 8, bounds.upperBound)).first(where: { tokens[$0].lower == "that" }),
            !(start..<that).contains(where: { [".", ";", "“", "\""].contains(tokens[$0].lower) || tokens[$0].kind == .openQuote }),
            !startsClause(start..<that), !opensGerund(start, before: that),
            !keepsObject || !objectNounPhraseOpens(start, before: that, cue: cue)
        {
            start = that + 1
        }
        while start < bounds.upperBound, [",", ":", "—", "–"].contains(tokens[start].lower) { start += 1 }
        return start
    }

    /// Where a hearer that is a name ends before the reported clause with no "that": at a lower-case determiner
    /// or a day after its capitalised words ("told CNN the rumors were untrue", "told CNN Thursday the rumors
    /// ..."), which the hearer phrase would otherwise take in as one noun phrase up to the clause's verb.
    func nameHearerEnd(in hearer: Range<Int>) -> Int? {
        hearer.dropFirst().first { index in
            let token = tokens[index]
            guard tokens[index - 1].isWord, tokens[index - 1].isCapitalized, tokens[index - 1].kind != .possessive else { return false }
            return (!token.isCapitalized && Self.clauseDeterminers.contains(token.lower)) || SpeakerPhrases.dayWords.contains(token.lower)
        }
    }

    /// Determiners that open the reported clause's subject after a named hearer.
    static let clauseDeterminers: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "this", "these", "those"]

    /// Hearer verbs whose object PolNeAR counts in the content ("urged the administration to join ...", "asking him
    /// to probe ..."): measured, leaving it there scores higher.
    static let objectInContentVerbs: Set<String> = ["urged", "asks", "asking"]

    /// Object pronouns that are the hearer after "told" ("told him he was wrong").
    static let objectPronouns: Set<String> = ["him", "her", "them", "us", "me", "you"]
    /// Subject pronouns that open the reported clause after a bare hearer ("told medics he ...").
    static let subjectPronouns: Set<String> = ["he", "she", "they", "we", "i", "it"]

    /// Whether the content opens with a gerund whose object the "that" qualifies ("reported hearing
    /// a boom that left a crater", "denied having a plan that ..."): the "that" is a relative pronoun.
    func opensGerund(_ start: Int, before that: Int) -> Bool {
        guard start < that, tokens[start].isWord, !tokens[start].isCapitalized else { return false }
        let word = tokens[start].lower
        return word.count > 4 && word.hasSuffix("ing") && !Self.notGerunds.contains(word)
    }

    /// Words in -ing that are no gerund ("said during a briefing that ...", "said nothing that ...").
    static let notGerunds: Set<String> = [
        "nothing", "something", "anything", "everything", "during", "regarding", "concerning", "following",
        "including", "considering", "pending", "morning", "evening",
    ]

    /// Whether the words before a "that" already make a clause (a subject pronoun or a finite
    /// verb: "said she was not going to jump to that conclusion"), so the "that" is no complementizer.
    func startsClause(_ range: Range<Int>) -> Bool {
        range.contains { SpeakerPhrases.pronouns.contains(tokens[$0].lower) || Self.finiteWords.contains(tokens[$0].lower) }
    }

    @discardableResult
    mutating func add(content whole: Range<Int>, speaker: Range<Int>?, cue: Range<Int>, stage: QuoteDetector.Stage = .reported) -> Bool {
        // "X was reportedly killed", "X will reportedly play": a hearsay adverb names no source, and its subject
        // is what is reported on, not who reports it ("X reportedly told aides" keeps X).
        // "— has been bombarded with hate calls": a verb phrase is no speaker (`SpeakerPhrases.opensVerbPhrase`).
        let verbPhrase = speaker.map { SpeakerPhrases.opensVerbPhrase($0.lowerBound, tokens) } ?? false
        let hearsay = isSourcelessHearsay(cue)
        // What is reported includes its subject: "[X will] reportedly [play the lead]".
        let whole = hearsay ? hearsaySubject(speaker, cue: cue, content: whole).map { $0.lowerBound..<whole.upperBound } ?? whole : whole
        let speaker = hearsay || verbPhrase ? nil : speaker
        let subordinate = subordinateEnd(content: whole, cue: cue).map { whole.lowerBound..<$0 } ?? whole
        let coordinated = coordinatedReportEnd(content: subordinate, cue: cue).map { subordinate.lowerBound..<$0 } ?? subordinate
        let clause = refusalEnd(content: coordinated, cue: cue).map { coordinated.lowerBound..<$0 } ?? coordinated
        let range = afterDateline(unclaimedSide(of: clause, cue: cue))
        guard !range.isEmpty, wordCount(range) >= configuration.minimumReportedWords,
            !range.contains(where: { claimed[$0] }), let span = wordSpan(range)
        else { return false }
        if opensWithSilence(range) || cue.upperBound < range.upperBound && opensWithSilence(cue.upperBound..<range.upperBound)
            || isNegatedObject(range, cue: cue)
        {
            // Nothing was said: no later stage reads these words as a cue and its content either.
            claim(min(cue.lowerBound, range.lowerBound)..<max(cue.upperBound, range.upperBound))
            return false
        }
        let inner = Set(range.compactMap { segmentOf[$0] >= 0 ? segmentOf[$0] : nil })
        var kind = QuoteKind.indirect
        var content = span
        if !inner.isEmpty {
            kind = .partial
            if inner.count == 1, let only = inner.first, segments[only].wordCount >= wordCount(range) {
                kind = .direct
                content = segments[only].content
            }
            for segment in inner { usedSegments[segment] = true }
        }
        let anchor = range.first(where: { tokens[$0].isWord }) ?? range.lowerBound
        found.append(Found(content: content, speaker: speaker, cue: cue, kind: kind, stage: stage, anchor: anchor))
        claim(range)
        if let speaker { claim(speaker) }
        claim(cue)
        return true
    }

    /// Whether the content is the verb's object saying how much was said, not what: "has not said one public
    /// word about the announcement", "said nothing about the call", "never said anything on it", "predicted as much".
    func opensWithSilence(_ range: Range<Int>) -> Bool {
        let words = range.lazy.filter { self.tokens[$0].isWord }.prefix(4).map { self.tokens[$0].lower }
        guard let first = words.first else { return false }
        // "predicted as much"
        if first == "as", words.count > 1, words[words.index(after: words.startIndex)] == "much" { return true }
        if Self.amountsSaid.contains(first) {
            return words.count == 1 || Self.silencePrepositions.contains(words[words.index(after: words.startIndex)])
        }
        guard Self.silenceDeterminers.contains(first) else { return false }
        return words.dropFirst().prefix(2).contains { $0 == "word" || $0 == "words" }
    }

    /// Whether a negated cue takes a plain object saying what was not done ("has certainly not announced any plans to
    /// implement such a policy", "did not confirm such a move"): nothing was said.
    func isNegatedObject(_ range: Range<Int>, cue: Range<Int>) -> Bool {
        guard let first = range.first(where: { tokens[$0].isWord }), cue.upperBound <= first, first + 1 < tokens.count else { return false }
        // "any plans", "such a policy"; "such plans exist" may be a clause.
        let word = tokens[first].lower
        guard word == "any" || (word == "such" && ["a", "an"].contains(tokens[first + 1].lower)) else { return false }
        let floor = max(sentence(of: cue.lowerBound).lowerBound, cue.lowerBound - 3)
        return (floor..<cue.lowerBound).contains {
            let word = tokens[$0].lower
            return ["not", "never", "no"].contains(word) || word.hasSuffix("n't") || word.hasSuffix("n’t")
        }
    }

    /// What "said" takes as an object when it tells how much was said.
    static let amountsSaid: Set<String> = ["anything", "nothing", "something", "much", "little", "everything"]
    static let silencePrepositions: Set<String> = ["about", "on", "of", "regarding", "to", "in", "publicly", "since", "yet"]
    static let silenceDeterminers: Set<String> = ["a", "one", "any", "another", "single", "not"]

    /// Whether `cue` is a passive participle with its agent ("The letter was first posted by Reddit user fryd_, who
    /// said ..."): its subject is what was posted, and what follows "by" is who posted it, not a content.
    func isPassiveWithAgent(_ cue: Range<Int>) -> Bool {
        guard cue.count == 1, cue.upperBound < tokens.count, tokens[cue.upperBound].lower == "by" else { return false }
        var index = cue.lowerBound - 1
        while index >= 0, Self.passiveAdverbs.contains(tokens[index].lower) { index -= 1 }
        return index >= 0 && Self.passiveAuxiliaries.contains(tokens[index].lower)
    }

    /// Whether `cue` is a hearsay adverb that names no source: inside a passive or perfect verb ("was reportedly
    /// killed", "has reportedly been seen", "is allegedly being held") or before a verb that reports nothing ("will
    /// reportedly play the lead", "reportedly considering a run"). Before a reporting verb its subject still speaks
    /// ("X reportedly told aides that ...").
    func isSourcelessHearsay(_ cue: Range<Int>) -> Bool {
        guard cue.count == 1, Self.hearsayAdverbs.contains(tokens[cue.lowerBound].lower) else { return false }
        let before = cue.lowerBound > 0 ? tokens[cue.lowerBound - 1].lower : ""
        let after = cue.upperBound < tokens.count ? tokens[cue.upperBound].lower : ""
        return Self.passiveAuxiliaries.contains(before) || ["has", "have", "had"].contains(before) || ["been", "be", "being"].contains(after)
            || detector.lexicon.verbs[after] == nil
    }

    /// The subject a sourceless hearsay adverb stands after, when the content follows the adverb in the same sentence:
    /// the report's own first words ("The ISIS leader was reportedly killed").
    func hearsaySubject(_ subject: Range<Int>?, cue: Range<Int>, content: Range<Int>) -> Range<Int>? {
        guard let subject, subject.upperBound <= cue.lowerBound, cue.upperBound <= content.lowerBound,
            sentence(of: subject.lowerBound) == sentence(of: content.lowerBound),
            !(subject.lowerBound..<content.lowerBound).contains(where: { claimed[$0] })
        else { return nil }
        return subject
    }

    /// Adverbs that mark a statement as hearsay without saying whose.
    static let hearsayAdverbs: Set<String> = ["reportedly", "allegedly", "purportedly", "reputedly", "supposedly"]
}
