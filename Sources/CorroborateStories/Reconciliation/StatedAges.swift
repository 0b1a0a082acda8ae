import CorroborateCore

/// Age slots: "Abdel-Majed Abdel Bary, 24, a former rapper" in one article, "23-year-old London rapper Abdel
/// Majed Abdel Bary" in another.
///
/// An age is stated of a person mention by "Name, 24," "Name (24)", "Name, aged 24," "Name, a 24-year-old ..."
/// or "24-year-old" followed within `ageNameWords` words by the name. Ages of one story person that differ
/// between two articles are a discrepancy, unless an article gives both ages (then it speaks of two people).
extension DiscrepancyFinder {
    struct StatedAge {
        var article: String
        var person: String
        var name: String
        var age: Int
        var sentence: String
    }

    func ageDiscrepancies(_ inputs: [StoryInput], entities: StoryEntities) -> [Discrepancy] {
        let ages = inputs.flatMap { stated(in: $0, entities: entities) }
        var persons: [String] = []
        for age in ages where !persons.contains(age.person) { persons.append(age.person) }
        return persons.compactMap { person in
            let slot = ages.filter { $0.person == person }
            let disagree = slot.contains { a in
                slot.contains { b in
                    a.article < b.article && a.age != b.age
                        && !slot.contains { $0.article == a.article && $0.age == b.age }
                        && !slot.contains { $0.article == b.article && $0.age == a.age }
                }
            }
            guard disagree else { return nil }
            return Discrepancy(topic: "\(slot[0].name)'s age", values: DiscrepancySlots.values(slot.map {
                .init(value: String($0.age), article: $0.article, sentence: $0.sentence, order: Double($0.age))
            }))
        }
    }

    func stated(in input: StoryInput, entities: StoryEntities) -> [StatedAge] {
        let persons = input.annotated.mentions.filter { $0.kind == .person }
        return input.annotated.sentences.flatMap { sentence -> [StatedAge] in
            let tokens = SlotToken.tokens(in: input.string(sentence), offset: sentence.start)
            let here = persons.filter { $0.start >= sentence.start && $0.end <= sentence.end }
            func age(_ mention: Mention, _ value: Int) -> StatedAge? {
                guard (1...119).contains(value), let id = entities.id(article: input.article.id, key: mention.entity) else { return nil }
                // A name that shares no word with its story person's name was joined to it by mistake ("Brokaw, 74"
                // read as Brian Williams): its age is no age of that person.
                let name = DiscrepancySlots.name(of: mention, in: input, entities: entities)
                let words = Set(DiscrepancySlots.words(in: name, offset: 0).map(\.word))
                guard DiscrepancySlots.words(in: mention.text, offset: 0).contains(where: { words.contains($0.word) }) else { return nil }
                return StatedAge(article: input.article.id, person: id, name: name,
                                 age: value, sentence: input.sentence(containing: mention.start))
            }
            var found: [StatedAge] = []
            for mention in here {
                // "Name, 24," "Name (24)" "Name, aged 24," "Name, a 24-year-old"
                guard let next = tokens.firstIndex(where: { $0.start >= mention.end }), next + 2 < tokens.count,
                      [",", "("].contains(tokens[next].text) else { continue }
                var index = next + 1
                if ["aged", "a", "an", "the"].contains(tokens[index].lower) { index += 1 }
                guard index + 1 < tokens.count || StatedAges.yearOld(tokens[index]) != nil else { continue }
                if let years = StatedAges.yearOld(tokens[index]) {
                    if let stated = age(mention, years) { found.append(stated) }
                } else if tokens[index].isDigits, [",", ")"].contains(tokens[index + 1].text), let years = Int(tokens[index].text),
                          let stated = age(mention, years) {
                    found.append(stated)
                }
            }
            // "23-year-old London rapper Abdel Majed Abdel Bary"
            for (index, token) in tokens.enumerated() {
                guard let years = StatedAges.yearOld(token) else { continue }
                let window = tokens[(index + 1)..<min(tokens.count, index + 1 + ageNameWords)]
                let end = window.first { $0.isPunctuation }?.start ?? window.last?.end ?? token.end
                guard let mention = here.first(where: { $0.start >= token.end && $0.start < end }),
                      !found.contains(where: { $0.sentence == input.sentence(containing: mention.start) && $0.age == years }),
                      let stated = age(mention, years) else { continue }
                found.append(stated)
            }
            return found
        }
    }
}

enum StatedAges {
    /// The age of a "24-year-old" or "twenty-two-year-old" token.
    static func yearOld(_ token: SlotToken) -> Int? {
        let word = token.lower
        guard word.hasSuffix("-year-old") else { return nil }
        let number = String(word.dropLast("-year-old".count))
        if let value = Int(number) { return value }
        let probe = SlotToken(text: number, start: 0, end: 0, attached: false)
        return QuantityReader.value(of: probe).map { Int($0) }
    }
}
