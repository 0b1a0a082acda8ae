import CorroborateCore

/// Measure slots: "a 16-foot deep crater" in one article, "a hole 40 feet (12 meters) wide and 19 feet (5 meters)
/// deep" in another.
///
/// A measure is a number with a unit of length (`Measures.units`) and a dimension: "wide", "across", "in
/// diameter" (its size), "deep", "high", or a noun before it ("a depth of 16 feet"). The thing measured is the
/// noun it describes ("a 40-foot-wide crater", "a crater 39 feet across"), the subject of a linking verb before it
/// ("the asteroid is about 40 feet across", "asteroid 2014 RC, which measured 60 feet in diameter"), or the thing of
/// the measure it is joined to by "and". A conversion in brackets ("(12 meters)") restates the measure.
///
/// Stated values are rounded: "39 feet" and "40 feet (12 meters)" are one crater. A value allows half its rounding
/// step either side (the largest power of ten dividing it, at most a quarter of it), so 39 feet and 40 feet agree,
/// 16 feet and 19 feet do not. Two measures are one slot when their dimension is equal and they share a thing; a
/// slot is a discrepancy under the rules of count slots (different articles, at most `countScopeRatio` apart,
/// neither article also giving a value that agrees with the other's).
extension DiscrepancyFinder {
    struct MeasuredThing {
        var article: String
        var quantity: Quantity
        var unit: String
        var metres: ClosedRange<Double>
        var dimension: String
        var things: [String]
        var sentence: String

        func contradicts(_ other: MeasuredThing) -> Bool {
            metres.upperBound < other.metres.lowerBound || other.metres.upperBound < metres.lowerBound
        }

        func isApart(from other: MeasuredThing, ratio: Double) -> Bool {
            let (low, high) = metres.upperBound < other.metres.lowerBound ? (metres.upperBound, other.metres.lowerBound)
                : (other.metres.upperBound, metres.lowerBound)
            return low <= 0 ? high > 0 : high / low > ratio
        }
    }

    func measureDiscrepancies(_ inputs: [StoryInput], entities: StoryEntities) -> [Discrepancy] {
        let measures = inputs.flatMap { measured(in: $0, entities: entities) }
        func related(_ a: MeasuredThing, _ b: MeasuredThing) -> Bool {
            a.dimension == b.dimension && !Set(a.things).isDisjoint(with: b.things)
        }
        return UnionFind.groups(of: measures, related: related).compactMap { members in
            let slot = members.map { measures[$0] }
            let byArticle = Dictionary(grouping: slot, by: \.article)
            let pair = slot.lazy.flatMap { a in slot.lazy.map { (a, $0) } }.first { a, b in
                a.article < b.article && related(a, b) && a.contradicts(b) && !a.isApart(from: b, ratio: countScopeRatio)
                    && !byArticle[a.article, default: []].contains { !$0.contradicts(b) }
                    && !byArticle[b.article, default: []].contains { !$0.contradicts(a) }
            }
            guard let (a, b) = pair else { return nil }
            let shown = slot.filter { !$0.isApart(from: a, ratio: countScopeRatio) || !$0.isApart(from: b, ratio: countScopeRatio) }
            let thing = DiscrepancySlots.sharedActor(slot.map(\.things))
            return Discrepancy(topic: Measures.topic(thing: thing, dimension: a.dimension), values: DiscrepancySlots.values(shown.map {
                .init(value: "\($0.quantity.display) \($0.unit)", article: $0.article, sentence: $0.sentence, order: $0.metres.lowerBound)
            }))
        }
    }

    func measured(in input: StoryInput, entities: StoryEntities) -> [MeasuredThing] {
        input.annotated.sentences.flatMap { sentence -> [MeasuredThing] in
            let tokens = SlotToken.tokens(in: input.string(sentence), offset: sentence.start)
            let mentions = input.annotated.mentions.filter { $0.start >= sentence.start && $0.end <= sentence.end }
            var found: [MeasuredThing] = []
            var previous: (end: Int, things: [String])?
            var index = 0
            while index < tokens.count {
                defer { index += 1 }
                guard let reading = Measures.read(tokens, at: index) else { continue }
                index = reading.last
                var things = reading.thing.map { [Measures.thing($0)] } ?? []
                if things.isEmpty, reading.first > 0, tokens[reading.first - 1].lower == "and", let previous, previous.end == reading.first - 2 {
                    things = previous.things
                }
                if things.isEmpty { things = Measures.subject(tokens, before: reading.first, mentions: mentions, name: {
                    DiscrepancySlots.name(of: $0, in: input, entities: entities)
                }) }
                previous = (reading.last, things)
                guard !things.isEmpty else { continue }
                found.append(MeasuredThing(article: input.article.id, quantity: reading.quantity, unit: reading.unit,
                                           metres: Measures.metres(reading.quantity, unit: reading.unit), dimension: reading.dimension,
                                           things: things, sentence: input.sentence(containing: tokens[reading.first].start)))
            }
            return found
        }
    }
}
