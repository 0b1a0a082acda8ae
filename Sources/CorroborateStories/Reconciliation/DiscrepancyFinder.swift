import CorroborateCore

/// Finds the same slot filled with different dates by different sources: "The Washington Post
/// reported on Thursday" in one article, "The Washington Post first reported on Sunday" in another.
///
/// A slot is (who, verb): the verb is the word right before the date expression, skipping the
/// adverbs in `skippedWords` ("first", "earlier", "only"); it must end in "ed" or be in
/// `irregularVerbs`. Who is the entity mentioned last before the verb in the same sentence,
/// named by its story entity. Slots with two or more distinct calendar dates are discrepancies.
public struct DiscrepancyFinder: Sendable {
    /// Words passed over between the verb and the date.
    public var skippedWords: Set<String> = ["first", "earlier", "only", "initially", "originally", "also", "last", "then"]
    /// Past-tense verbs that do not end in "ed".
    public var irregularVerbs: Set<String> = [
        "said", "met", "spoke", "held", "took", "made", "told", "wrote", "began", "began", "won", "lost", "sent",
        "struck", "hit", "came", "went", "left", "fell", "rose", "broke", "ran", "began", "led", "paid", "sold",
    ]

    public init() {}

    struct Slot: Hashable {
        var holder: String
        var verb: String
    }

    func discrepancies(_ inputs: [StoryInput], entities: StoryEntities) -> [Discrepancy] {
        var values: [Slot: [String: DiscrepancyValue]] = [:]
        var order: [Slot] = []
        for input in inputs {
            for timex in input.annotated.timexes where timex.type == .date {
                guard let day = PublicationDate(String(timex.value.prefix(10)))?.day,
                      let slot = slot(of: timex, in: input, entities: entities)
                else { continue }
                if values[slot] == nil { order.append(slot) }
                let sentence = input.sentence(containing: timex.start)
                var value = values[slot]?[day] ?? DiscrepancyValue(value: day, articles: [], sentences: [])
                if !value.articles.contains(input.article.id) {
                    value.articles.append(input.article.id)
                    value.sentences.append(sentence)
                }
                values[slot, default: [:]][day] = value
            }
        }
        return order.compactMap { slot in
            guard let byDay = values[slot], byDay.count >= 2 else { return nil }
            return Discrepancy(topic: "when \(slot.holder) \(slot.verb)", values: byDay.values.sorted { $0.value < $1.value })
        }
    }

    private func slot(of timex: Timex, in input: StoryInput, entities: StoryEntities) -> Slot? {
        guard let sentence = input.annotated.sentences.first(where: { $0.start <= timex.start && timex.start < $0.end }) else {
            return nil
        }
        var words = Self.words(in: input.string(TextRange(start: sentence.start, end: timex.start)), offset: sentence.start)
        while let last = words.last, skippedWords.contains(last.word) || last.word == "on" || last.word == "in" {
            words.removeLast()
        }
        guard let verb = words.last, verb.word.hasSuffix("ed") || irregularVerbs.contains(verb.word),
              let holder = input.annotated.mentions.last(where: { $0.start >= sentence.start && $0.end <= verb.start })
        else { return nil }
        let name = entities.id(article: input.article.id, key: holder.entity)
            .flatMap { id in entities.entities.first { $0.id == id }?.name } ?? holder.text
        return Slot(holder: name, verb: verb.word)
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
