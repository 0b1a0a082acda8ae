import CorroborateCore

/// A story's citations as people read them: per article, each source it cites once, with how many
/// of its sentences cite it, and the people quoted through that source ("Reuters -> Heorhii
/// Tykhyi": a quote whose `via` names the source and whose speaker is a person).
struct CitationChain {
    struct Link: Hashable {
        var article: String
        var source: String
        var kind: CitationKind
        var sentences: Int
        var quoted: [String]
    }

    let links: [Link]

    init(_ story: Story) {
        let people = Set(story.entities.filter { $0.kind == .person }.map(\.id))
        var links: [Link] = []
        for citation in story.citations {
            if let index = links.firstIndex(where: { $0.article == citation.article && $0.source == citation.source && $0.kind == citation.kind }) {
                links[index].sentences += 1
                continue
            }
            var quoted: [String] = []
            for quote in story.quotes where quote.article == citation.article && quote.via.contains(citation.source) {
                guard let speaker = quote.speaker, people.contains(speaker), let name = quote.speakerName, !quoted.contains(name) else { continue }
                quoted.append(name)
            }
            links.append(Link(article: citation.article, source: citation.source, kind: citation.kind, sentences: 1, quoted: quoted))
        }
        self.links = links
    }
}
