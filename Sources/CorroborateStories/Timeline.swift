import CorroborateCore

/// The dated events of a story: every date expression that resolves to a calendar day
/// (`YYYY-MM-DD` TIMEX3 values), with the sentence that carries it, merged per day and
/// sentence across articles, oldest first.
enum Timeline {
    static func events(from inputs: [StoryInput]) -> [TimelineEvent] {
        var events: [TimelineEvent] = []
        var index: [String: Int] = [:]
        for input in inputs {
            for timex in input.annotated.timexes where timex.type == .date || timex.type == .time {
                guard let date = PublicationDate(String(timex.value.prefix(10))) else { continue }
                let sentence = input.sentence(containing: timex.start)
                guard !sentence.isEmpty else { continue }
                let key = "\(date.day)|\(sentence.lowercased())"
                if let existing = index[key] {
                    if !events[existing].articles.contains(input.article.id) {
                        events[existing].articles.append(input.article.id)
                    }
                } else {
                    index[key] = events.count
                    events.append(TimelineEvent(date: date, text: sentence, articles: [input.article.id], resolvedFrom: timex.text))
                }
            }
        }
        return events.enumerated().sorted { ($0.element.date.day, $0.offset) < ($1.element.date.day, $1.offset) }.map(\.element)
    }
}

/// A short neutral title for a story: the article title that shares the most content words with
/// the other titles (the consensus headline), without trailing punctuation; the first title when
/// there is only one, and "Untitled story" when none has a title.
enum StoryTitle {
    static func title(for articles: [Article], tokenizer: TermTokenizer) -> String {
        let titles = articles.compactMap(\.title).filter { !$0.isEmpty }
        guard !titles.isEmpty else { return "Untitled story" }
        let words = titles.map { Set(tokenizer.terms(in: $0)) }
        let scored = titles.indices.map { i in
            (i, titles.indices.filter { $0 != i }.reduce(0) { $0 + words[i].intersection(words[$1]).count })
        }
        let best = scored.max { $0.1 < $1.1 || ($0.1 == $1.1 && titles[$0.0].count > titles[$1.0].count) }?.0 ?? 0
        return titles[best].trimmingCharacters(in: CharacterSet(charactersIn: " !?.:"))
    }
}

import Foundation
