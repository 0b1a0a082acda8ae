import CorroborateCore

/// Reports an outlet makes without a report citation, and the part of a sentence a report's content is measured against.
extension ClaimBuilder {
    /// An outlet's or agency's reported statement in a sentence with no report citation is its report, as "P, Variety
    /// reports" is: "but as The Hollywood Reporter revealed in April, he left the project ..." ("revealed" cites
    /// nothing), "P, according to an Iraqi health official who told Kurdish paper Rudaw" (the outlet that heard an
    /// unnamed source, whom the attribution names as the speaker). The content must be most of the report's part of its
    /// sentence (`reportScope`), and a leading "he" or "she" is named by the one person the sentence named before it.
    func outletReports(in input: StoryInput, entities: StoryEntities, context: ClaimContext) -> [(step: ClaimStep, sentence: TextRange)] {
        var steps: [(step: ClaimStep, sentence: TextRange)] = []
        for span in input.annotated.quotes where span.kind != .direct {
            guard let speaker = span.speaker, let name = span.speakerName, let cue = span.cue,
                  let entity = entities.entity(named: name), [.outlet, .agency].contains(entity.kind),
                  let verb = Self.cueVerb(input.string(cue)), Self.reportingCues.contains(verb),
                  let range = input.annotated.sentences.first(where: { $0.start <= span.content.start && span.content.end <= $0.end }),
                  !input.annotated.citations.contains(where: { $0.kind == .report && range.start <= $0.start && $0.start < range.end }),
                  cues.stance(in: context.explicitText(range)) == nil
            else { continue }
            guard let clause = reportClaim(of: span, sentence: range, input: input) else { continue }
            let named = Self.namingPronoun(clause, person: Self.onlyPerson(in: TextRange(start: range.start, end: min(span.content.start, speaker.start)), input: input, entities: entities))
            let position = Position(holder: entity.id, holderName: entity.name, stance: .asserts, articles: [input.article.id])
            if case .claim(let position, let text, let compared) = step(position, claim: named, context: context, at: range) {
                steps.append((.reported(position, text: text, compared: compared), range))
            }
        }
        return steps
    }

    /// The part of a sentence a report's content is measured against: from "as" when the source opens an "as" clause
    /// ("Fincher had been in talks to direct, but as The Hollywood Reporter revealed, he left ..."), to the end of the
    /// citation when a relative clause about the source follows it ("..., according to Variety, which believes the
    /// casting is essentially a done deal"); else the whole sentence.
    static func reportScope(speaker: TextRange, cue: TextRange, sentence: TextRange, input: StoryInput) -> TextRange {
        var start = sentence.start, end = sentence.end
        let opening = min(speaker.start, cue.start)
        let lead = input.string(TextRange(start: max(sentence.start, opening - 4), end: opening)).lowercased()
        if lead.hasSuffix(" as ") || lead == "as " {
            start = opening - 3
        }
        let close = max(speaker.end, cue.end)
        if close < sentence.end {
            let rest = input.string(TextRange(start: close, end: sentence.end)).lowercased()
            if rest.hasPrefix(", which ") || rest.hasPrefix(", who ") { end = close }
        }
        return TextRange(start: start, end: end)
    }

    /// The name of the one person a stretch of text names (by the story's entity), nil when it names none or several.
    static func onlyPerson(in range: TextRange, input: StoryInput, entities: StoryEntities) -> String? {
        let names = Set(input.annotated.mentions.filter { $0.kind == .person && $0.start >= range.start && $0.end <= range.end }.map { mention in
            entities.id(article: input.article.id, key: mention.entity).flatMap { entities.entity(id: $0) }?.name ?? mention.text
        })
        return names.count == 1 ? names.first : nil
    }

    /// `clause` with a leading "he" or "she" (after at most a fronted adjunct closed by a comma: "in April, he left")
    /// replaced by `person`.
    static func namingPronoun(_ clause: String, person: String?) -> String {
        guard let person else { return clause }
        var words = clause.split(separator: " ").map(String.init)
        let opening = words.prefix(4).firstIndex { $0.hasSuffix(",") }.map { $0 + 1 } ?? 0
        guard opening < words.count, ["he", "she"].contains(words[opening].lowercased()) else { return clause }
        words[opening] = person
        return words.joined(separator: " ")
    }
}
