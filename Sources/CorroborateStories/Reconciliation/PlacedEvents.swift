import CorroborateCore
import CorroborateText

/// Place slots: one event placed in two places that cannot both hold ("Adam Vell was born in Canada" / "Adam Vell
/// was born in Ireland"; "the video was filmed in Syria" / "... in Iraq").
///
/// A place is read where a locative preposition ("in", "at", "inside"; "in the city of") opens a place mention and
/// an event word of a closed table (`PlacedEvents.verbs`: born, died, arrested, kidnapped, filmed, married ...) is
/// among the `placeVerbWords` words before the preposition, in its clause (no comma, "and" or negation between);
/// its actors are the story entities other than places, outlets and agencies named before the word in the sentence
/// (after a reporting "that": "CNN reported that ..."), as `DatedEvents` reads dates. Two events are one slot when
/// their classes are equal and they share an actor. Places are compared through `PlaceContainment`: two articles
/// disagree when their places exclude each other (both known at one level, in different countries; "Ottawa" and
/// "Canada" or "Laval" and "Quebec" never do) and neither article also gives a place the other's does not exclude.
extension DiscrepancyFinder {
    struct PlacedEvent {
        var article: String
        var place: String
        var verb: String
        var actors: [String]
        var sentence: String
    }

    func placeDiscrepancies(_ inputs: [StoryInput], entities: StoryEntities) -> [Discrepancy] {
        let events = inputs.flatMap { placed(in: $0, entities: entities) }
        let related = { (a: PlacedEvent, b: PlacedEvent) in a.verb == b.verb && !Set(a.actors).isDisjoint(with: b.actors) }
        return UnionFind.groups(of: events, related: related).compactMap { members in
            let slot = members.map { events[$0] }
            let byArticle = Dictionary(grouping: slot, by: \.article)
            let disagree = slot.contains { a in
                slot.contains { b in
                    a.article < b.article && related(a, b) && placeContainment.excludes(a.place, b.place)
                        && !byArticle[a.article, default: []].contains { !placeContainment.excludes($0.place, b.place) }
                        && !byArticle[b.article, default: []].contains { !placeContainment.excludes($0.place, a.place) }
                }
            }
            guard disagree else { return nil }
            let actor = DiscrepancySlots.sharedActor(slot.map(\.actors))
            return Discrepancy(topic: PlacedEvents.topic(verb: slot[0].verb, actor: actor),
                               values: DiscrepancySlots.values(slot.map { .init(value: $0.place, article: $0.article, sentence: $0.sentence) }))
        }
    }

    func placed(in input: StoryInput, entities: StoryEntities) -> [PlacedEvent] {
        let places = input.annotated.mentions.filter { $0.kind == .place }
        return input.annotated.sentences.flatMap { sentence -> [PlacedEvent] in
            let tokens = SlotToken.tokens(in: input.string(sentence), offset: sentence.start)
            return places.filter { $0.start >= sentence.start && $0.end <= sentence.end }.compactMap { mention in
                guard let first = tokens.firstIndex(where: { $0.start >= mention.start }),
                      let preposition = PlacedEvents.preposition(tokens, before: first),
                      let (verb, verbIndex) = placeVerb(in: tokens, before: preposition),
                      let place = placeName(of: mention, in: input, entities: entities) else { return nil }
                let from = CountedEvents.reportedContent(tokens, before: verbIndex).map { tokens[$0].end } ?? sentence.start
                let actors = input.annotated.mentions.filter {
                    $0.start >= from && $0.end <= tokens[verbIndex].start && !PlacedEvents.notActors.contains($0.kind)
                }.map { DiscrepancySlots.name(of: $0, in: input, entities: entities) }
                guard !actors.isEmpty else { return nil }
                return PlacedEvent(article: input.article.id, place: place, verb: verb, actors: actors,
                                   sentence: input.sentence(containing: mention.start))
            }
        }
    }

    /// The table's name of a place mention (its story entity's name, or its text), if the table knows it.
    private func placeName(of mention: Mention, in input: StoryInput, entities: StoryEntities) -> String? {
        let name = DiscrepancySlots.name(of: mention, in: input, entities: entities)
        return placeContainment.canonical(name) ?? placeContainment.canonical(mention.text)
    }

    /// The event class of the nearest `placeVerbs` word among the `placeVerbWords` words before token `end`, in its
    /// clause: no comma, semicolon, "and" or negation between.
    private func placeVerb(in tokens: [SlotToken], before end: Int) -> (String, Int)? {
        var index = end - 1
        var words = 0
        while index >= 0, words <= placeVerbWords {
            let token = tokens[index]
            if token.text == "," || token.text == ";" || token.text == ":" || PlacedEvents.clauseBreaks.contains(token.lower) { return nil }
            if let verb = placeVerbs[token.lower] {
                let clause = tokens[..<index].lastIndex { $0.text == "," || $0.text == ";" || $0.text == ":" }.map { $0 + 1 } ?? 0
                return tokens[clause..<index].contains(where: PlacedEvents.isNegation) ? nil : (verb, index)
            }
            if !token.isPunctuation { words += 1 }
            index -= 1
        }
        return nil
    }
}

enum PlacedEvents {
    /// Event words and the class that names their slot.
    static let verbs: [String: String] = [
        "born": "born", "died": "died", "buried": "buried",
        "arrested": "arrested", "detained": "arrested", "captured": "arrested", "apprehended": "arrested",
        "kidnapped": "kidnapped", "abducted": "kidnapped",
        "filmed": "filmed", "photographed": "filmed",
        "married": "married", "wed": "married",
        "crashed": "crashed", "landed": "landed",
        "surgery": "had surgery",
    ]
    /// Mentions of these kinds are no actors of an event (its place, or the outlet reporting it).
    static let notActors: Set<EntityKind> = [.place, .outlet, .agency]
    static let negations: Set<String> = ["not", "never", "no", "n't", "nor", "denied", "denies", "deny"]
    /// Words that end the event's clause going back from the place.
    static let clauseBreaks: Set<String> = ["and", "or", "but", "while", "before", "after", "then", "from", "to"]
    static func isNegation(_ token: SlotToken) -> Bool {
        negations.contains(token.lower) || token.lower.hasSuffix("n't") || token.lower.hasSuffix("n’t")
    }

    /// Words before a place mention that place an event in it.
    static let prepositions: Set<String> = ["in", "at", "inside"]
    /// Nouns of "in the city of X".
    static let settlementNouns: Set<String> = ["city", "town", "village", "capital", "province", "state", "region", "country"]

    /// The index of the locative preposition that opens the place at token `first`: "in X", "in the X", "in the
    /// city of X".
    static func preposition(_ tokens: [SlotToken], before first: Int) -> Int? {
        var index = first - 1
        if index >= 2, tokens[index].lower == "of", settlementNouns.contains(tokens[index - 1].lower) { index -= 2 }
        if index >= 0, tokens[index].lower == "the" { index -= 1 }
        return index >= 0 && prepositions.contains(tokens[index].lower) ? index : nil
    }

    static func topic(verb: String, actor: String) -> String {
        switch verb {
        case "born", "buried", "arrested", "kidnapped", "filmed": return "where \(actor) was \(verb)"
        default: return "where \(actor) \(verb)"
        }
    }
}
