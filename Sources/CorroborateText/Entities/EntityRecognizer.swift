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
///    single name ("Peskov said"), or two or three capitalised words;
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
    public var gazetteer: Gazetteer
    /// Reporting verbs: a single capitalised word followed by one is a person ("Peskov said").
    public var lexicon: ReportingLexicon
    var stopWords: Set<String>

    /// A recognizer with explicit vocabularies.
    public init(gazetteer: Gazetteer, lexicon: ReportingLexicon, stopWords: Set<String>) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.stopWords = stopWords
    }

    /// A recognizer with the vocabularies shipped in the module's resources.
    public static func bundled() throws -> EntityRecognizer {
        EntityRecognizer(
            gazetteer: try .bundled(), lexicon: try .bundled(),
            stopWords: Set(try ResourceText.lines("entities-stopwords", "txt"))
        )
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
        let finder = NameRunFinder(gazetteer: gazetteer, stopWords: stopWords, reportingVerbs: Set(lexicon.verbs.keys))
        var runs: [NameRun] = []
        for raw in finder.runs(in: tokens) {
            guard let run = finder.trimmed(raw, tokens, text: document) else { continue }
            if let classified = classify(run, tokens, finder: finder, document: document) { runs.append(classified) }
        }
        var merger = PersonMerger()
        let names = runs.map { WordScanner.text(document.scalars, finder.span($0.name, tokens)) }
        let candidates = runs.indices.filter { runs[$0].kind == .person || runs[$0].kind == .other }
        let persons = merger.merge(candidates, runs, names: names, tokens)
        for (index, key) in persons { runs[index].kind = .person; runs[index].canonical = key }
        runs.removeAll { $0.kind == .other && $0.name.count == 1 && isSentenceInitial($0.name.lowerBound, tokens) }
        var result = RecognizedEntities(runs: runs, tokens: tokens, document: document, finder: finder)
        result.addRoleMentions(titles: gazetteer.titles)
        return result
    }

    private func classify(_ run: Range<Int>, _ tokens: [ScanToken], finder: NameRunFinder, document: TextDocument)
        -> NameRun?
    {
        let text = WordScanner.text(document.scalars, finder.span(run, tokens))
        if let source = gazetteer.source(named: text) {
            return NameRun(name: run, roleStart: nil, kind: source.kind, canonical: source.canonical)
        }
        let (titleStart, nameRange) = finder.splitTitle(run, tokens)
        let name = WordScanner.text(document.scalars, finder.span(nameRange, tokens))
        if let source = gazetteer.source(named: name) {
            return NameRun(name: nameRange, roleStart: nil, kind: source.kind, canonical: source.canonical)
        }
        if let kind = gazetteerKind(name, nameRange, tokens) {
            return NameRun(name: nameRange, roleStart: nil, kind: kind, canonical: name)
        }
        let roleStart = titleStart ?? finder.roleBefore(nameRange.lowerBound, tokens)
        let kind = personEvidence(nameRange, hasRole: roleStart != nil, tokens) ? EntityKind.person : .other
        return NameRun(name: nameRange, roleStart: kind == .person ? roleStart : nil, kind: kind, canonical: name)
    }

    private func gazetteerKind(_ name: String, _ range: Range<Int>, _ tokens: [ScanToken]) -> EntityKind? {
        if gazetteer.places.contains(name) { return .place }
        if gazetteer.organizations.contains(name) { return .organization }
        let heads = tokens[range].filter { $0.isWord && gazetteer.organizationHeads.contains($0.lower.capitalizedFirst) }
        if let last = tokens[range].last, heads.contains(last) { return .organization }
        return heads.isEmpty || range.count < 2 ? nil : .organization
    }

    private func personEvidence(_ range: Range<Int>, hasRole: Bool, _ tokens: [ScanToken]) -> Bool {
        let words = tokens[range]
        if hasRole { return true }
        if let first = words.first, gazetteer.firstNames.contains(first.lower.capitalizedFirst) { return true }
        if words.count >= 2 && words.count <= 3 {
            return true
        }
        let next = range.upperBound
        return words.count == 1 && next < tokens.count && lexicon.verbs[tokens[next].lower] == .speech
    }

    func isSentenceInitial(_ index: Int, _ tokens: [ScanToken]) -> Bool {
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
