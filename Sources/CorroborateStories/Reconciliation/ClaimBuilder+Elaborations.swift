import CorroborateCore
import Foundation

/// A report's claim text with its holder and the index of its sentence in its article, for the statements that go on
/// with it.
struct ReportAnchor {
    var compared: String
    var holder: String
    var sentence: Int

    init(step: ClaimStep, sentence range: TextRange, in input: StoryInput) {
        compared = step.compared ?? ""
        switch step {
        case .claim(let position, _, _), .reported(let position, _, _): holder = position.holderName
        default: holder = ""
        }
        sentence = input.annotated.sentences.firstIndex { $0.start == range.start } ?? -1
    }
}

extension ClaimBuilder {
    /// The report a speaker's statement goes on with: a report of another holder in one of the
    /// `elaborationSentences` sentences before the statement's, nearest first, whose text shares
    /// `elaborationWords` of word cosine with the statement ("The militia has burned the bodies of five
    /// of its fighters ..., according to an official who told the paper. “The militia incinerated five
    /// fighters infected with the fever,” said Tomas Hulme"). A statement that negates, hedges ("could",
    /// "may") or takes a stance says something else than the report, and goes on with none.
    func elaboratedReport(of text: String, at content: TextRange, speaker: String, anchors: [ReportAnchor], input: StoryInput) -> String? {
        guard !anchors.isEmpty, !Self.negates(text), cues.stance(in: text) == nil, !Self.hedges(text),
              let sentence = input.annotated.sentences.firstIndex(where: { $0.start <= content.start && content.start < $0.end })
        else { return nil }
        let probe = vector(text)
        let before = anchors.filter { $0.holder != speaker && $0.sentence < sentence && sentence - $0.sentence <= Self.elaborationSentences }
        return before.sorted { $0.sentence > $1.sentence }.first { probe.dot(vector($0.compared)) >= elaborationWords }?.compared
    }

    /// Whether a statement holds a negation anywhere ("they don't have the means", "there is no proof").
    static func negates(_ text: String) -> Bool {
        text.split(separator: " ").contains { word in
            let key = ClaimText.negationKey(word).trimmingCharacters(in: .punctuationCharacters)
            return ClaimText.negations.keys.contains(key) || key.hasSuffix("n't") || ["no", "nothing", "none", "nobody", "neither", "nor"].contains(key)
        }
    }

    /// Whether a statement hedges what it says ("the virus could be in any area").
    static func hedges(_ text: String) -> Bool {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { hedgeWords.contains(String($0)) }
    }

    static let hedgeWords: Set<String> = ["could", "may", "might", "if", "whether", "possibly", "perhaps", "probably"]
    /// How many sentences after a report a statement may go on with it.
    static let elaborationSentences = 2
}
