import CorroborateCore

/// What the slot readers share: the actors a sentence names, the values a slot is filled with, the
/// actor a slot's events share, words with their offsets.
enum DiscrepancySlots {
    /// One article's value for a slot, with the sentence that gives it; `order` sorts numbers by size.
    struct Fill {
        var value: String
        var article: String
        var sentence: String
        var order: Double = 0
    }

    /// The story entities (their story names) mentioned between two scalar offsets of an article.
    static func actors(of input: StoryInput, from start: Int, to end: Int, entities: StoryEntities) -> [String] {
        input.annotated.mentions.filter { $0.start >= start && $0.end <= end }.map { name(of: $0, in: input, entities: entities) }
    }

    /// A mention's story entity name, or its own text.
    static func name(of mention: Mention, in input: StoryInput, entities: StoryEntities) -> String {
        entities.id(article: input.article.id, key: mention.entity).flatMap { entities.entity(id: $0)?.name } ?? mention.text
    }

    /// The actor named by the most events of the slot (the earliest named on a tie).
    static func sharedActor(_ events: [[String]]) -> String {
        var counts: [String: Int] = [:]
        var first: [String] = []
        for actors in events {
            var seen: Set<String> = []
            for actor in actors where seen.insert(actor).inserted {
                if counts[actor] == nil { first.append(actor) }
                counts[actor, default: 0] += 1
            }
        }
        return first.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? ""
    }

    /// One value per distinct fill, each with its articles and sentences, smallest (or earliest) first.
    static func values(_ fills: [Fill]) -> [DiscrepancyValue] {
        var byValue: [String: (order: Double, value: DiscrepancyValue)] = [:]
        for fill in fills {
            var entry = byValue[fill.value] ?? (fill.order, DiscrepancyValue(value: fill.value, articles: [], sentences: []))
            if !entry.value.articles.contains(fill.article) {
                entry.value.articles.append(fill.article)
                entry.value.sentences.append(fill.sentence)
            }
            byValue[fill.value] = entry
        }
        return byValue.values.sorted { ($0.order, $0.value.value) < ($1.order, $1.value.value) }.map(\.value)
    }

    /// Lower-cased words (letters and apostrophes) with their scalar offsets.
    static func words(in text: String, offset: Int) -> [(word: String, start: Int)] {
        var result: [(String, Int)] = []
        var current = String.UnicodeScalarView()
        var start = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if scalar.properties.isAlphabetic || scalar == "'" || scalar == "’" {
                if current.isEmpty { start = offset + index }
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if !current.isEmpty {
                result.append((String(current), start))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append((String(current), start)) }
        return result
    }
}
