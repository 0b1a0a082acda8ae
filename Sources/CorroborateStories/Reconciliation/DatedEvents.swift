import CorroborateCore

/// Date slots: "The Washington Post reported on Thursday" in one article, "The Washington Post first
/// reported on Sunday" in another.
///
/// Each date expression is read as an event: its verb is the nearest past-tense word (ending in
/// "ed", or in `irregularVerbs`) among the `lookBack` words before it, in the same clause (no
/// comma between); verbs of one kind share a class through `verbClasses` ("fell", "gave way" and
/// "collapsed" are one). Its actors are the story entities named in the sentence before the verb.
/// Two events are one slot when their verb classes are equal and they share an actor; a slot
/// dated two or more ways is a discrepancy, named after the actor its events share most often.
extension DiscrepancyFinder {
    /// One dated event in one article.
    struct Event {
        var article: String
        var day: String
        var verb: String
        var actors: [String]
        var sentence: String
    }

    func dateDiscrepancies(_ inputs: [StoryInput], entities: StoryEntities) -> [Discrepancy] {
        let events = inputs.flatMap { dated(in: $0, entities: entities) }
        let related = { (a: Event, b: Event) in a.verb == b.verb && !Set(a.actors).isDisjoint(with: b.actors) }
        return UnionFind.groups(of: events, related: related).compactMap { members in
            let slot = members.map { events[$0] }
            guard Set(slot.map(\.day)).count >= 2, Set(slot.map(\.article)).count >= 2 else { return nil }
            return Discrepancy(topic: "when \(DiscrepancySlots.sharedActor(slot.map(\.actors))) \(slot[0].verb)",
                               values: DiscrepancySlots.values(slot.map { .init(value: $0.day, article: $0.article, sentence: $0.sentence) }))
        }
    }

    private func dated(in input: StoryInput, entities: StoryEntities) -> [Event] {
        input.annotated.timexes.compactMap { timex in
            guard timex.type == .date || timex.type == .time,
                  let day = PublicationDate(String(timex.value.prefix(10)))?.day,
                  let sentence = input.annotated.sentences.first(where: { $0.start <= timex.start && timex.start < $0.end }),
                  let verb = verb(before: timex, in: sentence, of: input) ?? noun(after: timex, in: sentence, of: input)
            else { return nil }
            // A verb's actors are named before it; a dated noun's anywhere in its sentence ("In a 10
            // November report, The Washington Post cited ...").
            let actorsEnd = verb.isNoun ? sentence.end : verb.start
            let actors = DiscrepancySlots.actors(of: input, from: sentence.start, to: actorsEnd, entities: entities)
            guard !actors.isEmpty else { return nil }
            return Event(article: input.article.id, day: day, verb: verbClasses[verb.word] ?? verb.word, actors: actors,
                         sentence: input.sentence(containing: timex.start))
        }
    }

    /// The event noun right after the date expression (after a possessive "'s"), as its slot verb.
    private func noun(after timex: Timex, in sentence: TextRange, of input: StoryInput) -> (word: String, start: Int, isNoun: Bool)? {
        let after = input.string(TextRange(start: timex.end, end: sentence.end))
        let words = DiscrepancySlots.words(in: after, offset: timex.end).prefix(2)
        guard let first = words.first else { return nil }
        let word = first.word == "s" || first.word == "'s" || first.word == "’s" ? words.dropFirst().first : first
        guard let word, let verb = eventNouns[word.word] else { return nil }
        return (verb, word.start, true)
    }

    private func verb(before timex: Timex, in sentence: TextRange, of input: StoryInput) -> (word: String, start: Int, isNoun: Bool)? {
        let before = input.string(TextRange(start: sentence.start, end: timex.start))
        let scalars = before.unicodeScalars
        let clauseStart = scalars.lastIndex(of: ",").map { scalars.distance(from: scalars.startIndex, to: $0) + 1 } ?? 0
        let words = DiscrepancySlots.words(in: before, offset: sentence.start).filter { $0.start >= sentence.start + clauseStart }
        return words.suffix(lookBack).last { word in
            !skippedWords.contains(word.word) && !notVerbs.contains(word.word)
                && (word.word.hasSuffix("ed") || irregularVerbs.contains(word.word) || verbClasses[word.word] != nil)
        }.map { ($0.word, $0.start, false) }
    }
}
