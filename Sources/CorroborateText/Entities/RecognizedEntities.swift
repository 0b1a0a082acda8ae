import CorroborateCore

/// The result of entity recognition on one document: the mentions and, per entity key, the
/// aliases and roles seen.
struct RecognizedEntities {
    private(set) var mentions: [Mention] = []
    private var roles: [String: [String]] = [:]
    /// Per entity key, the words of its roles (filled when role mentions are added).
    private var roleWords: [String: Set<String>] = [:]
    private var kinds: [String: EntityKind] = [:]
    private var order: [String] = []
    private let tokens: [ScanToken]
    private let finder: NameRunFinder

    init(runs: [NameRun], tokens: [ScanToken], document: TextDocument, finder: NameRunFinder) {
        self.tokens = tokens
        self.finder = finder
        self.document = document
        for run in runs {
            let span = finder.span(run.name, tokens)
            let mention = Mention(
                start: span.start, end: span.end, text: WordScanner.text(document.scalars, span), kind: run.kind, entity: run.canonical
            )
            record(mention)
            if let roleStart = run.roleStart, roleStart < run.name.lowerBound {
                let role = WordScanner.text(document.scalars, finder.span(roleStart..<run.name.lowerBound, tokens))
                if !FormsOfAddress.isEmptyRole(role), !(roles[run.canonical] ?? []).contains(role) { roles[run.canonical, default: []].append(role) }
            }
        }
    }

    private let document: TextDocument

    private mutating func record(_ mention: Mention) {
        if kinds[mention.entity] == nil {
            order.append(mention.entity)
            kinds[mention.entity] = mention.kind
        }
        mentions.append(mention)
    }

    /// Adds "the spokesman", "the Kremlin press secretary": a definite role not followed by a
    /// name, linked to the latest person before it whose roles contain the role's last word.
    mutating func addRoleMentions(titles: Set<String>) {
        roleWords = roles.mapValues { Set($0.flatMap(Self.words)) }
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard tokens[index].lower == "the" else { continue }
            for end in (index + 1)..<min(index + 4, tokens.count) where tokens[end].isWord {
                guard finder.isTitle(endingAt: end, from: index + 1, tokens) else { continue }
                if end + 1 < tokens.count, tokens[end + 1].isWord, tokens[end + 1].isCapitalized { break }
                let span = TextRange(start: tokens[index].start, end: tokens[end].end)
                let words = tokens[(index + 1)...end].filter(\.isWord).map(\.lower)
                if let key = person(withRole: words, before: span.start) {
                    mentions.append(Mention(start: span.start, end: span.end, text: WordScanner.text(document.scalars, span), kind: .person, entity: key))
                }
                break
            }
        }
        mentions.sort { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// The latest person before `offset` whose roles hold every word of the role phrase
    /// ("the Russian president" -> "Russian President Vladimir Putin"), else the latest whose
    /// roles hold its last word as a whole word ("president", not "President-elect").
    private func person(withRole words: [String], before offset: Int) -> String? {
        guard let last = words.last else { return nil }
        var lastWordMatch: String?
        for mention in mentions.reversed().prefix(200) where mention.start < offset && mention.kind == .person {
            guard let held = roleWords[mention.entity] else { continue }
            if words.allSatisfy(held.contains) { return mention.entity }
            if lastWordMatch == nil, held.contains(last) { lastWordMatch = mention.entity }
        }
        return lastWordMatch
    }

    /// Lower-cased words of a role, possessive endings dropped ("Trump's" -> "trump").
    static func words(_ role: String) -> [String] {
        role.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }).map { word in
            word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : String(word)
        }
    }

    /// The entities as the data model has them.
    var entities: [Entity] {
        order.map { key in
            let own = mentions.filter { $0.entity == key }
            var aliases: [String] = []
            for mention in own where !aliases.contains(mention.text) { aliases.append(mention.text) }
            return Entity(
                id: key, name: key, kind: kinds[key] ?? .other, aliases: aliases, roles: roles[key] ?? [],
                mentions: own.count
            )
        }
    }
}
