import CorroborateCore

/// One annotated article as story building takes it: its annotations and its per-article
/// entities (ids are the keys its mentions point to).
public struct StoryInput: Sendable {
    public internal(set) var annotated: AnnotatedArticle
    public var entities: [Entity]
    /// Photo and agency credits given outside the body (captions, credit lines).
    public var credits: [Citation] = []
    /// Where scalar offsets fall in the annotated text, so ranges slice in O(length) rather than walking from the start.
    private let offsets: ScalarOffsets

    public init(annotated: AnnotatedArticle, entities: [Entity] = []) {
        self.annotated = annotated
        self.entities = Self.addingRoleForms(to: entities, mentions: annotated.mentions, scalars: Array(annotated.text.unicodeScalars))
        offsets = ScalarOffsets(annotated.text)
    }

    /// An input as it was made (entities and credits complete), as a spill reads it back.
    init(restoring annotated: AnnotatedArticle, entities: [Entity], credits: [Citation]) {
        self.annotated = annotated
        self.entities = entities
        self.credits = credits
        offsets = ScalarOffsets(annotated.text)
    }

    public var article: Article { annotated.article }

    /// The text of a scalar range of the annotated text.
    func string(_ range: TextRange) -> String {
        let text = annotated.text
        let lower = max(0, min(range.start, offsets.count)), upper = max(lower, min(range.end, offsets.count))
        return String(text.unicodeScalars[offsets.index(lower, in: text)..<offsets.index(upper, in: text)])
    }

    /// The sentence containing scalar offset `offset`, or the whole text when sentences are unknown.
    func sentence(containing offset: Int) -> String {
        guard let range = annotated.sentences.first(where: { $0.start <= offset && offset < $0.end }) else {
            return ""
        }
        return string(range).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

import Foundation
