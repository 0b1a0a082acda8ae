import CorroborateCore

/// One annotated article as story building takes it: its annotations and its per-article
/// entities (ids are the keys its mentions point to).
public struct StoryInput: Sendable {
    public internal(set) var annotated: AnnotatedArticle
    public var entities: [Entity]
    /// Photo and agency credits given outside the body (captions, credit lines).
    public var credits: [Citation] = []
    /// The annotated text's scalars, so ranges slice in O(length) rather than walking from the start.
    private let scalars: [Unicode.Scalar]

    public init(annotated: AnnotatedArticle, entities: [Entity] = []) {
        self.annotated = annotated
        let scalars = Array(annotated.text.unicodeScalars)
        self.entities = Self.addingRoleForms(to: entities, mentions: annotated.mentions, scalars: scalars)
        self.scalars = scalars
    }

    public var article: Article { annotated.article }

    /// The text of a scalar range of the annotated text.
    func string(_ range: TextRange) -> String {
        let lower = max(0, min(range.start, scalars.count)), upper = max(lower, min(range.end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
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
