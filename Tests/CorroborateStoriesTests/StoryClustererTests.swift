import Foundation
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

    @Test(arguments: [(nearest: 1, scoresOne: true), (nearest: 0, scoresOne: false)])
    func anArticleIsScoredByItsNearestMemberNotTheBlurredCentroid(nearest: Int, scoresOne: Bool) {
        var configuration = StoryClusterer.Configuration()
        configuration.nearestMembers = nearest
        var clusterer = StoryClusterer(configuration: configuration)
        let stream = items([
            ("Christian Bale will play Steve Jobs in the Sony biopic written by Aaron Sorkin", nil),
            ("Seth Rogen will play Steve Wozniak opposite Christian Bale as Steve Jobs in the Sony biopic", nil),
            ("Christian Bale will play Steve Jobs in the Sony biopic written by Aaron Sorkin", nil),
        ])
        let actions = stream.flatMap { clusterer.receive($0) }
        let similarity = actions.compactMap { if case .attach("a2", _, let value) = $0 { value } else { nil } }.first
        #expect(similarity.map { abs($0 - 1) < 0.001 } == scoresOne)
    }

    @Test func theLeadWeighsInTheMemberSimilarity() {
        var configuration = StoryClusterer.Configuration()
        configuration.leadWeight = 1
        var clusterer = StoryClusterer(configuration: configuration)
        let lead = items([("Bale to play Jobs", nil)])[0].vector
        var stream = items([("Bale Jobs biopic Sorkin Boyle", nil), ("Bale Jobs Rogen Wozniak Chastain", nil)])
        stream[0].lead = lead
        stream[1].lead = lead
        let actions = stream.flatMap { clusterer.receive($0) }
        #expect(actions.last.map { if case .attach("a1", 0, let value) = $0 { abs(value - 1) < 0.001 } else { false } } == true)
    }

    /// Nothing attaches (threshold above any cosine), so every article opens a story; `settle()` then
    /// merges the lone Kremlin article into the other one, never into the bridge story.
    @Test(arguments: [
        (size: 1, threshold: Float(0.12), merges: [StoryClusterer.Action.merge(story: 0, into: 1)]),
        (size: 0, threshold: Float(0.12), merges: []),
        (size: 1, threshold: Float(1.5), merges: []),
    ])
    func aLoneArticleSettlesIntoTheMostAlikeStory(size: Int, threshold: Float, merges: [StoryClusterer.Action]) {
        var configuration = StoryClusterer.Configuration()
        configuration.attachThreshold = 2
        configuration.settleSize = size
        configuration.largerSettleSize = size
        configuration.settleThreshold = threshold
        var clusterer = StoryClusterer(configuration: configuration)
        for item in items([
            ("Kremlin denies Putin Trump phone call reported by Washington Post", nil),
            ("Peskov says Putin and Trump phone call never happened, Washington Post report untrue", nil),
            ("Lisbon bridge closes for repairs as engineers find cracks in cables", nil),
        ]) { _ = clusterer.receive(item) }
        #expect(clusterer.settle() == merges)
        #expect(clusterer.openStories == 3 - merges.count)
    }

    /// Twin articles make two stories of two (nothing else attaches: threshold 0.99); with `settleSize` 2
    /// the older pair settles into the other one, with 1 no pair settles, and the bridge story never does.
    @Test(arguments: [
        (size: 2, threshold: Float(0.12), merges: [StoryClusterer.Action.merge(story: 0, into: 1)]),
        (size: 1, threshold: Float(0.12), merges: []),
        (size: 2, threshold: Float(1.5), merges: []),
    ])
    func aPairSettlesIntoTheMostAlikeStory(size: Int, threshold: Float, merges: [StoryClusterer.Action]) {
        var configuration = StoryClusterer.Configuration()
        configuration.attachThreshold = 0.99
        configuration.settleSize = size
        configuration.largerSettleSize = size
        configuration.settleThreshold = threshold
        var clusterer = StoryClusterer(configuration: configuration)
        let kremlin = "Kremlin denies Putin Trump phone call reported by Washington Post"
        let peskov = "Peskov says Putin and Trump phone call never happened, Washington Post report untrue"
        for item in items([(kremlin, nil), (kremlin, nil), (peskov, nil), (peskov, nil),
                           ("Lisbon bridge closes for repairs as engineers find cracks in cables", nil)]) {
            _ = clusterer.receive(item)
        }
        #expect(clusterer.openStories == 3)
        #expect(clusterer.settle() == merges)
        #expect(clusterer.openStories == 3 - merges.count)
    }

    /// Triplets make two stories of three (threshold 0.99); a story above `settleSize` (2) settles at
    /// `largerSettleThreshold` when `largerSettleSize` admits it, never when it is `settleSize`.
    @Test(arguments: [
        (largerSize: 8, threshold: Float(0.12), merges: [StoryClusterer.Action.merge(story: 0, into: 1)]),
        (largerSize: 3, threshold: Float(0.12), merges: [StoryClusterer.Action.merge(story: 0, into: 1)]),
        (largerSize: 2, threshold: Float(0.12), merges: []),
        (largerSize: 8, threshold: Float(1.5), merges: []),
    ])
    func aLargerStorySettlesAtItsOwnBar(largerSize: Int, threshold: Float, merges: [StoryClusterer.Action]) {
        var configuration = StoryClusterer.Configuration()
        configuration.attachThreshold = 0.99
        configuration.settleSize = 2
        configuration.settleThreshold = 0
        configuration.largerSettleSize = largerSize
        configuration.largerSettleThreshold = threshold
        var clusterer = StoryClusterer(configuration: configuration)
        let kremlin = "Kremlin denies Putin Trump phone call reported by Washington Post"
        let peskov = "Peskov says Putin and Trump phone call never happened, Washington Post report untrue"
        for item in items([(kremlin, nil), (kremlin, nil), (kremlin, nil), (peskov, nil), (peskov, nil), (peskov, nil)]) {
            _ = clusterer.receive(item)
        }
        #expect(clusterer.openStories == 2)
        #expect(clusterer.settle() == merges)
    }

    /// A lone story out of the window settles into an open alike story instead of closing; a stale
    /// story is never a target.
    @Test(arguments: [
        (size: 1, first: StoryClusterer.Action.merge(story: 0, into: 1)),
        (size: 0, first: StoryClusterer.Action.close(story: 0)),
    ])
    func aLoneStoryOutOfTheWindowSettlesBeforeClosing(size: Int, first: StoryClusterer.Action) {
        var configuration = StoryClusterer.Configuration()
        configuration.attachThreshold = 2
        configuration.windowDays = 3
        configuration.settleSize = size
        configuration.largerSettleSize = size
        var clusterer = StoryClusterer(configuration: configuration)
        let stream = items([
            ("Kremlin denies Putin Trump phone call reported by Washington Post", 0),
            ("Peskov says Putin and Trump phone call never happened, Washington Post report untrue", 2),
            ("Lisbon bridge closes for repairs as engineers find cracks in cables", 4),
            ("Lisbon bridge reopens after repairs to its cables", 20),
        ])
        _ = clusterer.receive(stream[0])
        _ = clusterer.receive(stream[1])
        #expect(clusterer.receive(stream[2]).first == first)
        // At day 20 both stories are stale: neither settles into the other, both close.
        #expect(clusterer.receive(stream[3]) == [.close(story: 1), .close(story: 2), .open(story: 3, article: "a3")])
    }

    @Test func leadTermsStopAtTheWordLimitCountingStopwords() {
        let lead = tokenizer.leadTerms(in: "The Kremlin denied the call on Sunday, Peskov said", words: 4)
        #expect(lead == tokenizer.terms(in: "Kremlin denied"))
    }

    @Test func aConfigurationSavedBeforeTheMemberSettingsKeepsTheirDefaults() throws {
        let saved = try JSONDecoder().decode(StoryClusterer.Configuration.self, from: Data(#"{"attachThreshold": 0.3}"#.utf8))
        #expect(saved.attachThreshold == 0.3)
        #expect(saved.nearestMembers == StoryClusterer.Configuration().nearestMembers)
        #expect(saved.settleSize == StoryClusterer.Configuration().settleSize)
    }

    /// Every split setting survives a save: a desk reloaded from its store splits as it did.
    @Test func splitSettingsRoundTrip() throws {
        var configuration = StoryClusterer.Configuration()
        configuration.splitSize = 8
        configuration.splitMargin = 0.2
        configuration.splitOtherShare = 0.25
        configuration.splitOtherTextShare = 0.5
        configuration.splitKeepsApart = false
        configuration.splitAcrossShare = 0.35
        let saved = try JSONDecoder().decode(StoryClusterer.Configuration.self, from: JSONEncoder().encode(configuration))
        #expect(saved.splitSize == 8)
        #expect(saved.splitMargin == 0.2)
        #expect(saved.splitOtherShare == 0.25)
        #expect(saved.splitOtherTextShare == 0.5)
        #expect(saved.splitKeepsApart == false)
        #expect(saved.splitAcrossShare == 0.35)
    }

    @Test func aStorySavedBeforeKeptMembersDecodesWithNone() throws {
        let json = #"{"centroid": [], "squaredNorm": 0, "entityCounts": {}, "count": 3, "indexed": []}"#
        let story = try JSONDecoder().decode(StoryState.self, from: Data(json.utf8))
        #expect(story.count == 3)
        #expect(story.members.isEmpty)
    }
}
