import CorroborateCore

/// One body sentence of a story's article, with what reconciliation compares it by.
struct StorySentence: Sendable {
    var article: String
    /// The outlet, or the article id when the outlet is unknown: sentences of one source never
    /// agree with each other.
    var source: String
    var text: String
    var range: TextRange
    /// Unit TF-IDF vector over the story's sentences.
    var vector: SparseVector
    /// Distinct content terms.
    var terms: Set<UInt64>
    /// What the sentence pins a fact to: named people, organizations and places, dates, numbers.
    var anchors: Int = 0

    /// Every sentence of `inputs`, vectors weighted by the sentences' own document frequencies.
    /// Articles in one near-duplicate group count as one source.
    static func sentences(of inputs: [StoryInput], copies: [[String]], tokenizer: TermTokenizer) -> [StorySentence] {
        sentencesAndStatistics(of: inputs, copies: copies, tokenizer: tokenizer).sentences
    }

    /// The sentences, and the document frequencies of terms over them (each sentence a document).
    static func sentencesAndStatistics(of inputs: [StoryInput], copies: [[String]], tokenizer: TermTokenizer)
        -> (sentences: [StorySentence], statistics: TermStatistics)
    {
        var sourceOfArticle: [String: String] = [:]
        for group in copies { for id in group { sourceOfArticle[id] = "copies:" + group[0] } }
        var raw: [(StoryInput, TextRange, String, [UInt64])] = []
        for input in inputs {
            for range in input.annotated.sentences {
                let text = input.string(range).trimmingCharacters(in: .whitespacesAndNewlines)
                raw.append((input, range, text, tokenizer.terms(in: text)))
            }
        }
        var statistics = TermStatistics()
        for entry in raw { statistics.add(terms: entry.3) }
        let sentences = raw.map { input, range, text, terms in
            let article = input.article
            return StorySentence(
                article: article.id, source: sourceOfArticle[article.id] ?? article.outlet ?? article.id,
                text: text, range: range, vector: statistics.vector(terms: terms), terms: Set(terms),
                anchors: anchors(of: range, in: input, text: text))
        }
        return (sentences, statistics)
    }

    /// Named entities (not "other"), dates and numerals in a sentence.
    static func anchors(of range: TextRange, in input: StoryInput, text: String) -> Int {
        let named = input.annotated.mentions.filter { range.start <= $0.start && $0.end <= range.end && $0.kind != .other }.count
        let dated = input.annotated.timexes.filter { range.start <= $0.start && $0.end <= range.end }.count
        let numbers = text.split(separator: " ").filter { $0.contains(where: \.isNumber) }.count
        return named + dated + numbers
    }

    /// Whether the sentence can stand as a statement of fact: it pins something (`anchors`), asks
    /// nothing, and does not break off (a sentence ending in ":" or "," introduces what follows).
    var isStatement: Bool {
        guard anchors > 0, let last = text.trimmingCharacters(in: .whitespaces).last else { return false }
        return last != "?" && !breaksOff
    }

    /// Whether the sentence introduces what follows instead of saying something: it ends in ":", "," or ";"
    /// ("Scottish SPCA inspector Stewart Taylor said:").
    var breaksOff: Bool {
        guard let last = text.trimmingCharacters(in: .whitespaces).last else { return true }
        return ":,;".contains(last)
    }
}

import Foundation
