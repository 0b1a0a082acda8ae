import CorroborateCore

/// Finds the same slot filled with different dates by different sources: "The Washington Post
/// reported on Thursday" in one article, "The Washington Post first reported on Sunday" in another.
///
/// Each date expression is read as an event: its verb is the nearest past-tense word (ending in
/// "ed", or in `irregularVerbs`) among the `lookBack` words before it, in the same clause (no
/// comma between); verbs of one kind share a class through `verbClasses` ("fell", "gave way" and
/// "collapsed" are one). Its actors are the story entities named in the sentence before the verb.
/// Two events are one slot when their verb classes are equal and they share an actor; a slot
/// dated two or more ways is a discrepancy, named after the actor its events share most often.
public struct DiscrepancyFinder: Sendable {
    /// Words passed over between the verb and the date.
    public var skippedWords: Set<String> = ["first", "earlier", "only", "initially", "originally", "also", "last", "then"]
    /// Past-tense verbs that do not end in "ed".
    public var irregularVerbs: Set<String> = [
        "said", "met", "spoke", "held", "took", "made", "told", "wrote", "began", "won", "lost", "sent",
        "struck", "hit", "came", "went", "left", "fell", "rose", "broke", "ran", "led", "paid", "sold",
    ]

    /// Words searched back from the date for the verb.
    public var lookBack = 8
    /// Verbs that name one kind of event, mapped to the verb that names the slot.
    public var verbClasses: [String: String] = [
        "fell": "collapsed", "gave": "collapsed", "crumbled": "collapsed", "caved": "collapsed",
        "spoke": "spoke", "talked": "spoke", "held": "spoke", "phoned": "spoke", "called": "spoke",
        "published": "reported", "wrote": "reported", "broke": "reported",
        "died": "died", "killed": "died", "resigned": "resigned", "quit": "resigned", "stepped": "resigned",
    ]
    /// Nouns of an event dated by the expression right before them ("in a 10 November report", "the
    /// 7 November call", "Sunday's report"), mapped to the verb that names the slot.
    public var eventNouns: [String: String] = [
        "report": "reported", "article": "reported", "story": "reported", "interview": "reported",
        "call": "spoke", "conversation": "spoke", "talks": "spoke", "collapse": "collapsed",
    ]
    /// Words that are never the slot's verb although they end in "ed".
    public var notVerbs: Set<String> = ["red", "bed", "shed", "need", "speed", "feed", "seed", "hundred", "based", "related"]

    public init() {}

    /// One dated event in one article.
    struct Event {
        var article: String
        var day: String
        var verb: String
        var actors: [String]
        var sentence: String
    }

    func discrepancies(_ inputs: [StoryInput], entities: StoryEntities) -> [Discrepancy] {
        let events = inputs.flatMap { dated(in: $0, entities: entities) }
        var union = UnionFind(count: events.count)
        for i in events.indices {
            for j in events.indices where j > i && events[i].verb == events[j].verb {
                if !Set(events[i].actors).isDisjoint(with: events[j].actors) { union.join(i, j) }
            }
        }
        return union.groups().compactMap { members in
            let slot = members.map { events[$0] }
            guard Set(slot.map(\.day)).count >= 2, Set(slot.map(\.article)).count >= 2 else { return nil }
            return Discrepancy(topic: "when \(Self.sharedActor(slot)) \(slot[0].verb)", values: Self.values(slot))
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
            let actors = input.annotated.mentions.filter { $0.start >= sentence.start && $0.end <= actorsEnd }.map { mention in
                entities.id(article: input.article.id, key: mention.entity)
                    .flatMap { id in entities.entity(id: id)?.name } ?? mention.text
            }
            guard !actors.isEmpty else { return nil }
            return Event(article: input.article.id, day: day, verb: verbClasses[verb.word] ?? verb.word, actors: actors,
                         sentence: input.sentence(containing: timex.start))
        }
    }

    /// The event noun right after the date expression (after a possessive "'s"), as its slot verb.
    private func noun(after timex: Timex, in sentence: TextRange, of input: StoryInput) -> (word: String, start: Int, isNoun: Bool)? {
        let after = input.string(TextRange(start: timex.end, end: sentence.end))
        let words = Self.words(in: after, offset: timex.end).prefix(2)
        guard let first = words.first else { return nil }
        let word = first.word == "s" || first.word == "'s" || first.word == "’s" ? words.dropFirst().first : first
        guard let word, let verb = eventNouns[word.word] else { return nil }
        return (verb, word.start, true)
    }

    private func verb(before timex: Timex, in sentence: TextRange, of input: StoryInput) -> (word: String, start: Int, isNoun: Bool)? {
        let before = input.string(TextRange(start: sentence.start, end: timex.start))
        let scalars = before.unicodeScalars
        let clauseStart = scalars.lastIndex(of: ",").map { scalars.distance(from: scalars.startIndex, to: $0) + 1 } ?? 0
        let words = Self.words(in: before, offset: sentence.start).filter { $0.start >= sentence.start + clauseStart }
        return words.suffix(lookBack).last { word in
            !skippedWords.contains(word.word) && !notVerbs.contains(word.word)
                && (word.word.hasSuffix("ed") || irregularVerbs.contains(word.word) || verbClasses[word.word] != nil)
        }.map { ($0.word, $0.start, false) }
    }

    /// The actor named by the most events of the slot (the earliest named on a tie).
    static func sharedActor(_ events: [Event]) -> String {
        var counts: [String: Int] = [:]
        var first: [String] = []
        for event in events {
            for actor in Set(event.actors) {
                if counts[actor] == nil { first.append(actor) }
                counts[actor, default: 0] += 1
            }
        }
        return first.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? ""
    }

    /// One value per day, each with its articles and sentences, earliest first.
    static func values(_ events: [Event]) -> [DiscrepancyValue] {
        var byDay: [String: DiscrepancyValue] = [:]
        for event in events {
            var value = byDay[event.day] ?? DiscrepancyValue(value: event.day, articles: [], sentences: [])
            if !value.articles.contains(event.article) {
                value.articles.append(event.article)
                value.sentences.append(event.sentence)
            }
            byDay[event.day] = value
        }
        return byDay.values.sorted { $0.value < $1.value }
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
