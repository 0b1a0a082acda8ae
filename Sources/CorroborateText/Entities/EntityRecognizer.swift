import CorroborateCore

/// Finds people, organizations, places, outlets and agencies without a statistical model, and
/// links the mentions of one entity within the article (the `entity` key of each `Mention`).
///
/// Stages, in order (each mention records the first that decided its kind):
/// 1. capitalised runs (`NameRunFinder`), with leading stop words dropped and titles split off;
/// 2. gazetteers: outlets and agencies (canonical names: "WP" -> "The Washington Post"),
///    places, organizations and organization head words ("... Ministry");
/// 3. person evidence: a title or role before the name ("Kremlin spokesman Dmitry Peskov",
///    "President-elect Donald Trump"), a common given name, a reporting verb right after a
///    single name ("Peskov said"), or two or three capitalised words, unless "the" comes before
///    them and no `PersonCues` show a person (then an organization); acronyms, inner-capital
///    brands and runs holding "of" are organizations, quoted work titles no entities;
/// 4. alias merging (`PersonMerger`): "Peskov" = "Dmitry Peskov", "Trump" = "Donald J Trump";
/// 5. role mentions: "the spokesman" or "the Kremlin spokesman" link to the latest person
///    earlier in the text who carries that role.
public struct EntityRecognizer: AnnotationComponent {
    /// The component name used in errors and benchmark output.
    public let name = "entities"
    /// Needs nothing: it scans the text itself.
    public let requires: Set<AnnotationLayer> = []
    /// Adds entity mentions.
    public let adds: Set<AnnotationLayer> = [.mentions]
    /// The name lists consulted.
    public var gazetteer: Gazetteer {
        didSet { deriveNames() }
    }
    /// Reporting verbs: a single capitalised word followed by one is a person ("Peskov said").
    public var lexicon: ReportingLexicon {
        didSet { deriveNames() }
    }
    var stopWords: Set<String> {
        didSet { deriveNames() }
    }
    /// Outlet and agency names the stop words would cut ("USA Today"), lower-cased (`NameRunFinder`).
    private(set) var namesThroughStopWords: Set<String> = []
    /// Organization names ending in a possessive ("McDonald's"), lower-cased (`NameRunFinder`).
    private(set) var possessiveNames: Set<String> = []
    /// Every reporting verb form of the lexicon (`NameRunFinder`), and its speech verbs (`PersonCues`).
    private(set) var reportingVerbs: Set<String> = []
    private(set) var speechVerbs: Set<String> = []
    /// Lower-case nouns that head a speaker phrase without a name ("Officials said", "Sources
    /// told"): such a word at a sentence start before a speech verb is no name.
    public var sourceNouns: Set<String> = []

    /// A recognizer with explicit vocabularies.
    public init(gazetteer: Gazetteer, lexicon: ReportingLexicon, stopWords: Set<String>) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.stopWords = stopWords
        deriveNames()
    }

    /// Computes the name and verb sets `NameRunFinder` and `PersonCues` take from the gazetteer, stop words and
    /// lexicon, once per vocabulary rather than per document.
    private mutating func deriveNames() {
        reportingVerbs = Set(lexicon.verbs.keys)
        speechVerbs = Set(lexicon.verbs.filter { $0.value == .speech }.keys)
        possessiveNames = Set(gazetteer.organizations.filter { $0.hasSuffix("'s") }.map { $0.lowercased() })
        var names: Set<String> = []
        for name in Array(gazetteer.outlets.keys) + Array(gazetteer.agencies.keys) {
            let words = name.lowercased().split(separator: " ").map(String.init)
            if words.count >= 2, words.dropFirst().contains(where: stopWords.contains) { names.insert(words.joined(separator: " ")) }
        }
        namesThroughStopWords = names
    }

    /// A recognizer with the vocabularies shipped in the module's resources.
    public static func bundled() throws -> EntityRecognizer {
        var recognizer = EntityRecognizer(
            gazetteer: try .bundled(), lexicon: try .bundled(),
            stopWords: Set(try ResourceText.lines("entities-stopwords", "txt"))
        )
        recognizer.sourceNouns = try SourceNouns.bundled()
        return recognizer
    }

    /// Adds the mentions it finds after any already present.
    public func annotate(_ document: inout TextDocument) {
        let tokens = WordScanner.tokens(of: document.scalars)
        let found = recognize(tokens, in: document)
        document.mentions.append(contentsOf: found.mentions)
        document.mentions.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        document.present.insert(.mentions)
    }

    /// The entities of one document, with every alias and role seen: the per-article table
    /// story-level merging starts from. Entity ids are the mentions' `entity` keys.
    public func entities(in document: TextDocument) -> [Entity] {
        let tokens = WordScanner.tokens(of: document.scalars)
        return recognize(tokens, in: document).entities
    }

    func recognize(_ tokens: [ScanToken], in document: TextDocument) -> RecognizedEntities {
        let finder = NameRunFinder(
            gazetteer: gazetteer, stopWords: stopWords, reportingVerbs: reportingVerbs, namesThroughStopWords: namesThroughStopWords,
            possessiveNames: possessiveNames
        )
        let evidence = CapitalEvidence(tokens: tokens, scalars: document.scalars, isProtected: isProtected)
        let cues = PersonCues(speechVerbs: speechVerbs, loneWords: PersonCues.loneWords(in: tokens))
        var runs: [NameRun] = []
        for raw in finder.runs(in: tokens, common: evidence.commonAt) {
            guard let run = finder.trimmed(raw, tokens, text: document) else { continue }
            for part in splitBeforePlace(run, tokens, document: document, finder: finder) {
                if let classified = classify(part, tokens, finder: finder, document: document, cues: cues) { runs.append(classified) }
            }
        }
        runs += StopWordSurnames(stopWords: stopWords, speechVerbs: cues.speechVerbs).runs(tokens, existing: runs)
        runs.sort { $0.whole.lowerBound < $1.whole.lowerBound }
        OutletContext().settle(&runs, tokens)
        OutletShortNames().settle(&runs, tokens)
        var names = runs.map { WordScanner.text(document.scalars, finder.span($0.name, tokens)) }
        AcronymAliases.link(&runs, names: &names, tokens)
        var merger = PersonMerger(givenNameSexes: gazetteer.givenNameSexes)
        let candidates = runs.indices.filter { runs[$0].kind == .person || runs[$0].kind == .other }
        let persons = merger.merge(candidates, runs, names: names, tokens)
        for (index, key) in persons { runs[index].kind = .person; runs[index].canonical = key }
        OrganizationContext().settle(&runs, tokens)
        runs.removeAll { $0.kind == .other && $0.name.count == 1 && Self.isSentenceInitial($0.name.lowerBound, tokens) }
        PlaceContext(gazetteer: gazetteer).settle(&runs, tokens, names: { WordScanner.text(document.scalars, finder.span($0, tokens)) })
        OrganizationMerger(gazetteer: gazetteer).merge(&runs)
        var result = RecognizedEntities(runs: runs, tokens: tokens, document: document, finder: finder)
        result.addRoleMentions(titles: gazetteer.titles)
        return result
    }

    /// Words the capital-letter evidence never treats as common: titles, given names,
    /// nationality adjectives and places.
    private func isProtected(_ token: ScanToken) -> Bool {
        if gazetteer.titles.contains(token.lower) { return true }
        let written = token.lower.capitalizedFirst
        return gazetteer.firstNames.contains(written) || gazetteer.demonyms.contains(written) || gazetteer.places.contains(written)
    }

    private func classify(_ run: Range<Int>, _ tokens: [ScanToken], finder: NameRunFinder, document: TextDocument, cues: PersonCues)
        -> NameRun?
    {
        let text = WordScanner.text(document.scalars, finder.span(run, tokens))
        if let source = source(named: text) {
            return NameRun(name: run, roleStart: nil, kind: source.kind, canonical: source.canonical)
        }
        if finder.isTitle(endingAt: run.upperBound - 1, from: run.lowerBound, tokens) { return nil }
        let (titleStart, titled) = withoutParty(finder.splitTitle(run, tokens), tokens, document: document, finder: finder)
        guard let nameRange = withoutDemonyms(titled, tokens, document: document, finder: finder, cues: cues) else { return nil }
        let name = WordScanner.text(document.scalars, finder.span(nameRange, tokens))
        if let source = source(named: name) {
            return NameRun(name: nameRange, roleStart: nil, kind: source.kind, canonical: source.canonical)
        }
        if let found = gazetteerKind(name, nameRange, tokens) {
            return NameRun(name: nameRange, roleStart: nil, kind: found.kind, canonical: found.canonical)
        }
        if let last = tokens[nameRange].last(where: \.isWord), gazetteer.eventHeads.contains(last.lower.capitalizedFirst) {
            return NameRun(name: nameRange, roleStart: nil, kind: .event, canonical: name)
        }
        let roleStart = titleStart ?? finder.roleBefore(nameRange.lowerBound, tokens)
        if roleStart == nil, Self.isQuotedTitle(nameRange, tokens) { return nil }
        if isAwardModifier(nameRange, tokens) { return nil }
        let kind = unknownKind(nameRange, hasRole: roleStart != nil, tokens, document.scalars, cues: cues)
        var result = NameRun(name: nameRange, roleStart: kind == .person ? roleStart : nil, kind: kind, canonical: name)
        let givenName = tokens[nameRange].first.map { gazetteer.firstNames.contains($0.lower.capitalizedFirst) } ?? false
        result.isGuessed = roleStart == nil && !givenName
        return result
    }

    /// `run` split after a known name followed by a given name (see `knownPrefixEnd`), before
    /// "of" + a place when the words before name no organization or place
    /// ("Ai Sugiyama of Japan" -> "Ai Sugiyama", "Japan"; "Bank of England" stays whole), or before
    /// "of" after a person's full name (`isPersonBeforeAffiliation`: "Emma Owen of Lego UK" -> "Emma Owen", "Lego UK").
    private func splitBeforePlace(_ run: Range<Int>, _ tokens: [ScanToken], document: TextDocument, finder: NameRunFinder) -> [Range<Int>] {
        if let known = knownPrefixEnd(run, tokens, document: document, finder: finder) {
            return [run.lowerBound..<known, known..<run.upperBound]
        }
        guard let of = run.dropFirst().first(where: { tokens[$0].lower == "of" }), of + 1 < run.upperBound else { return [run] }
        let head = run.lowerBound..<of, tail = (of + 1)..<run.upperBound
        if isPersonBeforeAffiliation(head, tail, tokens, document: document, finder: finder) { return [head, tail] }
        let tailName = WordScanner.text(document.scalars, finder.span(tail, tokens))
        guard gazetteer.places.contains(tailName) || Self.titleCased(tailName).map(gazetteer.places.contains) == true else { return [run] }
        let headName = WordScanner.text(document.scalars, finder.span(head, tokens))
        return gazetteerKind(headName, head, tokens) == nil && source(named: headName) == nil ? [head, tail] : [run]
    }

    /// Whether the words before "of" are a person's full name and those after it the place they
    /// work ("Emma Owen of Lego UK", "Gill Cherry of Cumbria Police"): two or three capitalised words, the
    /// first a known given name (or two words before an institution's name) and the last no organization head ("Chelsea Football Club of ..."), naming
    /// nothing the lists know, before a capitalised word. A single given name keeps its "of"
    /// ("Catherine of Aragon").
    private func isPersonBeforeAffiliation(
        _ head: Range<Int>, _ tail: Range<Int>, _ tokens: [ScanToken], document: TextDocument, finder: NameRunFinder
    ) -> Bool {
        guard (2...3).contains(head.count), !tail.isEmpty, tokens[tail.lowerBound].isCapitalized,
            tokens[head].allSatisfy({ $0.isWord && $0.isCapitalized && !NameRunFinder.connectors.contains($0.lower) }),
            let last = tokens[head].last, !gazetteer.organizationHeads.contains(last.lower.capitalizedFirst)
        else { return false }
        // A given name we know, or two words before an institution's name ("Gill Cherry of Cumbria Police").
        let institution = tokens[tail].last.map { gazetteer.organizationHeads.contains($0.lower.capitalizedFirst) } ?? false
        guard gazetteer.firstNames.contains(tokens[head.lowerBound].lower.capitalizedFirst) || head.count == 2 && institution else { return false }
        let headName = WordScanner.text(document.scalars, finder.span(head, tokens))
        return gazetteerKind(headName, head, tokens) == nil && source(named: headName) == nil
    }

    /// Where a known place, organization, outlet or agency at the start of `run` ends when a given
    /// name follows it ("United Nations John Bolton" -> after "United Nations"). An outlet or
    /// agency may be followed by the given name alone: "told Reuters Kim was not ill" is Reuters
    /// and Kim (no outlet's name ends in a given name).
    private func knownPrefixEnd(_ run: Range<Int>, _ tokens: [ScanToken], document: TextDocument, finder: NameRunFinder) -> Int? {
        guard run.count >= 2 else { return nil }
        for end in ((run.lowerBound + 1)..<run.upperBound).reversed()
        where gazetteer.firstNames.contains(tokens[end].lower.capitalizedFirst) {
            let prefix = WordScanner.text(document.scalars, finder.span(run.lowerBound..<end, tokens))
            if source(named: prefix) != nil { return end }
            if end < run.upperBound - 1, gazetteer.places.contains(prefix) || gazetteer.organizations.contains(prefix)
                || gazetteer.organizationAcronym(prefix) != nil
            {
                return end
            }
        }
        return nil
    }

    /// The outlet or agency `text` names, also when written in capitals ("REUTERS"); a web site's
    /// domain name is its outlet ("Billboard.com" is Billboard), a site of its own when unknown.
    private func source(named text: String) -> (canonical: String, kind: EntityKind)? {
        if let found = gazetteer.source(named: text) { return found }
        if let site = Self.siteName(text) { return gazetteer.source(named: site) ?? (text, .outlet) }
        guard let titled = Self.titleCased(text) else { return nil }
        return gazetteer.source(named: titled)
    }

    /// `range` without its leading nationality adjectives and their plurals, also after a compass
    /// word ("Israeli Shahar Peer" -> "Shahar Peer"; "North Koreans" -> nothing),
    /// unless they start an organization name ("Malaysian Chinese Association"); nil when one
    /// word or none remains ("Russian", "Australian Open"). An adjective that is also a given
    /// name, before one word that the context shows to be a surname (`PersonCues`: "Bale said",
    /// "Bale" alone elsewhere) or next to a role ("actor Christian Bale", "Christian Bale, the actor"), starts a person's name.
    private func withoutDemonyms(_ range: Range<Int>, _ tokens: [ScanToken], document: TextDocument, finder: NameRunFinder, cues: PersonCues)
        -> Range<Int>?
    {
        var start = range.lowerBound
        while start < range.upperBound {
            if isDemonym(at: start, tokens, plural: true) {
                start += 1
            } else if start + 1 < range.upperBound, Self.placeQualifiers.contains(tokens[start].lower), isDemonym(at: start + 1, tokens, plural: true) {
                start += 2  // "North Korean", "South Koreans"
            } else {
                break
            }
        }
        guard start > range.lowerBound else { return range }
        let whole = WordScanner.text(document.scalars, finder.span(range, tokens))
        if gazetteerKind(whole, range, tokens) != nil { return range }
        if range.count == 2, start == range.upperBound - 1, gazetteer.firstNames.contains(tokens[range.lowerBound].lower.capitalizedFirst),
            tokens[start].isWord,
            cues.showPerson(range, tokens) || finder.roleBefore(range.lowerBound, tokens) != nil || hasAppositiveRole(after: range, tokens)
        {
            return range
        }
        return start + 1 < range.upperBound ? start..<range.upperBound : nil
    }

    /// Whether an appositive role follows the run: "Christian Bale, the actor who ...", "X, a spokesman for ...".
    private func hasAppositiveRole(after run: Range<Int>, _ tokens: [ScanToken]) -> Bool {
        let comma = run.upperBound
        guard comma + 2 < tokens.count, tokens[comma].lower == ",", ["the", "a", "an"].contains(tokens[comma + 1].lower) else { return false }
        return tokens[(comma + 2)..<min(tokens.count, comma + 4)].contains { $0.isWord && gazetteer.titles.contains($0.lower) }
    }

    /// A party word before a name is the person's role, not part of the name: "Republican Duncan
    /// Hunter" is "Duncan Hunter", role "Republican"; a run the gazetteer knows or whose last word
    /// heads an organization or place ("Republican National Committee") stays whole.
    private func withoutParty(_ split: (role: Int?, name: Range<Int>), _ tokens: [ScanToken], document: TextDocument, finder: NameRunFinder)
        -> (role: Int?, name: Range<Int>)
    {
        let name = split.name, rest = (name.lowerBound + 1)..<name.upperBound
        guard split.role == nil, name.count >= 3, Self.partyWords.contains(tokens[name.lowerBound].lower),
            tokens[rest].allSatisfy({ $0.isWord && $0.isCapitalized })
        else { return split }
        let whole = WordScanner.text(document.scalars, finder.span(name, tokens))
        let remainder = WordScanner.text(document.scalars, finder.span(rest, tokens))
        guard gazetteerKind(whole, name, tokens) == nil, gazetteerKind(remainder, rest, tokens) == nil, source(named: whole) == nil else { return split }
        return (name.lowerBound, rest)
    }

    /// Whether the run is an award's name modifying the words after it, no entity: "Oscar winner Sutton Foster",
    /// "Oscar nominee", "Oscar winning actor", "Emmy nominated director"; not "with Clinton winning the state".
    private func isAwardModifier(_ run: Range<Int>, _ tokens: [ScanToken]) -> Bool {
        let next = run.upperBound
        guard next < tokens.count else { return false }
        switch tokens[next].lower {
        case "winner", "nominee": return true
        case "winning", "nominated":
            guard next + 1 < tokens.count, tokens[next + 1].isWord else { return false }
            return tokens[next + 1].isCapitalized || gazetteer.titles.contains(tokens[next + 1].lower)
        default: return false
        }
    }

    /// Lower-case words that name a part of the place after them ("Central London").
    static let placeQualifiers: Set<String> = [
        "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "greater", "upper", "lower",
    ]

    /// Words naming a person's party before the name.
    static let partyWords: Set<String> = [
        "republican", "democrat", "democratic", "conservative", "labour", "tory", "liberal", "independent", "socialist",
    ]

    /// Whether the word at `index` is a nationality adjective, or (with `plural`) its plural as a
    /// noun ("Saudis", "Koreans", "Scots").
    private func isDemonym(at index: Int, _ tokens: [ScanToken], plural: Bool = false) -> Bool {
        let written = tokens[index].lower.capitalizedFirst
        if gazetteer.demonyms.contains(written) { return true }
        return plural && written.count > 3 && written.hasSuffix("s") && gazetteer.demonyms.contains(String(written.dropLast()))
    }

    /// The kind and key a gazetteer gives `name`: a place (keyed by its canonical name: "U.S." ->
    /// "United States") or organization as written (or in
    /// title case when written in capitals: "KUALA LUMPUR"), a last word that heads organization
    /// ("... Ministry") or place names ("... Sea"), or an organization head inside the name.
    private func gazetteerKind(_ name: String, _ range: Range<Int>, _ tokens: [ScanToken]) -> (kind: EntityKind, canonical: String)? {
        let straight = name.replacingOccurrences(of: "’", with: "'")
        for written in [name, Self.titleCased(name), straight == name ? nil : straight].compactMap({ $0 }) {
            if let canonical = gazetteer.placeAliases[written] { return (.place, canonical) }
            if gazetteer.places.contains(written) { return (.place, written) }
            if gazetteer.organizations.contains(written) { return (.organization, written) }
        }
        if let acronym = gazetteer.organizationAcronym(name) { return (.organization, acronym) }
        let words = tokens[range].filter(\.isWord)
        guard let last = words.last else { return nil }
        if gazetteer.organizationHeads.contains(last.lower.capitalizedFirst) { return (.organization, name) }
        if words.count >= 2, gazetteer.placeHeads.contains(last.lower.capitalizedFirst) { return (.place, name) }
        // "Central London", "South Texas": a part of a known place.
        if words.count == 2, Self.placeQualifiers.contains(words[0].lower), gazetteer.places.contains(last.lower.capitalizedFirst) {
            return (.place, name)
        }
        let heads = words.filter { gazetteer.organizationHeads.contains($0.lower.capitalizedFirst) }
        return heads.isEmpty || range.count < 2 ? nil : (.organization, name)
    }

    /// The name before a domain name's labels ("Billboard.com" -> "Billboard", "Bbc.co.uk" ->
    /// "Bbc"), nil when `text` is no domain name.
    static func siteName(_ text: String) -> String? {
        guard !text.contains(" "), let dot = text.firstIndex(of: "."), dot > text.startIndex else { return nil }
        let labels = text[text.index(after: dot)...].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.allSatisfy({ WordScanner.domainLabels.contains($0.lowercased()) }) else { return nil }
        return String(text[..<dot])
    }

    /// `text` in title case when it is written in capitals ("MOSCOW" -> "Moscow"), else nil.
    static func titleCased(_ text: String) -> String? {
        guard text.unicodeScalars.count >= 4, !text.contains(where: \.isLowercase), text.contains(where: \.isUppercase) else { return nil }
        return text.lowercased().split(separator: " ").map { String($0).capitalizedFirst }.joined(separator: " ")
    }

    /// Whether the run at `range` is all a quotation holds, as titles of works are written
    /// ("“Slumdog Millionaire”", "'Kambakth Ishq'"); a nickname between a given name and a
    /// surname (Guy “Master Gee” O'Brien) is no title.
    static func isQuotedTitle(_ range: Range<Int>, _ tokens: [ScanToken]) -> Bool {
        guard range.lowerBound > 0, tokens[range.lowerBound - 1].kind == .openQuote else { return false }
        var close = range.upperBound
        if close < tokens.count, [",", ".", "!", "?"].contains(tokens[close].lower) { close += 1 }
        guard close < tokens.count, tokens[close].kind == .closeQuote else { return false }
        let before = range.lowerBound - 2, after = close + 1
        let nickname = before >= 0 && tokens[before].isWord && tokens[before].isCapitalized
            && after < tokens.count && tokens[after].isWord && tokens[after].isCapitalized
        return !nickname
    }

    /// The kind of a name no list knows: a person with a role, a known given name, or (one word) a
    /// reporting verb after it; two or three capitalised words without a digit are a person too, unless "the" comes
    /// before them and nothing around them shows a person (`PersonCues`): "the Denver Nuggets",
    /// "the Sugarhill Gang" are organizations. Anything else is `other`.
    private func unknownKind(_ range: Range<Int>, hasRole: Bool, _ tokens: [ScanToken], _ scalars: [Unicode.Scalar], cues: PersonCues) -> EntityKind {
        let words = tokens[range]
        if hasRole { return .person }
        if let first = words.first, gazetteer.firstNames.contains(first.lower.capitalizedFirst) { return .person }
        // "South Korean intelligence", "North Korean state television": a nationality, not a person.
        if let last = words.last, gazetteer.demonyms.contains(last.lower.capitalizedFirst) { return .other }
        // "Procter & Gamble", "News & Star": a person's name holds no "&".
        if words.contains(where: { $0.lower == "&" }) { return .organization }
        // "House of Commons": a person's name holds no "of" (a title with "of" is a role).
        if words.count >= 3, words.contains(where: { $0.lower == "of" }) { return .organization }
        // "Mark-1 Plumbing", "Galaxy S5": a person's name holds no digit.
        if words.contains(where: { $0.lower.contains(where: \.isNumber) }) { return .other }
        if words.count >= 2 && words.count <= 3 {
            // "Emma Owen of Lego UK": the name after a person's "of" is where the person works.
            if range.lowerBound >= 2, tokens[range.lowerBound - 1].lower == "of", tokens[range.lowerBound - 2].isWord,
                tokens[range.lowerBound - 2].isCapitalized
            {
                return .organization
            }
            let afterThe = range.lowerBound > 0 && tokens[range.lowerBound - 1].lower == "the"
            return afterThe && !cues.showPerson(range, tokens) ? .organization : .person
        }
        if words.count == 1, Self.isAcronym(at: range.lowerBound, tokens, scalars) || Self.hasInnerCapital(tokens[range.lowerBound], scalars) {
            return .organization
        }
        let next = range.upperBound
        // "Officials said", "Sources told": a speaker noun capitalised only by the sentence start.
        if words.count == 1, sourceNouns.contains(tokens[range.lowerBound].lower), Self.isSentenceInitial(range.lowerBound, tokens) { return .other }
        // "Shoppers in Carlisle said": a word after a place's preposition is no speaker of its own.
        let afterPlacePreposition = range.lowerBound > 0 && PlaceContext.locatives.contains(tokens[range.lowerBound - 1].lower)
        return words.count == 1 && next < tokens.count && lexicon.verbs[tokens[next].lower] == .speech && !afterPlacePreposition ? .person : .other
    }

    /// Whether the word at `index` is an acronym, which names an organization when no list knows
    /// it ("NYPD", "RCMP", "OPEC"): three to five capital letters, no common-noun acronym ("DNA",
    /// "CEO"), and no word in capitals next to it (a headline in capitals: "BEGINS SWISS TALKS").
    static func isAcronym(at index: Int, _ tokens: [ScanToken], _ scalars: [Unicode.Scalar]) -> Bool {
        let word = tokens[index]
        guard (3...5).contains(word.end - word.start), isInCapitals(word, scalars), !commonAcronyms.contains(word.lower) else { return false }
        if index > 0, isInCapitals(tokens[index - 1], scalars) { return false }
        return !(index + 1 < tokens.count && isInCapitals(tokens[index + 1], scalars))
    }

    /// Whether `token` is a word of two or more letters, all capitals.
    private static func isInCapitals(_ token: ScanToken, _ scalars: [Unicode.Scalar]) -> Bool {
        guard token.isWord, token.end - token.start >= 2 else { return false }
        return scalars[token.start..<token.end].allSatisfy { $0.properties.isUppercase }
    }

    /// Whether a word has a capital after a lower-case letter, as brands do ("AutoNation",
    /// "YouTube"), not as surnames after a prefix do ("McDowall", "DiCaprio", "LeBron").
    static func hasInnerCapital(_ token: ScanToken, _ scalars: [Unicode.Scalar]) -> Bool {
        guard token.isWord, !surnamePrefixes.contains(where: { token.lower.hasPrefix($0) }) else { return false }
        let word = scalars[token.start..<token.end]
        return zip(word, word.dropFirst()).contains { $0.properties.isLowercase && $1.properties.isUppercase }
    }

    /// Lower-cased surname prefixes followed by a capital.
    static let surnamePrefixes: [String] = ["mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "o'", "o’", "fitz"]

    /// Acronyms that are common nouns, not names.
    static let commonAcronyms: Set<String> = [
        "dna", "hiv", "aids", "gps", "usb", "dvd", "dvds", "pdf", "ceo", "cfo", "coo", "cto", "gdp", "atm", "suv", "ufo", "vip",
        "faq", "ipo", "mvp", "lcd", "led", "mri", "ipad", "iphone", "html", "sms", "mph", "rpm", "bbq", "diy", "lol",
    ]

    /// Whether token `index` starts the text, a line, a quotation or a sentence (after ". ? ! :").
    static func isSentenceInitial(_ index: Int, _ tokens: [ScanToken]) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        switch previous.kind {
        case .lineBreak, .openQuote: return true
        case .punctuation: return previous.lower == "." || previous.lower == "?" || previous.lower == "!" || previous.lower == ":"
        default: return false
        }
    }
}

extension String {
    /// The string with its first character upper-cased.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
