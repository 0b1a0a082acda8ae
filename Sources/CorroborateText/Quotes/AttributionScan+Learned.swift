import CorroborateCore

extension AttributionScan {
    /// A proposed attribution over tokens.
    struct Proposal {
        var cue: Range<Int>
        var speaker: Range<Int>?
        var content: Range<Int>
        var features: [String]
    }

    /// Stage `learned`: in each sentence, left to right, the proposals `model` accepts (by the
    /// threshold of their speaker's kind: a loose clause subject or no speaker needs a surer
    /// content, as they cost speaker accuracy), each made on what earlier stages and proposals left free.
    mutating func findLearned(_ model: CueModel) {
        let attributed = attributedSentences()
        for sentence in sentenceTokens.indices {
            for index in sentenceTokens[sentence] {
                guard
                    let proposal = proposal(
                        at: index, in: sentence, cueWords: model.cueWords, attributed: attributed, senseFeatures: model.usesSenseFeatures
                    ),
                    model.accepts(proposal.features)
                else { continue }
                add(content: widenedToObject(proposal.content, cue: proposal.cue), speaker: proposal.speaker, cue: proposal.cue, stage: .learned)
            }
        }
    }

    /// Every proposal over what the rule stages left, each made as if it were the only one, with
    /// every feature template (training chooses what to leave out).
    func proposals(cueWords: Set<String>) -> [CueProposal] {
        let attributed = attributedSentences()
        var result: [CueProposal] = []
        for sentence in sentenceTokens.indices {
            for index in sentenceTokens[sentence] {
                guard let proposal = proposal(at: index, in: sentence, cueWords: cueWords, attributed: attributed, senseFeatures: true),
                    let content = wordSpan(proposal.content)
                else { continue }
                let cue = TextRange(start: tokens[proposal.cue.lowerBound].start, end: tokens[proposal.cue.upperBound - 1].end)
                let speaker = proposal.speaker.map { TextRange(start: tokens[$0.lowerBound].start, end: tokens[$0.upperBound - 1].end) }
                result.append(CueProposal(content: content, cue: cue, speaker: speaker, features: proposal.features))
            }
        }
        return result
    }

    /// The attribution a free word of `cueWords` at token `index` would make: its speaker by the
    /// phrase rules (else the loose clause subject, else none), and its content after the cue
    /// (past a hearer and "that") or, for a cue ending its clause, before the speaker.
    /// Sentence index -> whether an earlier stage found an attribution in it.
    private func attributedSentences() -> [Bool] {
        var attributed = Array(repeating: false, count: sentenceTokens.count)
        for item in found where item.anchor < tokens.count { attributed[sentenceOf[item.anchor]] = true }
        return attributed
    }

    /// `senseFeatures`: whether the proposal's features include the sense features (only a model that weighs them needs them).
    func proposal(at index: Int, in sentence: Int, cueWords: Set<String>, attributed: [Bool], senseFeatures: Bool) -> Proposal? {
        let token = tokens[index]
        guard token.isWord, !claimed[index], segmentOf[index] < 0,
            cueWords.contains(token.lower) || cueWords.contains(CueStem.key(token.lower)),
            !SpeakerPhrases.skipped.contains(token.lower),
            // A capitalised word inside a sentence is part of a name ("The Associated Press reports").
            !token.isCapitalized || opensSentence(index) || titleCase[sentenceOf[index]],
            !isAdjectivalParticiple(index), !takesReflexive(index), !summonsHelp(index), !Self.reflexives.contains(token.lower),
            !isSubjectOfReportingVerb(index), !followsNounLikeMarker(index), !isReducedPassive(index)
        else { return nil }
        let lexical = cue(at: index)
        guard lexical?.according != true else { return nil }
        let cueRange = lexical?.range ?? index..<(index + 1)
        let bounds = clause(around: index, within: sentenceTokens[sentence])
        let proposed = proposedSpeaker(for: cueRange, bounds)
        var content = proposedContent(cue: cueRange, speaker: proposed, bounds)
        content.range = unclaimedSide(of: content.range, cue: cueRange)
        guard wordCount(content.range) >= configuration.minimumReportedWords else { return nil }
        var features = proposalFeatures(
            at: index, sentence: sentence, lexical: lexical != nil, speaker: proposed, content: content, senseFeatures: senseFeatures
        )
        if attributed[sentence] { features.append("attributed") }
        return Proposal(cue: cueRange, speaker: proposed?.range, content: content.range, features: features)
    }

    /// A speaker phrase and its kind: "pronoun", "named" (ends with a capitalised word), "noun", "loose", "inverted",
    /// "subject" (the clause's opening name or noun phrase, when no phrase rule and no loose subject reaches the cue:
    /// "Reid caucused in Nevada on Saturday and says ...").
    typealias ProposedSpeaker = (range: Range<Int>, kind: String)

    private func proposedSpeaker(for cue: Range<Int>, _ bounds: Range<Int>) -> ProposedSpeaker? {
        if let found = speaker(for: cue), !found.range.contains(where: { claimed[$0] }) {
            if found.inverted { return (found.range, "inverted") }
            if found.range.count == 1, SpeakerPhrases.pronouns.contains(tokens[found.range.lowerBound].lower) {
                return (found.range, "pronoun")
            }
            return (found.range, tokens[found.range.upperBound - 1].isCapitalized ? "named" : "noun")
        }
        if followsPreposition(cue.lowerBound) { return nil }
        if let loose = phrases.loose(endingAt: cue.lowerBound, floor: bounds.lowerBound, tokens), isFree(loose),
            !loose.contains(where: { claimed[$0] })
        {
            return (loose, "loose")
        }
        guard let subject = subject(of: bounds, before: cue.lowerBound), !subject.contains(where: { claimed[$0] }) else { return nil }
        return (subject, "subject")
    }

    /// The content range and its side of the cue ("after" or "before").
    private func proposedContent(cue: Range<Int>, speaker: ProposedSpeaker?, _ bounds: Range<Int>) -> (range: Range<Int>, side: String) {
        let start = clauseStart(after: cue, bounds, keepsObject: false)
        let end = max(start, coordinatedVerb(from: start, bounds))
        let after = start..<(tailAttribution(in: start..<end) ?? end)
        let speakerStart = speaker.map { min($0.range.lowerBound, cue.lowerBound) } ?? cue.lowerBound
        var beforeEnd = speakerStart
        while beforeEnd > bounds.lowerBound, !tokens[beforeEnd - 1].isWord { beforeEnd -= 1 }
        let before = bounds.lowerBound..<max(bounds.lowerBound, beforeEnd)
        let tail = isTail(cue.upperBound, bounds) || participleFollows(cue.upperBound, bounds)
        if speaker?.kind == "inverted"
            || (tail && wordCount(before) >= configuration.minimumReportedWords && !isFrontedClause(before))
            || wordCount(after) < configuration.minimumReportedWords
        {
            return (before, "before")
        }
        return (after, "after")
    }

    /// The features of a proposal: the cue word and its neighbours, its lexicon class, the
    /// speaker's kind and head, the content's side, length and quotation marks, and where the
    /// sentence sits.
    private func proposalFeatures(
        at index: Int, sentence: Int, lexical: Bool, speaker: ProposedSpeaker?, content: (range: Range<Int>, side: String),
        senseFeatures withSense: Bool
    ) -> [String] {
        let outer = sentenceTokens[sentence]
        let word = tokens[index].lower
        let previous = index > outer.lowerBound ? featureText(index - 1) : "<s>"
        let next = index + 1 < outer.upperBound ? featureText(index + 1) : "</s>"
        let afterNext = index + 2 < outer.upperBound ? featureText(index + 2) : "</s>"
        let lexiconClass = detector.lexicon.verbs[word]?.rawValue ?? (lexical ? "phrase" : "none")
        let speakerKind = speaker?.kind ?? "none"
        let length = Self.lengthBucket(wordCount(content.range))
        var features = [
            "w=" + word, "p=" + previous, "n=" + next, "n2=" + afterNext, "pw=" + previous + "_" + word, "wn=" + word + "_" + next,
            "lex=" + lexiconClass, "spk=" + speakerKind, "w_spk=" + word + "_" + speakerKind, "side=" + content.side,
            "w_side=" + word + "_" + content.side, "len=" + length, "side_len=" + content.side + "_" + length,
            "spk_side=" + speakerKind + "_" + content.side,
        ]
        if let speaker { features.append("head=" + tokens[speaker.range.upperBound - 1].lower) }
        features += contentFeatures(content.range, cue: word)
        if withSense {
            features += senseFeatures(at: index, cue: index..<(index + 1), within: outer, content: content.range, side: content.side)
        }
        if tokens[index].isCapitalized { features.append(opensSentence(index) ? "first" : "cap") }
        if content.range.contains(where: { segmentOf[$0] >= 0 }) { features.append("quoted") }
        if paragraphOf[index] == 0 { features.append("headline") }
        if content.side == "after", (index..<content.range.lowerBound).contains(where: { tokens[$0].lower == "that" }) {
            features.append("that")
        }
        return features
    }

    /// Whether the content reads as a clause or a noun phrase: its first word (alone and with the
    /// cue word) and where its first auxiliary or modal comes ("found a way" vs "found it was").
    private func contentFeatures(_ content: Range<Int>, cue: String) -> [String] {
        guard let first = content.first(where: { tokens[$0].isWord }) else { return [] }
        let words = content.filter { tokens[$0].isWord }.prefix(12)
        let position = words.firstIndex { Self.finiteWords.contains(tokens[$0].lower) }.map { $0 - words.startIndex }
        let auxiliary = position.map { $0 < 2 ? "0" : $0 < 4 ? "2" : $0 < 7 ? "4" : "7" } ?? "none"
        return ["cstart=" + tokens[first].lower, "w_cstart=" + cue + "_" + tokens[first].lower, "aux=" + auxiliary, "w_aux=" + cue + "_" + auxiliary]
    }

    /// Auxiliaries and modals: a content with one early is a clause.
    static let finiteWords: Set<String> = [
        "is", "was", "are", "were", "will", "would", "has", "have", "had", "can", "could", "should", "did", "does", "do",
        "may", "might", "must", "isn’t", "wasn’t", "won’t", "wouldn’t", "didn’t", "doesn’t", "don’t", "can’t", "isn't",
        "wasn't", "won't", "wouldn't", "didn't", "doesn't", "don't", "can't",
    ]

    /// A token as a feature value: its lower-cased text, a line break as `<br>` (the cue and content-end models).
    func featureText(_ index: Int) -> String {
        tokens[index].kind == .lineBreak ? "<br>" : tokens[index].lower
    }

    private static func lengthBucket(_ words: Int) -> String {
        switch words {
        case ..<6: return "3"
        case ..<11: return "6"
        case ..<21: return "11"
        case ..<41: return "21"
        default: return "41"
        }
    }
}
