import CorroborateCore

/// The working state of `QuoteDetector` over one document: tokens, quotation segments,
/// sentence and paragraph of each token, which tokens are already claimed, and what was found.
struct AttributionScan {
    struct Found {
        var content: TextRange
        var speaker: Range<Int>?
        var cue: Range<Int>?
        var kind: QuoteKind
        var stage: QuoteDetector.Stage
        /// First token of the content, for ordering and sentence look-ups.
        var anchor: Int
    }

    let document: TextDocument
    let detector: QuoteDetector
    let tokens: [ScanToken]
    let segments: [QuotedSegment]
    /// Token -> index of the segment whose marks enclose it (marks included), or -1.
    private(set) var segmentOf: [Int]
    /// Token -> sentence index.
    private(set) var sentenceOf: [Int]
    /// Sentence index -> its token indices.
    private(set) var sentenceTokens: [Range<Int>] = []
    /// Sentence index -> whether it is written in title case (a headline: "Clinton Says Russians Hacked DNC").
    private(set) var titleCase: [Bool] = []
    /// Token -> paragraph index.
    private(set) var paragraphOf: [Int]
    var claimed: [Bool]
    var usedSegments: [Bool]
    var found: [Found] = []

    var phrases: SpeakerPhrases { detector.phrases }
    var configuration: QuoteDetector.Configuration { detector.configuration }

    init(document: TextDocument, detector: QuoteDetector) {
        self.document = document
        self.detector = detector
        let tokens = WordScanner.tokens(of: document.scalars)
        self.tokens = tokens
        self.segments = QuotationPairer().segments(tokens, scalars: document.scalars)
        segmentOf = Array(repeating: -1, count: tokens.count)
        for (index, segment) in segments.enumerated() {
            for token in segment.open...segment.close { segmentOf[token] = index }
        }
        paragraphOf = Array(repeating: 0, count: tokens.count)
        var paragraph = 0
        for index in tokens.indices {
            if tokens[index].kind == .lineBreak, index > 0, tokens[index - 1].kind != .lineBreak { paragraph += 1 }
            paragraphOf[index] = paragraph
        }
        sentenceOf = Array(repeating: 0, count: tokens.count)
        claimed = Array(repeating: false, count: tokens.count)
        usedSegments = Array(repeating: false, count: segments.count)
        assignSentences()
    }

    private mutating func assignSentences() {
        var ranges = document.sentences.sorted()
        if ranges.isEmpty { ranges = Self.lineRanges(document.scalars) }
        var sentence = 0
        for index in tokens.indices {
            while sentence < ranges.count - 1, ranges[sentence].end <= tokens[index].start { sentence += 1 }
            sentenceOf[index] = sentence
        }
        sentenceTokens = Array(repeating: 0..<0, count: max(ranges.count, 1))
        var start = 0
        for index in 1...tokens.count where index == tokens.count || sentenceOf[index] != sentenceOf[start] {
            sentenceTokens[sentenceOf[start]] = start..<index
            start = index
        }
        titleCase = sentenceTokens.map(isTitleCase)
    }

    /// At least `minimumTitleWords` words, of which 70 % or more open with a capital letter.
    private func isTitleCase(_ range: Range<Int>) -> Bool {
        var words = 0, capitalized = 0
        for index in range where tokens[index].isWord {
            words += 1
            if tokens[index].isCapitalized { capitalized += 1 }
        }
        return words >= Self.minimumTitleWords && capitalized * 10 >= words * 7
    }

    static let minimumTitleWords = 4

    /// Lines as sentences, for documents given without a sentence layer.
    static func lineRanges(_ scalars: [Unicode.Scalar]) -> [TextRange] {
        var ranges: [TextRange] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            if index > start { ranges.append(TextRange(start: start, end: index)) }
            start = index + 1
        }
        if scalars.count > start { ranges.append(TextRange(start: start, end: scalars.count)) }
        return ranges.isEmpty ? [TextRange(start: 0, end: scalars.count)] : ranges
    }

    mutating func run() {
        guard !tokens.isEmpty else { return }
        runRules()
        if let model = detector.cueModel { findLearned(model) }
        if let model = detector.contentEndModel { trimContents(model) }
        addLeadIns()
        addParentheticalOpenings()
        attachLeftovers()
        dropCuePrepositions()
        dropCoordinatedCues()
        takeOuterReports()
    }

    /// The rule stages up to reported speech (the proposals of the `learned` stage start from what they leave).
    mutating func runRules() {
        guard !tokens.isEmpty else { return }
        findLabels()
        for index in segments.indices { attachCueAfter(index) }
        for index in segments.indices { attachSignature(index) }
        for index in segments.indices { attachCueBefore(index) }
        for sentence in sentenceTokens.indices { findReported(in: sentence) }
    }

    private mutating func attachLeftovers() {
        let attributed = found.indices.filter { found[$0].speaker != nil }.sorted { found[$0].anchor < found[$1].anchor }
        for index in segments.indices { attachLeftover(index, attributed: attributed) }
    }

    // MARK: - Shared helpers

    /// The sentence's tokens around token `index`.
    func sentence(of index: Int) -> Range<Int> { sentenceTokens[sentenceOf[index]] }

    /// A cue starting at token `index` (a capitalised one only opening a sentence or in a title-case
    /// headline): a reporting verb (with the verb phrase that completes it:
    /// "told reporters", "said in a statement") or "according to". Nouns are excluded by the
    /// word before ("the claims", "media reports"). `anyVerbClass` accepts verbs of every class of the
    /// lexicon, those the configuration leaves to the learned stage included ("reports").
    func cue(at index: Int, anyVerbClass: Bool = false) -> (range: Range<Int>, according: Bool)? {
        let token = tokens[index]
        guard token.isWord, !token.isCapitalized || opensSentence(index) || titleCase[sentenceOf[index]] || isCapitalizedCue(index) else {
            return nil
        }
        if let phrase = matchPhrase(at: index) {
            return (index..<(index + phrase.words.count), phrase.role == .before)
        }
        guard let verbClass = detector.lexicon.verbs[token.lower], anyVerbClass || configuration.verbClasses.contains(verbClass) else {
            return nil
        }
        if isNounMarked(index) || isNounCompound(at: index) || takesReflexive(index) || summonsHelp(index) || isReducedPassive(index)
            || isProgressiveAdding(index)
        {
            return nil
        }
        return (index..<(index + 1), false)
    }

    /// Whether token `index` is a reporting verb some writers capitalise after a name ("Jordanian author Waleed Abu
    /// Nada Tweeted on Wednesday, “...”"): one of `capitalizedCues`, after a capitalised word, before a lower-case
    /// word or punctuation (so a title-case run such as "Tweeted Photos" stays a name).
    func isCapitalizedCue(_ index: Int) -> Bool {
        guard index > 0, Self.capitalizedCues.contains(tokens[index].lower), tokens[index - 1].isWord,
            tokens[index - 1].isCapitalized
        else { return false }
        return index + 1 >= tokens.count || !tokens[index + 1].isWord || !tokens[index + 1].isCapitalized
    }

    /// Reporting verbs that are no name's word, so a capital on them after a name is the writer's ("Said" is a
    /// name: Edward Said).
    static let capitalizedCues: Set<String> = ["tweeted", "wrote", "told", "posted", "stated", "explained", "insisted", "tweets", "writes", "tells"]

    /// Whether token `index` is the first word of its sentence or follows a colon (line breaks,
    /// quotation marks and punctuation before it do not count: a sentence opening a paragraph
    /// starts at the break).
    func opensSentence(_ index: Int) -> Bool {
        let floor = sentence(of: index).lowerBound
        var previous = index - 1
        while previous >= floor, !tokens[previous].isWord {
            if tokens[previous].lower == ":" { return true }
            previous -= 1
        }
        return previous < floor
    }

    /// Whether a determiner or noun before token `index` makes it a noun ("the claims", "press
    /// reports") or a possessive makes a participle an adjective ("O'Neal's alleged experience"); the last word
    /// of a name does not ("The Associated Press reports", "Fox News claims").
    private func isNounMarked(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        // "Father O'Neal's alleged experience": after a possessive a participle is an adjective ("Trump's claims
        // that ..." stays a cue, as PolNeAR counts it).
        if isAdjectivalParticiple(index) { return true }
        let previous = tokens[index - 1]
        return Self.nounMarkers.contains(previous.lower) && (!previous.isCapitalized || opensSentence(index - 1))
    }

    /// Whether token `index` is a participle after a possessive ("O'Neal's alleged experience"), where "who's called
    /// for" and "he's said" are contractions of "has", not possessives.
    func isAdjectivalParticiple(_ index: Int) -> Bool {
        guard index > 1, tokens[index - 1].kind == .possessive, tokens[index].lower.hasSuffix("ed") else { return false }
        return !Self.contractingWords.contains(tokens[index - 2].lower)
    }

    /// Words whose "'s" is "is" or "has".
    static let contractingWords: Set<String> = [
        "who", "he", "she", "it", "that", "there", "what", "where", "here", "everyone", "everybody", "nobody", "someone", "one",
    ]

    /// Whether a cue word that is also a noun is used as one: after a noun that names its kind
    /// ("a phone call", "a conference call"), or as the head of "a/the WORD CUE" ("a news report"),
    /// unless WORD is a source noun ("the newspaper reports that ...", "the official claims").
    private func isNounCompound(at index: Int) -> Bool {
        guard Self.nounLikeCues.contains(tokens[index].lower), index > 0 else { return false }
        if isSubjectOfReportingVerb(index) { return true }
        let previous = tokens[index - 1]
        // "press reports" is a noun; "The Associated Press reports" is the agency reporting.
        if Self.compoundModifiers.contains(previous.lower), !previous.isCapitalized || opensSentence(index - 1) { return true }
        // "the newspaper reports that ...": a source noun before the word is its subject, not a modifier.
        if phrases.sourceNouns.contains(previous.lower) { return false }
        if followsNounLikeMarker(index) { return true }
        let marker = index > 1 ? tokens[index - 2].lower : ""
        return index > 1 && previous.isWord && !previous.isCapitalized && (Self.nounMarkers.contains(marker) || Self.nounLikeMarkers.contains(marker))
    }

    /// Whether token `index`, a cue word that is a noun as often as a verb, is the subject of a reporting verb right
    /// after it: "several local reports said", "claims suggest".
    func isSubjectOfReportingVerb(_ index: Int) -> Bool {
        guard Self.nounLikeCues.contains(tokens[index].lower), index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return next.isWord && !next.isCapitalized && Self.reportingAfterNoun.contains(next.lower)
    }

    /// Whether token `index`, a cue word that is a noun as often as a verb, follows a word that makes it a noun
    /// ("Several calls to the shop went unanswered").
    func followsNounLikeMarker(_ index: Int) -> Bool {
        index > 0 && Self.nounLikeCues.contains(tokens[index].lower) && Self.nounLikeMarkers.contains(tokens[index - 1].lower)
    }

    /// Whether token `index`, "report" or "reports", follows a preposition that makes it a noun: "bristled at
    /// reports that ...", "back in the news with reports that ..." (the reports are nobody's in particular, so the
    /// clause's subject is not their speaker).
    func followsPreposition(_ index: Int) -> Bool {
        // Only reports: "responded with claims that ...", "followed up with comments" are the subject's own.
        guard index > 0, ["report", "reports"].contains(tokens[index].lower) else { return false }
        let previous = tokens[index - 1]
        return !previous.isCapitalized && Self.nounPrepositions.contains(previous.lower)
    }

    /// Cue words that are nouns as often as verbs.
    static let nounLikeCues: Set<String> = [
        "call", "calls", "report", "reports", "claim", "claims", "comment", "comments", "warning", "reply", "answer", "statement",
    ]

    /// Reporting verbs that make a noun-like cue right before them their subject ("reports said", "claims suggest").
    static let reportingAfterNoun: Set<String> = [
        "said", "say", "says", "suggest", "suggested", "suggests", "claimed", "indicated", "indicate", "showed", "show", "stated",
    ]

    /// Nouns that make a compound with a following noun-like cue ("phone call").
    static let compoundModifiers: Set<String> = [
        "phone", "telephone", "conference", "video", "news", "press", "media", "wire", "police", "intelligence", "hate",
        "prank", "crank", "distress", "emergency",
    ]

    static let nounMarkers: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "media", "news", "these", "those", "this",
        "such", "unconfirmed", "initial", "false", "earlier", "recent", "press", "new", "many", "some",
    ]

    /// Prepositions after which a noun-like cue is a noun (not "to": "to claim", "to comment" are verbs).
    static let nounPrepositions: Set<String> = [
        "with", "at", "amid", "amidst", "despite", "following", "after", "about", "over", "of", "by", "from", "among",
        "against", "on", "in", "into", "without", "under",
    ]

    /// Words that make a noun-like cue after them (or after one more word) a noun: "several reports", "multiple
    /// local reports". Not markers of every cue: "One local said" reports.
    static let nounLikeMarkers: Set<String> = ["several", "multiple", "numerous", "conflicting", "other", "further", "separate", "local"]

    private func matchPhrase(at index: Int) -> (words: [String], role: ReportingLexicon.PhraseRole)? {
        for phrase in detector.lexicon.phrases where index + phrase.words.count <= tokens.count {
            var matches = true
            for (offset, word) in phrase.words.enumerated() where tokens[index + offset].lower != word {
                matches = false
                break
            }
            if matches { return phrase }
        }
        return nil
    }

    /// The speaker of a cue: the phrase before it (a relative "who" stays the speaker span; its
    /// antecedent gives the name), the sentence's
    /// subject for a participle (`, telling AFP`, `, saying`), or the inverted phrase after it
    /// (`, said X`; never after "told" or "asked", whose object is the hearer).
    func speaker(for cue: Range<Int>) -> (range: Range<Int>, inverted: Bool)? {
        let bounds = sentence(of: cue.lowerBound)
        let verb = tokens[cue.lowerBound].lower
        let previous = cue.lowerBound > bounds.lowerBound ? tokens[cue.lowerBound - 1] : nil
        if previous?.lower == ",", verb.hasSuffix("ing"), cue.count == 1 {
            return subject(of: bounds, before: cue.lowerBound).map { ($0, false) }
        }
        if previous?.lower == "as", verb == "saying", cue.lowerBound - 1 > bounds.lowerBound,
            let quoted = phrases.strict(endingAt: cue.lowerBound - 1, floor: bounds.lowerBound, tokens), isFree(quoted)
        {
            // "The Daily Mail reports a police spokesperson as saying": the one quoted, after the relaying verb.
            let relay = quoted.dropLast().last { detector.lexicon.verbs[tokens[$0].lower] != nil && !tokens[$0].isCapitalized }
            return (relay.map { ($0 + 1)..<quoted.upperBound } ?? quoted, false)
        }
        if let phrase = phrases.before(cue.lowerBound, floor: bounds.lowerBound, tokens), isFree(phrase) {
            // "his mother Susan Bibeau, who sits on the board, released a statement saying": the issuing verb's subject.
            if Self.issuingVerbs.contains(tokens[phrase.lowerBound].lower), phrase.lowerBound > bounds.lowerBound,
                let subject = phrases.before(phrase.lowerBound, floor: bounds.lowerBound, tokens), isFree(subject)
            {
                return (subject, false)
            }
            return (issuer(of: phrase) ?? phrase, false)
        }
        let afterComma = previous.map { $0.lower == "," || $0.kind == .closeQuote } ?? false
        if afterComma, !Self.hearerVerbs.contains(verb),
            let phrase = phrases.after(cue.upperBound, ceiling: bounds.upperBound, tokens), isFree(phrase),
            !opensComplement(after: phrase, ceiling: bounds.upperBound)
        {
            return (phrase, true)
        }
        return nil
    }

    /// Whether token `index` is a raising participle right after a noun and before "to", with no auxiliary ("a man
    /// believed to be Mr Haines", "a drone said to be American"): a reduced relative clause, in which nobody speaks.
    /// "He is believed to be ..." keeps its cue.
    func isReducedPassive(_ index: Int) -> Bool {
        guard raisesItsSubject(index..<(index + 1)), index > 0 else { return false }
        let previous = tokens[index - 1]
        return previous.isWord && !Self.passiveAuxiliaries.contains(previous.lower) && !Self.passiveAdverbs.contains(previous.lower)
            && !previous.lower.hasSuffix("ly") && !SpeakerPhrases.pronouns.contains(previous.lower)
    }

    /// Whether `cue` is a raising participle before an infinitive of the verbs raising goes with ("is said to have
    /// been", "believed to be"), not before "to" and a hearer ("said to the TV", "said to reporters").
    func raisesItsSubject(_ cue: Range<Int>?) -> Bool {
        guard let cue, cue.count == 1, cue.upperBound + 1 < tokens.count, tokens[cue.upperBound].lower == "to" else { return false }
        return Self.raisingParticiples.contains(tokens[cue.lowerBound].lower) && Self.raisedInfinitives.contains(tokens[cue.upperBound + 1].lower)
    }

    /// Infinitives after a raising participle: "said to be", "believed to have", "thought to number".
    static let raisedInfinitives: Set<String> = [
        "be", "have", "become", "contain", "include", "involve", "pose", "hold", "own", "possess", "live", "number", "lead",
        "exist", "carry", "remain", "stand", "cost", "weigh", "date",
    ]

    /// Participles that raise their passive subject ("believed to be", "said to have"): the noun before them is
    /// what is believed, not who believes.
    static let raisingParticiples: Set<String> = [
        "believed", "thought", "said", "reported", "alleged", "rumored", "rumoured", "understood", "expected", "known",
        "considered", "presumed", "suspected", "claimed",
    ]

    /// Verbs whose object is the one spoken to, not the speaker, before the reported clause ("told reporters").
    static let hearerVerbs: Set<String> = ["told", "tells", "tell", "telling", "asked", "asks", "asking", "warned", "assured", "reminded", "urged"]

    /// The first speaker-like phrase of a sentence before token `limit`, skipping opening
    /// adverbs, commas and an introductory place or time ("In Moscow, Peskov ...").
    func subject(of bounds: Range<Int>, before limit: Int? = nil) -> Range<Int>? {
        let ceiling = limit ?? bounds.upperBound
        var start = bounds.lowerBound
        while start < ceiling {
            while start < ceiling, SpeakerPhrases.leading.contains(tokens[start].lower)
                || (!tokens[start].isWord && tokens[start].kind != .possessive)
            {
                start += 1
            }
            let introduced = start > bounds.lowerBound && Self.prepositions.contains(tokens[start - 1].lower)
            guard let phrase = phrases.after(start, ceiling: ceiling, tokens), isFree(phrase) else { return nil }
            let comma = phrase.upperBound < ceiling && tokens[phrase.upperBound].lower == ","
            if introduced, comma {
                start = phrase.upperBound + 1
                continue
            }
            return phrase
        }
        return nil
    }

    static let prepositions: Set<String> = ["in", "on", "at", "from", "after", "before", "during", "since", "by"]

    func isFree(_ range: Range<Int>) -> Bool {
        range.allSatisfy { segmentOf[$0] < 0 }
    }

    mutating func claim(_ range: Range<Int>) {
        for index in range where index < claimed.count { claimed[index] = true }
    }

    /// The scalar range from the first to the last word of tokens `range`, punctuation trimmed,
    /// except a closing quotation mark whose opening mark is inside (`as “pure fiction”`), and an
    /// opening mark whose closing mark is inside (`said “there was no conversation” and ...`).
    func wordSpan(_ range: Range<Int>) -> TextRange? {
        guard var first = range.first(where: { tokens[$0].isWord }), let last = range.last(where: { tokens[$0].isWord })
        else { return nil }
        if first > range.lowerBound, tokens[first - 1].kind == .openQuote, segmentOf[first - 1] >= 0,
            segments[segmentOf[first - 1]].close < last
        {
            first -= 1
        }
        var end = last
        var next = last + 1
        while next < range.upperBound, tokens[next].kind == .punctuation, next - last < 3 { next += 1 }
        if next < range.upperBound, tokens[next].kind == .closeQuote, segmentOf[next] >= 0, segments[segmentOf[next]].open >= first {
            end = next
        }
        return TextRange(start: tokens[first].start, end: tokens[end].end)
    }

    func wordCount(_ range: Range<Int>) -> Int { range.reduce(0) { $0 + (tokens[$1].isWord ? 1 : 0) } }

    mutating func record(segment index: Int, speaker: Range<Int>?, cue: Range<Int>?, stage: QuoteDetector.Stage) {
        let segment = segments[index]
        var content = segment.content
        if content.end > content.start, document.scalars[content.end - 1] == "," { content.end -= 1 }
        found.append(Found(content: content, speaker: speaker, cue: cue, kind: .direct, stage: stage, anchor: segment.open + 1))
        usedSegments[index] = true
        claim(segment.open..<(segment.close + 1))
        if let speaker { claim(speaker) }
        if let cue { claim(cue) }
    }
}
