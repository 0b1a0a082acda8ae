import CorroborateCore
import Testing

@testable import CorroborateEvaluation

@Suite struct CueWordsTests {
    /// An article of `sentences`, each "SUBJECT VERB it." with the verb a gold cue when `cue` is true.
    static func article(_ sentences: [(verb: String, cue: Bool)]) -> PolNeARArticle {
        var text = "", attributions: [GoldAttribution] = []
        for (verb, cue) in sentences {
            let start = text.unicodeScalars.count + "Ann ".unicodeScalars.count
            text += "Ann \(verb) it. "
            guard cue else { continue }
            let cueRange = TextRange(start: start, end: start + verb.unicodeScalars.count)
            attributions.append(GoldAttribution(content: [], source: [], cue: [cueRange]))
        }
        return PolNeARArticle(id: "a", text: text, annotator: "x", attributions: attributions)
    }

    /// A word enters by its own counts, a stem (`~STEM`) by the counts of all its forms (at least
    /// 5 in cues, in at least half of their occurrences here).
    @Test(arguments: [
        // 3 + 2 cue forms: no word passes alone, the stem does.
        ([("concluded", true, 3), ("concludes", true, 2)], ["~conclud"]),
        // One form passes alone: the word and its stem.
        ([("stated", true, 5)], ["stated", "~stat"]),
        // Cue forms too rare against the stem's other occurrences: neither.
        ([("backing", true, 3), ("backed", true, 2), ("back", false, 20)], []),
        // Irregular forms stay apart.
        ([("said", true, 3), ("says", true, 2)], []),
    ] as [([(String, Bool, Int)], Set<String>)])
    func cueWords(_ counts: [(String, Bool, Int)], _ expected: Set<String>) {
        let sentences = counts.flatMap { verb, cue, times in Array(repeating: (verb: verb, cue: cue), count: times) }
        let words = CueModelTraining.cueWords([Self.article(sentences)], minimumCount: 5, minimumShare: 0.5)
        #expect(words == expected)
    }
}
