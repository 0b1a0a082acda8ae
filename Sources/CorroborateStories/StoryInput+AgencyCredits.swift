import CorroborateCore
import CorroborateText
import Foundation

extension StoryInput {
    /// The wire services extraction credited ("VELLMAR (ONA) —", "By AP") that no citation of the
    /// body or the credit lines names yet, as agency citations: an agency the entity tables do not
    /// know still shows in the brief. Names are made canonical with `gazetteer` ("AP" ->
    /// "Associated Press"); each cites with the first body sentence that names it, else the
    /// credit line, else the dateline.
    func agencyCredits(gazetteer: Gazetteer?) -> [Citation] {
        var seen = Set((annotated.citations.map(\.source) + credits.map(\.source)).map { $0.lowercased() })
        return article.agencies.compactMap { agency in
            let source = gazetteer?.source(named: agency)?.canonical ?? agency
            guard seen.insert(source.lowercased()).inserted else { return nil }
            return Citation(article: article.id, source: source, kind: .agency, sentence: creditSentence(naming: agency))
        }
    }

    /// The first body sentence holding `name` as a word, else a metadata line holding it, else
    /// the dateline, else the name.
    private func creditSentence(naming name: String) -> String {
        if let offset = WordFinder.offset(of: name, in: annotated.text) {
            let sentence = sentence(containing: offset)
            if !sentence.isEmpty { return sentence }
        }
        let lines = article.removed.filter { $0.reason == .metadata }.map(\.text)
        if let line = lines.first(where: { WordFinder.offset(of: name, in: $0) != nil }) { return line }
        return article.dateline ?? name
    }
}
