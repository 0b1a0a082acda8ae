import CorroborateCore

/// One annotated article as story building takes it: its annotations and its per-article
/// entities (ids are the keys its mentions point to).
public struct StoryInput: Sendable {
    public var annotated: AnnotatedArticle
    public var entities: [Entity]

    public init(annotated: AnnotatedArticle, entities: [Entity] = []) {
        self.annotated = annotated
        self.entities = entities
    }

    public var article: Article { annotated.article }

    /// The text of a scalar range of the annotated text.
    func string(_ range: TextRange) -> String {
        let scalars = annotated.text.unicodeScalars
        let count = scalars.count
        let lower = scalars.index(scalars.startIndex, offsetBy: max(0, min(range.start, count)))
        let upper = scalars.index(lower, offsetBy: max(0, min(range.end, count) - max(0, min(range.start, count))))
        return String(scalars[lower..<upper])
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
