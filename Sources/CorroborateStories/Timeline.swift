import CorroborateCore

/// The dated events of a story: every date expression that resolves to a calendar day
/// (`YYYY-MM-DD` TIMEX3 values), with the sentence that carries it, oldest first. One event per
/// day and happening: sentences of the same day that share most of their content words (the
/// same event in other outlets' words) are merged, with all their articles. A date said inside a
/// direct quote ("the only good news we have today") dates the speech, not an event, and is left out.
enum Timeline {
    /// Share of content words (Jaccard) above which two sentences of one day tell one event.
    static let sameEventOverlap = 0.5

    static func events(from inputs: [StoryInput], tokenizer: TermTokenizer) -> [TimelineEvent] {
        var events: [(event: TimelineEvent, terms: Set<UInt64>)] = []
        for input in inputs {
            let quoted = input.annotated.quotes.filter { $0.kind == .direct }.map(\.content)
            for timex in input.annotated.timexes where timex.type == .date || timex.type == .time {
                guard let date = PublicationDate(String(timex.value.prefix(10))),
                    !quoted.contains(where: { $0.start <= timex.start && timex.end <= $0.end })
                else { continue }
                let sentence = input.sentence(containing: timex.start)
                guard !sentence.isEmpty else { continue }
                let terms = Set(tokenizer.terms(in: sentence))
                if let existing = events.firstIndex(where: { $0.event.date.day == date.day && sameEvent($0.terms, terms, $0.event.text, sentence) }) {
                    if !events[existing].event.articles.contains(input.article.id) {
                        events[existing].event.articles.append(input.article.id)
                    }
                } else {
                    events.append((TimelineEvent(date: date, text: sentence, articles: [input.article.id], resolvedFrom: timex.text), terms))
                }
            }
        }
        return events.map(\.event).enumerated()
            .sorted { ($0.element.date.day, $0.offset) < ($1.element.date.day, $1.offset) }.map(\.element)
    }

    private static func sameEvent(_ a: Set<UInt64>, _ b: Set<UInt64>, _ textA: String, _ textB: String) -> Bool {
        if textA.lowercased() == textB.lowercased() { return true }
        let union = a.union(b).count
        return union > 0 && Double(a.intersection(b).count) / Double(union) >= sameEventOverlap
    }
}

import Foundation
