import CorroborateCore

/// Name slots: one person or role given two names by two articles ("the gunman, identified as Adam Vell" / "the
/// gunman was identified as Ben Okafor"; "Banksy's real name is Paul Horner" / "documents identified the artist as
/// Paul Homer").
///
/// A name is read where an article says who someone is: "identified X as NAME", "X (was, had been) identified as
/// NAME", "NAME was identified as X", "X (was) named (locally) as NAME", "X's real name is NAME", "X, whose real name
/// is NAME". NAME must be a person
/// mention; X is a story entity (its key) or a definite description ("the gunman", "the anonymous artist": its
/// head noun, the last part of a hyphened one, is the key); an indefinite one ("a man") or a pronoun names no slot.
/// Names sharing a key are one slot (a description and a name given together, "the street-artist known as Banksy",
/// join both keys). Two names are one value when they are one story entity, share their last word, or one's words
/// are all the other's; hyphens and spacing do not count (`EntityGroup.spacedAlike`). A slot is a discrepancy when
/// two articles give names that are not one value, neither article giving or mentioning the other's name.
extension DiscrepancyFinder {
    struct IdentifiedName {
        var article: String
        var keys: Set<String>
        /// What the slot is about, as the article says it: entity names, then "the" and the role noun.
        var shown: [String]
        var name: String
        var entity: String?
        var sentence: String
    }

    func nameDiscrepancies(_ inputs: [StoryInput], entities: StoryEntities) -> [Discrepancy] {
        let names = inputs.flatMap { identifiedNames(in: $0, entities: entities) }
        let texts = Dictionary(inputs.map { ($0.article.id, Set(DiscrepancySlots.words(in: $0.annotated.text, offset: 0).map(\.word))) },
                               uniquingKeysWith: { a, _ in a })
        return UnionFind.groups(of: names, related: { !$0.keys.isDisjoint(with: $1.keys) }).compactMap { members in
            let slot = members.map { names[$0] }
            func mentions(_ article: String, _ other: IdentifiedName) -> Bool {
                guard let last = IdentifiedNames.words(other.name).last else { return false }
                return texts[article]?.contains(last) == true
            }
            let disagree = slot.contains { a in
                slot.contains { b in
                    a.article < b.article && !IdentifiedNames.sameName(a, b) && !mentions(a.article, b) && !mentions(b.article, a)
                        && !slot.contains { $0.article == a.article && IdentifiedNames.sameName($0, b) }
                        && !slot.contains { $0.article == b.article && IdentifiedNames.sameName($0, a) }
                }
            }
            guard disagree else { return nil }
            // An entity whose name holds one of the names given ("Paul Horner AKA Banksy") is shown by its role.
            let given = Set(slot.flatMap { IdentifiedNames.words($0.name) })
            let candidates = slot.flatMap(\.shown)
            let shown = candidates.first { !$0.hasPrefix("the ") && Set(IdentifiedNames.words($0)).isDisjoint(with: given) }
                ?? candidates.first { $0.hasPrefix("the ") } ?? candidates.first ?? ""
            return Discrepancy(topic: "the name given for \(shown)", values: DiscrepancySlots.values(slot.map {
                .init(value: $0.name, article: $0.article, sentence: $0.sentence)
            }))
        }
    }

    func identifiedNames(in input: StoryInput, entities: StoryEntities) -> [IdentifiedName] {
        let mentions = input.annotated.mentions
        return input.annotated.sentences.flatMap { sentence -> [IdentifiedName] in
            let tokens = SlotToken.tokens(in: input.string(sentence), offset: sentence.start)
            let here = mentions.filter { $0.start >= sentence.start && $0.end <= sentence.end }
            func mention(at index: Int) -> Mention? {
                guard tokens.indices.contains(index) else { return nil }
                return here.first { $0.start >= tokens[index].start && $0.start < tokens[index].end }
            }
            func key(of mention: Mention) -> String {
                "entity:" + (entities.id(article: input.article.id, key: mention.entity) ?? mention.text.lowercased())
            }
            /// The person named at `index` (a "35-year-old" before it passed over).
            func person(at index: Int) -> Mention? {
                var index = index
                if tokens.indices.contains(index), StatedAges.yearOld(tokens[index]) != nil { index += 1 }
                guard let found = mention(at: index), found.kind == .person else { return nil }
                return found
            }
            /// The keys of a description or name in tokens[range]: the entities named in it and the head noun of a
            /// definite description. A subject (`ending`) is only the entity or description that ends it.
            func keys(_ range: Range<Int>, ending: Bool = false) -> (keys: Set<String>, shown: [String])? {
                let phrase = tokens[range].prefix { !$0.isPunctuation || $0.text == "'" }
                guard let first = phrase.first, let last = phrase.last else { return nil }
                var keys: Set<String> = []
                var shown: [String] = []
                for mention in here where mention.start >= first.start && mention.end <= last.end && (!ending || mention.end >= last.end - 2) {
                    keys.insert(key(of: mention))
                    shown.append(DiscrepancySlots.name(of: mention, in: input, entities: entities))
                }
                let determiner = ending ? phrase.lastIndex { IdentifiedNames.definite.contains($0.lower) }
                    : phrase.firstIndex { IdentifiedNames.definite.contains($0.lower) }
                if let determiner {
                    let rest = phrase[(determiner + 1)...]
                    let words = rest.prefix { !$0.isCapitalised && $0.lower != "known" }
                    if let head = words.last(where: { !IdentifiedNames.notHeads.contains($0.lower) }), !ending || words.count == rest.count {
                        let noun = String(head.lower.split(separator: "-").last ?? "")
                        if noun.count > 2, !IdentifiedNames.pronouns.contains(noun) {
                            keys.insert("role:" + noun)
                            shown.append("the " + noun)
                        }
                    }
                }
                return keys.isEmpty ? nil : (keys, shown)
            }
            func fill(_ name: Mention, _ described: (keys: Set<String>, shown: [String])?) -> IdentifiedName? {
                guard let described else { return nil }
                let entity = entities.id(article: input.article.id, key: name.entity)
                // The name itself is no key of its own slot.
                let keys = described.keys.subtracting(["entity:" + (entity ?? name.text.lowercased())])
                guard !keys.isEmpty else { return nil }
                return IdentifiedName(article: input.article.id, keys: keys, shown: described.shown, name: name.text, entity: entity,
                                      sentence: input.sentence(containing: name.start))
            }
            var found: [IdentifiedName] = []
            for (index, token) in tokens.enumerated() {
                if token.lower == "named" {
                    // "The victim was named as NAME", "the woman, named locally as NAME" (never "NAME was named as the
                    // new coach": an appointment, no name given)
                    guard let asIndex = tokens[(index + 1)...].prefix(2).firstIndex(where: { $0.lower == "as" }),
                          tokens[(index + 1)..<asIndex].allSatisfy({ IdentifiedNames.namedAdverbs.contains($0.lower) }),
                          let name = person(at: asIndex + 1),
                          let named = fill(name, keys(IdentifiedNames.subject(tokens, before: index), ending: true)) else { continue }
                    found.append(named)
                } else if ["identified", "unmasked"].contains(token.lower) {
                    guard let asIndex = tokens[(index + 1)...].prefix(8).firstIndex(where: { $0.lower == "as" }) else { continue }
                    if let name = person(at: asIndex + 1) {
                        // "identified the artist as NAME" / "the woman was identified as NAME"
                        let described = asIndex > index + 1 ? keys((index + 1)..<asIndex) : keys(IdentifiedNames.subject(tokens, before: index), ending: true)
                        if let named = fill(name, described) { found.append(named) }
                    } else if asIndex == index + 1 {
                        // "NAME, 39, had been identified as the street-artist known as Banksy"
                        let subject = IdentifiedNames.subject(tokens, before: index)
                        guard !subject.isEmpty, let name = here.first(where: {
                            $0.kind == .person && $0.end > tokens[subject.upperBound - 1].start && $0.end <= tokens[subject.upperBound - 1].end
                        }) else { continue }
                        if let named = fill(name, keys((asIndex + 1)..<min(tokens.count, asIndex + 9))) { found.append(named) }
                    }
                } else if token.lower == "real", index + 2 < tokens.count, tokens[index + 1].lower == "name",
                          ["is", "was"].contains(tokens[index + 2].lower), let name = person(at: index + 3) {
                    // "Banksy's real name is NAME", "the artist, whose real name is NAME"
                    var start = index - 1
                    while start >= 0, !tokens[start].isPunctuation || tokens[start].text == "'" { start -= 1 }
                    if start >= 0, tokens[start].text == ",", tokens.indices.contains(start + 1), tokens[start + 1].lower == "whose" {
                        let clause = IdentifiedNames.subject(tokens, before: start + 1)
                        if let named = fill(name, keys(clause, ending: true)) { found.append(named) }
                    } else if let named = fill(name, keys((start + 1)..<index, ending: true)) {
                        found.append(named)
                    }
                }
            }
            return found
        }
    }
}

enum IdentifiedNames {
    /// Words that make a description definite.
    static let definite: Set<String> = ["the", "this", "that", "his", "her", "their", "its"]
    /// Words that end a description but are not its head ("the man inside").
    static let notHeads: Set<String> = ["inside", "there", "here", "now", "later", "also", "himself", "herself", "only", "first"]
    static let pronouns: Set<String> = ["him", "her", "them", "himself", "herself", "one", "man's", "woman's"]
    /// Words between "named" and "as" ("named locally as").
    static let namedAdverbs: Set<String> = ["locally", "publicly", "officially", "formally"]
    /// Words passed over between a subject and "identified".
    static let auxiliaries: Set<String> = [
        "was", "were", "is", "are", "has", "have", "had", "been", "being", "be", "who", "later", "since", "now", "first",
        "officially", "also", "publicly", "formally",
    ]

    /// The token range of the subject that ends before `index` ("the woman was identified": "the woman"; "Paul
    /// Horner, 39, had been identified": "Paul Horner"): auxiliaries, commas and an age passed over, then back to
    /// the clause's start.
    static func subject(_ tokens: [SlotToken], before index: Int) -> Range<Int> {
        var end = index
        while end > 0, auxiliaries.contains(tokens[end - 1].lower) || tokens[end - 1].text == "," || tokens[end - 1].isDigits {
            end -= 1
        }
        var start = end
        while start > 0, !tokens[start - 1].isPunctuation || tokens[start - 1].text == "'" { start -= 1 }
        return start..<end
    }

    /// A name's folded words, hyphens read as spaces.
    static func words(_ name: String) -> [String] {
        EntityGroup.words(name.replacingOccurrences(of: "-", with: " "))
    }

    /// Whether two fills name one person.
    static func sameName(_ a: DiscrepancyFinder.IdentifiedName, _ b: DiscrepancyFinder.IdentifiedName) -> Bool {
        if let x = a.entity, x == b.entity { return true }
        let x = words(a.name), y = words(b.name)
        guard let lastX = x.last, let lastY = y.last else { return true }
        return lastX == lastY || Set(x).isSubset(of: Set(y)) || Set(y).isSubset(of: Set(x))
            || EntityGroup.spacedAlike(EntityGroup.words(a.name), EntityGroup.words(b.name))
    }
}
