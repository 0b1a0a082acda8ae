import Testing

@testable import CorroborateStories

@Suite struct StoryClustererTests {
    let tokenizer = TermTokenizer.english()

    func items(_ texts: [(String, Int?)]) -> [StoryClusterer.Item] {
        var statistics = TermStatistics()
        for (text, _) in texts { statistics.add(terms: tokenizer.terms(in: text)) }
        return texts.enumerated().map { index, entry in
            StoryClusterer.Item(id: "a\(index)", vector: statistics.vector(terms: tokenizer.terms(in: entry.0)), day: entry.1)
        }
    }

    @Test func sameEventJoinsOneStoryOtherEventOpensAnother() {
        var clusterer = StoryClusterer()
        let stream = items([
            ("Kremlin denies Putin Trump phone call reported by Washington Post", 0),
            ("Peskov says Putin and Trump phone call never happened, Washington Post report untrue", 0),
            ("Lisbon bridge closes for repairs as engineers find cracks in cables", 1),
        ])
        let actions = stream.flatMap { clusterer.receive($0) }
        #expect(actions.first == .open(story: 0, article: "a0"))
        #expect(actions.contains { if case .attach("a1", 0, _) = $0 { true } else { false } })
        #expect(actions.last == .open(story: 1, article: "a2"))
    }

    @Test func storiesCloseOutsideTheWindow() {
        var configuration = StoryClusterer.Configuration()
        configuration.windowDays = 3
        var clusterer = StoryClusterer(configuration: configuration)
        let stream = items([("Kremlin denies Putin Trump phone call", 0), ("Lisbon bridge closes for repairs", 10)])
        _ = clusterer.receive(stream[0])
        #expect(clusterer.receive(stream[1]).first == .close(story: 0))
        #expect(clusterer.openStories == 1)
    }
}
