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
///
/// Months and years ("in October 2013", "three years ago" resolved against the publication date to 2011, "last
/// month") date only events that happen once (`onceVerbs`: sold, born, died, married, founded ...); they are compared
/// at the coarser of the two granularities (2013-10 and 2013 agree), a relative expression (no year written)
/// allowing one unit either way ("three years ago" in October 2014 is 2010-2012). A slot with such a value is a
/// discrepancy when two articles give values that disagree and neither article also gives one agreeing with the other's.
extension DiscrepancyFinder {
    /// One dated event in one article.
    struct Event {
        var article: String
        var day: String
        var verb: String
        var actors: [String]
        var sentence: String
        /// Units of the value's granularity it may be off by (a relative month or year: 1).
        var slack = 0

        var isDay: Bool { day.count == 10 }
    }

    func dateDiscrepancies(_ inputs: [StoryInput], entities: StoryEntities) -> [Discrepancy] {
        let all = inputs.flatMap { dated(in: $0, entities: entities) }
        let related = { (a: Event, b: Event) in a.verb == b.verb && !Set(a.actors).isDisjoint(with: b.actors) }
        let days = all.filter(\.isDay)
        let daySlots = UnionFind.groups(of: days, related: related).compactMap { members -> [Event]? in
            let slot = members.map { days[$0] }
            return Set(slot.map(\.day)).count >= 2 && Set(slot.map(\.article)).count >= 2 ? slot : nil
        }
        // Slots with a month or year: only events that happen once, compared at the coarser granularity.
        let once = all.filter { onceVerbs.contains($0.verb) }
        let coarseSlots = once.contains { !$0.isDay } ? UnionFind.groups(of: once, related: related).compactMap { members -> [Event]? in
            let slot = members.map { once[$0] }
            guard slot.contains(where: { !$0.isDay }), !daySlots.contains(where: { $0.contains { day in slot.contains { $0.day == day.day && $0.article == day.article } } }),
                  DatedEvents.disagree(slot) else { return nil }
            return slot
        } : []
        return (daySlots + coarseSlots).map { slot in
            Discrepancy(topic: "when \(DiscrepancySlots.sharedActor(slot.map(\.actors))) \(slot[0].verb)",
                        values: DiscrepancySlots.values(slot.map { .init(value: $0.day, article: $0.article, sentence: $0.sentence) }))
        }
    }

    private func dated(in input: StoryInput, entities: StoryEntities) -> [Event] {
        input.annotated.timexes.compactMap { timex in
            guard timex.type == .date || timex.type == .time,
                  let (day, slack) = DatedEvents.value(of: timex),
                  let sentence = input.annotated.sentences.first(where: { $0.start <= timex.start && timex.start < $0.end }),
                  let verb = verb(before: timex, in: sentence, of: input) ?? noun(after: timex, in: sentence, of: input)
            else { return nil }
            // A verb's actors are named before it; a dated noun's anywhere in its sentence ("In a 10
            // November report, The Washington Post cited ...").
            let actorsEnd = verb.isNoun ? sentence.end : verb.start
            let actors = DiscrepancySlots.actors(of: input, from: sentence.start, to: actorsEnd, entities: entities)
            guard !actors.isEmpty else { return nil }
            let verbClass = verbClasses[verb.word] ?? verb.word
            guard day.count == 10 || onceVerbs.contains(verbClass) else { return nil }
            return Event(article: input.article.id, day: day, verb: verbClass, actors: actors,
                         sentence: input.sentence(containing: timex.start), slack: slack)
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

enum DatedEvents {
    /// A timex's day (`YYYY-MM-DD`), month (`YYYY-MM`) or year (`YYYY`), and the units it may be off by: one for a
    /// month or year no year is written in ("three years ago", "last month"), else none.
    static func value(of timex: Timex) -> (String, Int)? {
        if let day = PublicationDate(String(timex.value.prefix(10)))?.day { return (day, 0) }
        let parts = timex.value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts[0].count == 4, Int(parts[0]) != nil,
              parts.count == 1 || parts[1].count == 2 && Int(parts[1]).map({ (1...12).contains($0) }) == true else { return nil }
        let writesYear = timex.text.split { !$0.isNumber }.contains { $0.count == 4 }
        return (timex.value, writesYear ? 0 : 1)
    }

    /// The two values as numbers of the coarser granularity's units (years, or months) and the slack allowed there.
    static func compared(_ a: DiscrepancyFinder.Event, _ b: DiscrepancyFinder.Event) -> (Int, Int, Int) {
        func units(_ event: DiscrepancyFinder.Event, years: Bool) -> Int {
            let parts = event.day.split(separator: "-").compactMap { Int($0) }
            return years ? parts[0] : parts[0] * 12 + (parts.count > 1 ? parts[1] - 1 : 0)
        }
        let years = a.day.count == 4 || b.day.count == 4
        if years {
            return (units(a, years: true), units(b, years: true), (a.day.count == 4 ? a.slack : 0) + (b.day.count == 4 ? b.slack : 0))
        }
        // Months: a day agrees with its month; a relative month allows one month either way.
        return (units(a, years: false), units(b, years: false), (a.day.count == 7 ? a.slack : 0) + (b.day.count == 7 ? b.slack : 0))
    }

    static func contradicts(_ a: DiscrepancyFinder.Event, _ b: DiscrepancyFinder.Event) -> Bool {
        if a.isDay && b.isDay { return a.day != b.day }
        let (x, y, slack) = compared(a, b)
        return abs(x - y) > slack
    }

    /// Two articles give values that contradict, at least one a month or year, and neither article also gives a value
    /// agreeing with the other's.
    static func disagree(_ slot: [DiscrepancyFinder.Event]) -> Bool {
        let byArticle = Dictionary(grouping: slot, by: \.article)
        return slot.contains { a in
            slot.contains { b in
                a.article < b.article && (!a.isDay || !b.isDay) && contradicts(a, b)
                    && !byArticle[a.article, default: []].contains { !contradicts($0, b) }
                    && !byArticle[b.article, default: []].contains { !contradicts($0, a) }
            }
        }
    }
}
