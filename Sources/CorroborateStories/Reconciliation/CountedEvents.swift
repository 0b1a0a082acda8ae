import CorroborateCore

/// Count slots: "28 bundles were dropped" in one article, "U.S. forces airdropped a total of 27 bundles" in
/// another.
///
/// A count is a number (`QuantityReader`: "at least 12", "twelve", "$1.2bn") with its unit noun, the first plural
/// noun within three words after it ("43 college students", "10 ISIS fighters"), or a sum of money or a
/// percentage. Its verb, what happened to the counted thing, is a word of `countVerbs` among the
/// `countVerbBefore` words before the number ("killed at least 8 people") or else the `countVerbAfter` words
/// after the unit ("20 bodies had been found", "150 women released"), in the same clause; a count with no such
/// verb is no slot. Its actors are the story entities named before the number (and between the unit and a verb
/// after it: "the 28 bundles that the U.S. dropped").
///
/// Two counts are one slot when unit and verb class are equal and they share an actor, or neither has one. A
/// slot is a discrepancy when two articles give counts no exact value satisfies ("at least 12" and "9", not
/// "at least 12" and "14") and that are at most `countScopeRatio` times apart ("six people were killed" and
/// "80,000 people dead" count different things), and neither article also gives a count that agrees with the
/// other's: an article that says both "six people killed" and "67 people killed" tells of two events.
extension DiscrepancyFinder {
    struct CountedEvent {
        var article: String
        var quantity: Quantity
        var unit: String
        var verb: String
        var actors: [String]
        var sentence: String
    }

    func countDiscrepancies(_ inputs: [StoryInput], entities: StoryEntities) -> [Discrepancy] {
        let events = inputs.flatMap { counted(in: $0, entities: entities) }
        func related(_ a: CountedEvent, _ b: CountedEvent) -> Bool {
            a.unit == b.unit && a.verb == b.verb && (a.actors.isEmpty && b.actors.isEmpty || !Set(a.actors).isDisjoint(with: b.actors))
        }
        // Only counts of one unit and verb class can be related: pairs are compared within those buckets.
        var buckets: [String: [Int]] = [:]
        for index in events.indices { buckets["\(events[index].unit) \(events[index].verb)", default: []].append(index) }
        var union = UnionFind(count: events.count)
        for bucket in buckets.values {
            for (n, i) in bucket.enumerated() {
                for j in bucket[(n + 1)...] where related(events[i], events[j]) { union.join(i, j) }
            }
        }
        return union.groups().compactMap { members in
            let slot = members.map { events[$0] }
            guard let (a, b) = Self.disagreement(slot, related: { related($0, $1) && !$0.quantity.isApart(from: $1.quantity, ratio: countScopeRatio) })
            else { return nil }
            // The values of the disagreement's scope: "four bodies" is of another scope than "20" and "around 30".
            let shown = slot.filter { !$0.quantity.isApart(from: a.quantity, ratio: countScopeRatio) || !$0.quantity.isApart(from: b.quantity, ratio: countScopeRatio) }
            return Discrepancy(topic: CountedEvents.topic(unit: slot[0].unit, verb: slot[0].verb, money: slot[0].quantity.currency),
                               values: DiscrepancySlots.values(shown.map {
                                   .init(value: $0.quantity.display, article: $0.article, sentence: $0.sentence, order: $0.quantity.number)
                               }))
        }
    }

    /// Two articles give related counts that contradict, and neither also gives a count agreeing with the other's.
    static func disagreement(_ slot: [CountedEvent], related: (CountedEvent, CountedEvent) -> Bool) -> (CountedEvent, CountedEvent)? {
        let byArticle = Dictionary(grouping: slot, by: \.article)
        for a in slot {
            for b in slot where a.article < b.article && related(a, b) && a.quantity.contradicts(b.quantity) {
                let bothInA = byArticle[a.article, default: []].contains { !$0.quantity.contradicts(b.quantity) }
                let bothInB = byArticle[b.article, default: []].contains { !$0.quantity.contradicts(a.quantity) }
                if !bothInA && !bothInB { return (a, b) }
            }
        }
        return nil
    }

    func counted(in input: StoryInput, entities: StoryEntities) -> [CountedEvent] {
        input.annotated.sentences.flatMap { sentence -> [CountedEvent] in
            let tokens = SlotToken.tokens(in: input.string(sentence), offset: sentence.start)
            let timexes = input.annotated.timexes.filter { $0.start < sentence.end && $0.end > sentence.start }
            var events: [CountedEvent] = []
            var index = 0
            while index < tokens.count {
                defer { index += 1 }
                guard !timexes.contains(where: { $0.start < tokens[index].end && tokens[index].start < $0.end }),
                      let (quantity, first, last) = QuantityReader.read(tokens, at: index), !CountedEvents.isIdentifier(tokens, first: first, last: last)
                else { continue }
                index = last
                guard let (unit, unitIndex) = CountedEvents.unit(of: quantity, in: tokens, after: last),
                      !CountedEvents.isPart(tokens, first: first, last: last, unit: unitIndex) else { continue }
                var verb = unit == "dead" ? ("died", unitIndex) : nil
                verb = verb ?? self.verb(in: tokens, before: first) ?? self.verb(in: tokens, after: unitIndex)
                guard let (verbClass, verbIndex) = verb else { continue }
                let from = CountedEvents.reportedContent(tokens, before: first).map { tokens[$0].end } ?? sentence.start
                var actors = DiscrepancySlots.actors(of: input, from: from, to: tokens[first].start, entities: entities)
                if verbIndex > unitIndex {
                    actors += DiscrepancySlots.actors(of: input, from: tokens[unitIndex].end, to: tokens[verbIndex].start, entities: entities)
                }
                events.append(CountedEvent(article: input.article.id, quantity: quantity, unit: CountedEvents.units[unit] ?? unit,
                                           verb: verbClass, actors: actors, sentence: input.sentence(containing: tokens[index].start)))
            }
            return events
        }
    }

    /// The verb class of the nearest `countVerbs` word before token `first`, in its clause.
    private func verb(in tokens: [SlotToken], before first: Int) -> (String, Int)? {
        var index = first - 1
        while index >= 0, index >= first - countVerbBefore, !tokens[index].isPunctuation {
            if let verb = countVerbs[tokens[index].lower] { return (verb, index) }
            index -= 1
        }
        return nil
    }

    /// The verb class of the first `countVerbs` word after the unit noun, in its clause.
    private func verb(in tokens: [SlotToken], after unit: Int) -> (String, Int)? {
        var index = unit + 1
        let start = CountedEvents.relativeClause(tokens, after: unit) ?? unit
        if start > unit { index = start + 1 }
        while index < tokens.count, index <= start + countVerbAfter, !tokens[index].isPunctuation {
            if let verb = countVerbs[tokens[index].lower] { return (verb, index) }
            if CountedEvents.clauseWords.contains(tokens[index].lower) { return nil }
            index += 1
        }
        return nil
    }
}

/// The words count slots are read with.
enum CountedEvents {
    /// What happens to a counted thing, mapped to its class (the word that names the slot).
    static let verbs: [String: String] = [
        "died": "died", "killed": "died", "killing": "died", "dead": "died", "perished": "died", "slain": "died",
        "injured": "injured", "wounded": "injured", "hurt": "injured", "injuring": "injured", "wounding": "injured",
        "arrested": "arrested", "detained": "arrested", "apprehended": "arrested", "caught": "arrested",
        "captured": "arrested", "arresting": "arrested", "detaining": "arrested",
        "kidnapped": "kidnapped", "abducted": "kidnapped", "snatched": "kidnapped", "kidnapping": "kidnapped",
        "abducting": "kidnapped", "released": "released", "freed": "released", "releasing": "released", "freeing": "released",
        "found": "found", "discovered": "found", "unearthed": "found", "recovered": "found", "exhumed": "found",
        "dropped": "dropped", "airdropped": "dropped", "delivered": "dropped",
        "missing": "missing", "disappeared": "missing", "vanished": "missing",
        "displaced": "displaced", "evacuated": "displaced", "fled": "displaced",
        "infected": "infected", "executed": "executed", "beheaded": "executed", "rescued": "rescued",
        "charged": "charged", "indicted": "charged", "raised": "raised", "paid": "paid", "fined": "fined",
    ]
    /// How a topic says what happened: "how many people died", "how many women were released".
    static let phrases: [String: String] = ["died": "died", "missing": "went missing", "fled": "fled"]
    /// Unit nouns counted alike.
    static let units: [String: String] = ["persons": "people", "dead": "people", "deaths": "people", "fatalities": "people"]
    /// Plural nouns that do not end in "s".
    static let irregularPlurals: Set<String> = [
        "people", "men", "women", "children", "police", "dead", "feet", "personnel", "staff", "troops", "cattle", "teeth",
    ]
    /// Words ending in "s" that are no plural noun.
    static let notPlurals: Set<String> = [
        "was", "is", "has", "this", "his", "its", "us", "as", "less", "across", "towards", "thus", "yes", "plus",
        "whereas", "news", "series", "always", "perhaps", "afterwards", "besides", "unless", "includes", "says",
        "remains", "seems", "means", "goes", "does", "shows", "gives", "makes", "takes", "years", "months", "weeks",
        "days", "hours", "minutes", "seconds", "times", "decades", "centuries", "miles", "kilometres", "kilometers",
        "metres", "meters", "inches", "percent", "yards", "pounds", "ounces", "tons", "tonnes", "degrees",
    ]
    /// Words that end the search for a unit noun.
    static let stopWords: Set<String> = [
        "of", "in", "to", "and", "or", "on", "at", "for", "from", "with", "by", "that", "who", "which", "the", "a",
        "an", "were", "was", "had", "have", "has", "are", "is", "be", "been", "more", "other", "others", "new",
        "additional", "extra", "further", "than", "per",
    ]
    /// Words after which a verb after the unit belongs to another clause.
    static let clauseWords: Set<String> = ["and", "but", "while", "whereas", "when", "after", "before", "because", "as", "if"]
    /// Words before a count that make it a part or an increment, not the slot's total.
    static let partWords: Set<String> = ["additional", "another", "further", "other", "extra", "including", "includes", "include", "remaining"]

    /// The unit noun of a quantity (its first plural noun within three words), "money" or "percent", with its token.
    static func unit(of quantity: Quantity, in tokens: [SlotToken], after last: Int) -> (String, Int)? {
        if quantity.isPercent { return ("percent", last) }
        if quantity.currency != nil { return ("money", last) }
        guard quantity.number >= 2 || quantity.bound != .exact else { return nil }
        var index = last + 1
        while index < tokens.count, index <= last + 3, !tokens[index].isPunctuation || tokens[index].text == "-" {
            let word = tokens[index].lower
            if stopWords.contains(word) || QuantityReader.value(of: tokens[index]) != nil { return nil }
            if !tokens[index].isCapitalised, irregularPlurals.contains(word)
                || (word.hasSuffix("s") && !word.hasSuffix("ss") && word.count > 3 && !notPlurals.contains(word)) {
                return (word, index)
            }
            index += 1
        }
        return nil
    }

    /// Relative pronouns that open a clause about the counted thing.
    static let relatives: Set<String> = ["that", "which", "who"]
    /// Verbs of reporting: the story entities named before "reported that" are sources, not actors of the count.
    static let reportingVerbs: Set<String> = [
        "reported", "reports", "said", "says", "told", "announced", "confirmed", "claimed", "claims", "admitted", "stated", "added",
    ]

    /// The relative pronoun of a clause about the counted thing that opens after its complement or an insertion
    /// between commas: "the 28 bundles of weapons and medical supplies that the U.S. dropped", "28 bodies, some badly
    /// burned, that were unearthed".
    static func relativeClause(_ tokens: [SlotToken], after unit: Int) -> Int? {
        guard unit + 1 < tokens.count else { return nil }
        let next = tokens[unit + 1]
        let window = tokens[(unit + 2)...].prefix(8)
        if next.text == ",", let close = window.prefix(5).firstIndex(where: { $0.text == "," }), close > unit + 2,
           close + 1 < tokens.count, relatives.contains(tokens[close + 1].lower) {
            return close + 1
        }
        if next.lower == "of", let pronoun = window.firstIndex(where: { relatives.contains($0.lower) || $0.isPunctuation }),
           relatives.contains(tokens[pronoun].lower), pronoun > unit + 2 {
            return pronoun
        }
        return nil
    }

    /// The "that" after a reporting verb ("Proceso reported that 20 bodies ...", "admitted on Wednesday that") last
    /// before token `first`, whose clause holds the count.
    static func reportedContent(_ tokens: [SlotToken], before first: Int) -> Int? {
        tokens[..<first].indices.last { index in
            tokens[index].lower == "that" && tokens[max(0, index - 3)..<index].contains { reportingVerbs.contains($0.lower) }
        }
    }

    /// "one of the 28 bundles" counts the bundles; "five of its fighters", "14 more officers", "including 22
    /// officers", "an additional 14" count a part.
    static func isPart(_ tokens: [SlotToken], first: Int, last: Int, unit: Int) -> Bool {
        if first > 0, partWords.contains(tokens[first - 1].lower) { return true }
        return tokens[last...unit].contains { ["more", "other", "others", "additional", "new", "extra", "further"].contains($0.lower) }
    }

    /// Years, ordinals, ratios and clock times: "2014", "10th", "9/11", "3:30".
    static func isIdentifier(_ tokens: [SlotToken], first: Int, last: Int) -> Bool {
        let token = tokens[last]
        if token.isDigits, token.text.count == 4, let year = Int(token.text), (1800...2100).contains(year) { return true }
        if last + 1 < tokens.count, tokens[last + 1].attached, ["th", "st", "nd", "rd", "/", ":", "-"].contains(tokens[last + 1].lower) {
            return true
        }
        if first > 0, token.attached || tokens[first].attached, ["/", ":", "#", "no", "."].contains(tokens[first - 1].lower) { return true }
        return false
    }

    /// "how many people died", "how many bundles were dropped", "how much money was raised", "what share was infected".
    static func topic(unit: String, verb: String, money: String?) -> String {
        let happened = phrases[verb]
        switch unit {
        case "money": return "how much money was \(verb)"
        case "percent": return "what share was \(verb)"
        default: return "how many \(unit) \(happened ?? "were \(verb)")"
        }
    }
}
