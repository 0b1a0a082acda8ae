import CorroborateCore
import CorroborateEmbeddings

/// Finds the claims a story's coverage is about and every holder's position on them.
///
/// Stages, in order:
/// 1. assertions: a sentence with a `report` citation ("The Washington Post reported ... that P")
///    makes the cited source assert P (the clause after "that", else the content of the quote the
///    cited source speaks: "P, Variety reports"); anonymous sources count as the citing outlet's assertion;
///    a person's or organization's reported statement ("Voss said Reyhl should resign") is that
///    speaker's assertion, kept apart from other claims and a claim only once another holder's
///    position lands on it; an outlet's reported statement with no report citation in its sentence
///    ("as The Hollywood Reporter revealed, ...") is its report (`outletReports`);
/// 2. positions: a sentence with a stance cue (`PositionCues`: denies, declines, confirms, doubts)
///    gives its holder - the quote's speaker, else the last entity mentioned before the cue - that
///    stance on the claim it names ("denied reports that P" -> P), else on the most similar
///    claim, else on the story's main claim; a denial naming a report also makes that report's
///    source assert the claim; both names of a coordinated subject ("A and B confirmed") hold it, and a
///    confirmed state of safety ("the Batmobile is safe") denies the alike claim of harm;
/// 3. a claim text joins the most alike claim already drafted (`likeness` over its wordings:
///    words, or meaning with a shared word) instead of opening its own; texts are made explicit
///    first (`ClaimContext`: resolved days, "the two" named), and compared without a trailing
///    reference to another claim ("... about the reported call"); drafts a later wording links
///    are then joined;
/// 4. status: asserted and denied -> disputed; only denied -> denied; confirmed and not denied
///    -> confirmed; only asserted -> reported; otherwise unconfirmed.
public struct ClaimBuilder: Sendable {
    public var cues: PositionCues
    /// Cosine of content words at which two claim texts are one claim.
    public var sameClaim: Float = 0.35
    /// Embedding cosine at which two claim texts are one claim (when `meaning` is set).
    public var sameMeaning: Float = 0.62
    /// Embedding cosine at which a report's content without "that" joins another claim text.
    public var reportMeaning: Float = 0.7
    /// Sentence embeddings, to merge claims worded differently; nil compares words only.
    public var meaning: SentenceMeaning?
    /// Cosine below which a position's sentence does not belong to an existing claim.
    public var relatedClaim: Float = 0.12
    /// Word cosine at which a speaker's statement goes on with a report just before it (`elaboratedReport`).
    public var elaborationWords: Float = 0.2
    /// Every article's stance toward every claim, as the stance model reads it: for each claim
    /// text, the stance of each body in order (each body prepared once, not once per claim); nil
    /// leaves `Claim.coverage` empty. A story of one article gets none: its claims are drawn from
    /// that article, and there is no other outlet's coverage to set beside it.
    public var coverageStances: (@Sendable (_ bodies: [String], _ claims: [String]) -> [[CoverageStance]])?
    /// Words kept of a claim clause.
    public var maximumWords = 24
    private let tokenizer = TermTokenizer.english()
    private var statistics = TermStatistics()

    public init(cues: PositionCues = .bundled()) {
        self.cues = cues
    }

    /// The story's claims; texts are compared by TF-IDF over the story's sentences (`statistics`),
    /// so the names every sentence shares weigh little against what is claimed about them.
    func claims(_ inputs: [StoryInput], entities: StoryEntities, quotes: [Quote], statistics: TermStatistics) -> [Claim] {
        var builder = self
        builder.statistics = statistics
        let claims = builder.draftClaims(inputs, entities: entities, quotes: quotes)
        guard let coverageStances, !claims.isEmpty, inputs.count > 1 else { return claims }
        let stances = coverageStances(inputs.map(\.annotated.text), claims.map(\.text))
        return zip(claims, stances).map { claim, row in
            var claim = claim
            claim.coverage = zip(inputs, row).map { ArticleStance(article: $0.article.id, stance: $1) }
            return claim
        }
    }

    /// Gathers every position as a step, embeds the claim texts that meaning may join in one
    /// call, then places the positions in order.
    private func draftClaims(_ inputs: [StoryInput], entities: StoryEntities, quotes: [Quote]) -> [Claim] {
        var steps: [ClaimStep] = []
        var reports: [ClaimStep] = []
        var elaborations: [ClaimStep] = []
        for input in inputs {
            var anchors: [ReportAnchor] = []
            assertions(in: input, entities: entities, into: &steps, reports: &reports, anchors: &anchors)
            statements(in: input, entities: entities, quotes: quotes, anchors: anchors, into: &steps, elaborations: &elaborations)
        }
        for input in inputs { positions(in: input, entities: entities, quotes: quotes, into: &steps) }
        // Reports without "that" come last: they join a claim already drafted or open one after
        // all others, and neither draw positions placed by nearness nor become the main claim.
        // Their meaning must be closer (`reportMeaning`): what a source reports beside the
        // story's claim is often about the same things in other words ("the Watch will be
        // released by February" is no price of the Watch).
        let firstReport = steps.count
        steps += reports + elaborations
        let vectors = steps.map { $0.compared.map(vector) }
        let embeddings = embeddings(of: steps, vectors: vectors)
        var drafts: [ClaimDraft] = []
        var denials: [(Position, ClaimWording)] = []
        for (index, step) in steps.enumerated() {
            let wording = vectors[index].map {
                ClaimWording(vector: $0, embedding: embeddings[index], sameMeaning: index >= firstReport ? reportMeaning : sameMeaning,
                             people: step.compared.map { ClaimPeople(in: $0, entities: entities) } ?? ClaimPeople(), text: step.compared ?? "")
            }
            place(step, wording: wording, in: &drafts)
            if case .negated(let denial, _, _) = step, let wording { denials.append((denial, wording)) }
        }
        mergeAlike(&drafts)
        for (denial, wording) in denials { place(denial, wording: wording, in: &drafts) }
        return drafts.filter(\.isClaim).map { $0.claim() }
    }

    /// The embedding of each step's compared text, from one encoder call; nil without `meaning`,
    /// for steps that name no claim, and for texts that share no content word with any other
    /// step's: `likeness` reads meaning only beside shared words.
    private func embeddings(of steps: [ClaimStep], vectors: [SparseVector?]) -> [[Float]?] {
        guard let meaning else { return steps.map { _ in nil } }
        let compared = vectors.indices.filter { index in
            guard let vector = vectors[index] else { return false }
            return vectors.indices.contains { other in other != index && (vectors[other].map { vector.dot($0) > 0 } ?? false) }
        }
        guard !compared.isEmpty else { return steps.map { _ in nil } }
        var embedded = Array(repeating: [Float]?.none, count: steps.count)
        for (index, vector) in zip(compared, meaning.embed(compared.compactMap { steps[$0].compared })) { embedded[index] = vector }
        return embedded
    }

    /// Places one step's position: on the most alike draft, a new draft, or the claim nearest
    /// its sentence.
    private func place(_ step: ClaimStep, wording: ClaimWording?, in drafts: inout [ClaimDraft]) {
        switch step {
        case .claim(let position, let text, _):
            if let wording { add(position, claim: text, member: wording, to: &drafts) }
        case .reported(let position, let text, _):
            if let wording { add(position, claim: text, member: wording, to: &drafts, rewords: false) }
        case .quoted(let position, let text, _):
            if let wording { addStatement(position, text: text, member: wording, to: &drafts) }
        case .negated:
            break
        case .nearest(let position, let sentence):
            if let index = closestClaim(to: sentence, for: position, in: drafts) ?? mainClaim(drafts) { drafts[index].add(position) }
        case .elaborating(let position, let report):
            if let index = drafts.indices.first(where: { !drafts[$0].fromQuote && drafts[$0].holds(report) }) { drafts[index].add(position) }
        }
    }

    // MARK: - Stage 1: assertions from report citations

    private func assertions(in input: StoryInput, entities: StoryEntities, into steps: inout [ClaimStep], reports: inout [ClaimStep],
                            anchors: inout [ReportAnchor]) {
        let context = ClaimContext(input: input, entities: entities)
        for citation in input.annotated.citations where citation.kind == .report {
            guard let range = input.annotated.sentences.first(where: { $0.start <= citation.start && citation.start < $0.end }) else { continue }
            let sentence = context.explicitText(range)
            guard cues.stance(in: sentence) == nil else { continue }
            let holder = entities.entity(named: citation.source)
            let position = Position(holder: holder?.id, holderName: holder?.name ?? citation.source, stance: .asserts, articles: [input.article.id])
            // The report's own "that" follows its citation: in "... an organization that assists refugees, the Daily
            // News reported" the "that" is a relative pronoun, and the report's content is the quote's.
            let cited = citation.start > range.start ? context.explicitText(TextRange(start: citation.start, end: range.end)) : sentence
            if let clause = clause(after: ["that"], in: cited) {
                let claim = step(position, claim: clause, context: context, at: range)
                steps.append(claim)
                anchors.append(ReportAnchor(step: claim, sentence: range, in: input))
            } else if let content = reportedContent(of: citation, in: input, sentence: range),
                      case .claim(let position, let text, let compared) = step(position, claim: content, context: context, at: range) {
                reports.append(.reported(position, text: text, compared: compared))
                anchors.append(ReportAnchor(step: reports[reports.count - 1], sentence: range, in: input))
            }
        }
        for (report, range) in outletReports(in: input, entities: entities, context: context) {
            reports.append(report)
            anchors.append(ReportAnchor(step: report, sentence: range, in: input))
        }
    }

    /// What a report citation without "that" reports: the content of the quote in its sentence
    /// whose speaker is the cited source ("Steve Wozniak will be played by Seth Rogen, Variety
    /// reports"; "according to TheWrap, Rogen is not yet signed on"), as a claim clause. The
    /// content must be most of the sentence (`reportedShare` of its words): a source's short
    /// object ("citing a statement from ...", "writing on Facebook") states no claim.
    private func reportedContent(of citation: CitationSpan, in input: StoryInput, sentence: TextRange) -> String? {
        guard let span = input.annotated.quotes.first(where: { span in
            guard let speaker = span.speaker, let cue = span.cue, sentence.start <= span.content.start, span.content.end <= sentence.end,
                  let verb = Self.cueVerb(input.string(cue)), Self.reportingCues.contains(verb)
            else { return false }
            return speaker.start < citation.end && citation.start < speaker.end
        }) else { return nil }
        return reportClaim(of: span, sentence: sentence, input: input)
    }

    /// The claim clause a report's content states: nil unless the content (without a dateline) is most of the
    /// report's part of its sentence (`reportScope`, `reportedShare`) and its clause has `reportedWords` words.
    func reportClaim(of span: QuoteSpan, sentence: TextRange, input: StoryInput) -> String? {
        let content = Self.withoutDateline(input.string(span.content))
        let scope = span.speaker.map { Self.reportScope(speaker: $0, cue: span.cue ?? $0, sentence: sentence, input: input) } ?? sentence
        guard Double(content.split(separator: " ").count) >= Self.reportedShare * Double(input.string(scope).split(separator: " ").count),
              let claim = contentClause(content), claim.split(separator: " ").count >= Self.reportedWords
        else { return nil }
        return claim
    }

    /// `text` without a leading dateline credit that ends in a bracket and a dash ("CNN) -- A
    /// meteorite ..." -> "A meteorite ...").
    static func withoutDateline(_ text: String) -> String {
        guard let dash = [" -- ", " — ", " – "].compactMap({ text.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
              text.distance(from: text.startIndex, to: dash.lowerBound) <= 40, text[..<dash.lowerBound].hasSuffix(")")
        else { return text }
        return String(text[dash.upperBound...])
    }

    /// The least words of a claim clause, and the least share of its sentence's words for the
    /// content it is cut from, when a report makes a claim without "that".
    static let reportedWords = 5
    static let reportedShare = 0.6
    /// Cues whose content is what the source reports ("Reuters cited a statement" names a source,
    /// not a claim).
    static let reportingCues: Set<String> = [
        "reports", "reported", "reporting", "report", "says", "said", "saying", "according", "per", "writes", "wrote", "writing",
        "notes", "noted", "adds", "added", "claims", "claimed", "states", "stated", "revealed", "reveals",
    ]

    /// A quote's content as a claim clause, cut as the clause after a "that" is.
    func contentClause(_ content: String) -> String? {
        clause(after: ["that"], in: "that " + content)
    }

    /// The first word of a cue, lower-cased ("said" of "said on Monday").
    static func cueVerb(_ cue: String) -> String? {
        cue.lowercased().split(separator: " ").first.map(String.init)
    }

    // MARK: - Stage 1b: speakers' own statements

    /// A reported statement of a person or organization ("Voss said Reyhl should resign") is the
    /// speaker's assertion of its clause; it becomes a claim when another holder's position lands
    /// on it ("Reyhl rejected calls to resign"). A negated one ("Islam says he did not make $72
    /// million") denies the claim its affirmed text is alike, when another holder's is drafted.
    private func statements(in input: StoryInput, entities: StoryEntities, quotes: [Quote], anchors: [ReportAnchor],
                            into steps: inout [ClaimStep], elaborations: inout [ClaimStep]) {
        let context = ClaimContext(input: input, entities: entities)
        let byID = Dictionary(quotes.filter { $0.article == input.article.id }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for span in input.annotated.quotes {
            guard let quote = byID[StoryQuotes.id(article: input.article.id, span: span)], let speaker = quote.speaker,
                  let entity = entities.entity(id: speaker), [.person, .organization].contains(entity.kind),
                  let cue = quote.cue.flatMap(Self.cueVerb), Self.statementCues.contains(cue),
                  let text = contentClause(quote.text)
            else { continue }
            let position = Position(holder: entity.id, holderName: entity.name, stance: .asserts, quotes: [quote.id], articles: [input.article.id])
            if let report = elaboratedReport(of: text, at: span.content, speaker: entity.name, anchors: anchors, input: input) {
                elaborations.append(.elaborating(position, report: report))
                continue
            }
            guard span.kind != .direct else { continue }
            if ClaimText.isNegated(text) {
                var denial = position
                denial.stance = .denies
                let affirmed = ClaimText.affirmed(text, holder: entity.name)
                if case .claim(let denial, let affirmed, let compared) = step(denial, claim: affirmed, context: context, at: span.content) {
                    steps.append(.negated(denial, text: affirmed, compared: compared))
                }
            }
            if case .claim(let position, let text, let compared) = step(position, claim: text, context: context, at: span.content) {
                steps.append(.quoted(position, text: text, compared: compared))
            }
        }
    }

    /// Cues of a speaker stating something as so.
    static let statementCues: Set<String> = [
        "said", "says", "told", "added", "insisted", "argued", "claimed", "stated", "warned", "accused", "called", "alleged",
        "maintained", "declared",
    ]

    // MARK: - Stage 2: positions from stance cues

    private func positions(in input: StoryInput, entities: StoryEntities, quotes: [Quote], into steps: inout [ClaimStep]) {
        let context = ClaimContext(input: input, entities: entities)
        let articleQuotes = quotes.filter { $0.article == input.article.id && $0.speakerName != nil }
        for range in input.annotated.sentences {
            var previous: ClaimHolder?
            for unit in stanceUnits(of: range, in: input) {
                let text = input.string(unit.range)
                let quote = articleQuotes.first { text.contains($0.text) }
                guard let holder = holder(of: quote, cue: unit.cue, range: unit.range, cueOffset: unit.offset, input: input, entities: entities) ?? previous else { continue }
                previous = holder
                let cue = confirmedFalsehood(unit.cue, in: text, offset: unit.offset) ?? unit.cue
                position(of: holder, cue: cue, quote: quote, range: unit.range, context: context, into: &steps)
                if let partner = coordinatedHolder(of: holder, range: unit.range, cueOffset: unit.offset, input: input, entities: entities) {
                    position(of: partner, cue: cue, quote: quote, range: unit.range, context: context, into: &steps)
                }
            }
        }
    }

    /// The position a cue gives its holder, on the claim the clause names, else its own claim, else
    /// the most similar claim drafted, else the story's main claim.
    private func position(of holder: ClaimHolder, cue: PositionCues.Cue, quote: Quote?, range: TextRange, context: ClaimContext, into steps: inout [ClaimStep]) {
        let input = context.input
        let sentence = context.explicitText(range)
        let position = Position(holder: holder.id, holderName: holder.name, stance: cue.stance, quotes: quote.map { [$0.id] } ?? [], articles: [input.article.id])
        let named = namedClaim(after: cue.phrase, in: sentence) ?? clause(after: Self.reportMarkers, in: sentence)
        if cue.ownClaim, let own = clause(after: ["said", "says", "that"], in: sentence) ?? Optional(sentence) {
            let subject = ClaimText.subject(before: ["said", "says"], in: sentence, naming: holder.name) ?? holder.name
            steps.append(step(position, claim: ClaimText.affirmed(own, holder: subject), context: context, at: range))
        } else if let named, cue.stance == .confirms, ClaimText.negatesAnEvent(named) {
            // "police confirmed that the vehicle has not been stolen": the holder denies that it was.
            var denial = position
            denial.stance = .denies
            steps.append(step(denial, claim: ClaimText.affirmed(named), context: context, at: range))
        } else if let named, cue.stance == .confirms, ClaimText.statesWellBeing(named) {
            // "The Detroit Free Press have confirmed that the Batmobile is safe": the holder denies the harm another
            // holder's alike claim reports (placed only on such a claim, as a negated statement's denial is).
            var denial = position
            denial.stance = .denies
            if case .claim(let denial, let text, let compared) = step(denial, claim: named, context: context, at: range) {
                steps.append(.negated(denial, text: text, compared: compared))
            }
        } else if let named {
            steps.append(step(position, claim: named, context: context, at: range))
            if let source = input.annotated.citations.first(where: { $0.kind == .report && range.start <= $0.start && $0.start < range.end }) {
                let owner = context.entities.entity(named: source.source)
                steps.append(step(Position(holder: owner?.id, holderName: owner?.name ?? source.source, stance: .asserts, articles: [input.article.id]),
                                  claim: named, context: context, at: range))
            }
        } else {
            steps.append(.nearest(position, sentence: sentence))
        }
    }

    /// Markers of a reported claim anywhere in a sentence ("Reports that P are false").
    static let reportMarkers = ["reports that", "report that", "denied that", "reported that", "claims that", "denies that"]

    // MARK: - Claim texts

    /// The clause after the first of `markers` in `sentence`: cut where a relative or
    /// attribution clause starts (`clauseEnds`: ", which", " during which", ", citing"...), after a
    /// closing verdict ("... are false"), and at `maximumWords`; nil when no marker is there or
    /// the clause is shorter than three words.
    func clause(after markers: [String], in sentence: String) -> String? {
        let padded = " " + Self.withoutQuotationMarks(sentence)
        let lowered = padded.lowercased()
        for marker in markers {
            guard let range = lowered.range(of: " \(marker) ") else { continue }
            let start = lowered.distance(from: lowered.startIndex, to: range.upperBound)
            var tail = String(padded.dropFirst(start))
            for end in Self.clauseEnds {
                if let cut = Self.firstCut(of: end, in: tail.lowercased()) {
                    let offset = tail.lowercased().distance(from: tail.lowercased().startIndex, to: cut.lowerBound)
                    tail = String(tail.prefix(offset))
                }
            }
            let words = Self.beforeTrailingAttribution(Self.beforeParticiple(tail.split(separator: " ")))
                .prefix(maximumWords).filter { $0.lowercased() != "ever" }
            guard words.count >= 3, !Self.opensWithAnAdjunctOnly(words), !ClaimText.opensWithVerb(words) else { continue }
            return words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " .,;:\"“”'"))
        }
        return nil
    }

    /// Whether a clause opens with a preposition and no fronted adjunct's comma follows: "flatly
    /// denied that in a statement to MailOnline" ("that" was the object), not "that in 2014, Russia
    /// annexed Crimea".
    static func opensWithAnAdjunctOnly(_ words: some Collection<Substring>) -> Bool {
        guard let first = words.first, QuoteCredibility.adjunctOpenings.contains(first.lowercased()) else { return false }
        return !words.prefix(QuoteCredibility.frontedAdjunctWords).contains { $0.hasSuffix(",") }
    }

    /// `sentence` with its quotation marks made spaces; a curly apostrophe between letters
    /// ("al-Baghdadi’s", "didn’t") stays.
    static func withoutQuotationMarks(_ sentence: String) -> String {
        let characters = Array(sentence)
        return String(characters.indices.map { index -> Character in
            let character = characters[index]
            guard "\"“”‘’".contains(character) else { return character }
            let apostrophe = character == "’" && index > 0 && index + 1 < characters.count
                && characters[index - 1].isLetter && characters[index + 1].isLetter
            return apostrophe ? character : " "
        })
    }

    /// Where `end` first cuts `text`; a full stop after an abbreviation ("U.S. President") is none.
    static func firstCut(of end: String, in text: String) -> Range<String.Index>? {
        var from = text.startIndex
        while let range = text.range(of: end, range: from..<text.endIndex) {
            guard end == ". " else { return range }
            let word = text[..<range.lowerBound].split(separator: " ").last ?? ""
            if word.count > 4 || (!word.contains(".") && word.count > 3) { return range }
            from = range.upperBound
        }
        return nil
    }

    /// The words before a participle clause (", labelling the report as ...", ", saying ..."),
    /// which comments on the claim rather than stating it.
    static func beforeParticiple(_ words: [Substring]) -> [Substring] {
        guard let cut = words.indices.dropFirst().first(where: { words[$0 - 1].hasSuffix(",") && words[$0].count > 5 && words[$0].lowercased().hasSuffix("ing") })
        else { return words }
        return Array(words[..<cut])
    }

    /// The words before a closing attribution (", Mashable reports.", ", The Daily Mail noted on
    /// Friday."): a comma, a name of capitalised words (after an optional "the"), a reporting
    /// verb, at most a few words of time.
    static func beforeTrailingAttribution(_ words: [Substring]) -> [Substring] {
        guard let comma = words.indices.dropFirst().last(where: { words[$0 - 1].hasSuffix(",") }), words.count - comma <= 8 else {
            return words
        }
        let rest = words[comma...].map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,;:")) }
        guard let verb = rest.firstIndex(where: { Self.closingVerbs.contains($0) }), verb > 0,
            zip(rest[..<verb], words[comma..<(comma + verb)]).allSatisfy({ $0.0 == "the" || $0.1.first?.isUppercase == true }),
            rest[(verb + 1)...].allSatisfy({ Self.timeWords.contains($0) })
        else { return words }
        return Array(words[..<comma])
    }

    static let closingVerbs: Set<String> = [
        "reports", "reported", "said", "says", "noted", "notes", "wrote", "writes", "added", "adds", "reporting",
    ]
    static let timeWords: Set<String> = [
        "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "earlier", "last", "this", "week", "month", "night", "morning",
    ]

    /// Where a claim clause stops.
    static let clauseEnds = [
        ", which", " during which", ", who", ", citing", ", according to", "; ", " are false", " is false", " is untrue",
        " are untrue", ", with ", ". ", ", and ",
    ]

    /// A position on a claim text, with the text it is compared by: its `comparedCore`, and for a
    /// text naming no one whose subject is an event anaphor ("the call took place"), together with
    /// the two people the article named with it before.
    func step(_ position: Position, claim text: String, context: ClaimContext, at range: TextRange) -> ClaimStep {
        var compared = Self.comparedCore(text)
        if Self.startsWithEventAnaphor(text), !context.namesSomeone(text), let pair = context.lastPair(before: range.start) {
            compared = "\(pair.0) and \(pair.1): \(compared)"
        }
        return .claim(position, text: text, compared: compared)
    }

    /// Places a negated statement's denial, once every claim is drafted and merged: on the most
    /// alike claim of another holder, if any (the statement itself stays where `.quoted` put it).
    private func place(_ denial: Position, wording: ClaimWording, in drafts: inout [ClaimDraft]) {
        let candidates = drafts.indices.filter { !drafts[$0].fromQuote && drafts[$0].holders != [denial.holderName] }
        guard let (index, score) = candidates.map({ ($0, likeness(drafts[$0], [wording])) }).max(by: { $0.1 < $1.1 }), score >= 0 else { return }
        drafts[index].add(denial)
    }

    /// Adds a speaker's statement to the same speaker's alike statement, or opens a draft of its
    /// own: a statement never joins another holder's claim by wording alone ("there was no
    /// conversation" is not an assertion of the call).
    private func addStatement(_ position: Position, text: String, member: ClaimWording, to drafts: inout [ClaimDraft]) {
        let same = drafts.indices.filter { drafts[$0].fromQuote && drafts[$0].holders == [position.holderName] }
        if let index = same.map({ ($0, likeness(drafts[$0], [member])) }).filter({ $0.1 >= 0 }).max(by: { $0.1 < $1.1 })?.0 {
            drafts[index].members.append(member)
            drafts[index].add(position, wording: text)
        } else {
            var draft = ClaimDraft(text: text, member: member)
            draft.fromQuote = true
            draft.plainStatement = cues.stance(in: text) == nil
            draft.add(position, wording: text)
            drafts.append(draft)
        }
    }

    /// Adds a position on a claim text to the most alike draft, or opens a draft; unless
    /// `rewords`, the text words only a draft it opens.
    private func add(_ position: Position, claim text: String, member: ClaimWording, to drafts: inout [ClaimDraft], rewords: Bool = true) {
        let wording = position.stance == .asserts ? text : nil
        let best = drafts.indices.filter { !drafts[$0].fromQuote }.map { ($0, likeness(drafts[$0], [member])) }.max { $0.1 < $1.1 }
        if let (index, score) = best, score >= 0 {
            drafts[index].members.append(member)
            drafts[index].add(position, wording: rewords ? wording : nil)
        } else {
            var draft = ClaimDraft(text: text, member: member)
            draft.add(position, wording: wording)
            drafts.append(draft)
        }
    }

    /// Joins drafts that a later wording showed alike (a wording close to two drafts links
    /// them), most alike pair first, until no pair is alike.
    private func mergeAlike(_ drafts: inout [ClaimDraft]) {
        while drafts.count > 1 {
            var best: (Int, Int, Float)?
            for i in drafts.indices where !drafts[i].fromQuote { for j in drafts.indices where j > i && !drafts[j].fromQuote {
                let score = likeness(drafts[i], drafts[j].members)
                if score >= 0, score > best?.2 ?? -1 { best = (i, j, score) }
            } }
            guard let (i, j, _) = best else { return }
            let other = drafts.remove(at: j)
            drafts[i].absorb(other)
        }
    }

    /// The part of a claim text compared with others: the proposition before a reference to
    /// another, disputed claim ("Kyiv was told in advance about the reported call" is about
    /// being told, not about the call).
    static func comparedCore(_ text: String) -> String {
        let lowered = text.lowercased()
        for marker in referenceMarkers {
            if let range = lowered.range(of: marker), lowered.distance(from: lowered.startIndex, to: range.lowerBound) > 12 {
                return String(text.prefix(lowered.distance(from: lowered.startIndex, to: range.lowerBound)))
            }
        }
        return text
    }

    static let referenceMarkers = [
        " about the reported ", " of the reported ", " about the alleged ", " of the alleged ", " of the purported ",
        " about the purported ", " about the supposed ", " of the supposed ", " about the rumoured ", " about the rumored ",
    ]

    /// "the call ...", "any conversation ...", "this meeting ...": a definite or quantified event
    /// noun as the clause's subject.
    static func startsWithEventAnaphor(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ").prefix(3).map(String.init)
        guard words.count >= 2, ["the", "this", "that", "any", "such", "a"].contains(words[0]) else { return false }
        return eventNouns.contains(words[1]) || (words.count > 2 && eventNouns.contains(words[2]))
    }

    static let eventNouns: Set<String> = [
        "call", "conversation", "talks", "talk", "meeting", "exchange", "contact", "contacts", "discussion", "visit",
        "summit", "phone", "attack", "strike", "deal", "agreement", "incident", "accident", "shooting", "explosion",
        "raid", "arrest", "sale", "merger", "acquisition", "transfer", "trip", "interview", "negotiations",
    ]

    /// How alike a draft and some wordings are: over every pair of its members and the
    /// wordings, the word cosine when it reaches `sameClaim` or the embedding cosine when it
    /// reaches `sameMeaning` (the larger of the two); -1 when no pair is alike. Meaning alone
    /// never joins texts that share no content word: sentence embeddings put every sentence of
    /// one story close together ("Kyiv was told in advance" and "Trump and Putin discussed
    /// Ukraine" are 0.65 apart in MiniLM). Wordings about different people (`ClaimPeople`) are never alike.
    private func likeness(_ draft: ClaimDraft, _ wordings: [ClaimWording]) -> Float {
        var best: Float = -1
        for a in draft.members { for b in wordings where !a.people.differ(from: b.people) {
            let words = a.vector.dot(b.vector)
            var meant: Float = 0
            if let x = a.embedding, let y = b.embedding, x.count == y.count, !x.isEmpty { meant = VectorSimilarity.cosine(x, y) }
            if words >= sameClaim || (words > 0 && meant >= max(a.sameMeaning, b.sameMeaning)) { best = max(best, words, meant) }
        } }
        return best
    }

    /// The draft nearest a sentence; a speaker's own statement is never the claim the same
    /// holder takes a position on, and a claim worded as a negation ("there has been no official
    /// notification that ...") is never the one a denial of unnamed reports denies.
    private func closestClaim(to sentence: String, for position: Position, in drafts: [ClaimDraft]) -> Int? {
        let probe = vector(sentence)
        let holder = position.holderName
        let scored = drafts.indices.filter { !(drafts[$0].fromQuote && drafts[$0].holders.contains(holder)) }
            .filter { position.stance != .denies || !(ClaimText.isNegated(drafts[$0].text) || ClaimText.statesAbsence(drafts[$0].text)) }.map { index in (index, drafts[index].members.map { $0.vector.dot(probe) }.max() ?? 0) }.max { $0.1 < $1.1 }
        guard let scored, scored.1 >= relatedClaim else { return nil }
        return scored.0
    }

    private func mainClaim(_ drafts: [ClaimDraft]) -> Int? {
        drafts.indices.filter { !drafts[$0].fromQuote }.max { drafts[$0].articles.count < drafts[$1].articles.count }
    }

    func vector(_ text: String) -> SparseVector {
        statistics.vector(terms: tokenizer.terms(in: text))
    }
}


import Foundation
