import Foundation
import Testing

@testable import CorroborateStories

/// A story's claim terms (the words most of its members' leads share) and the merge rule built on them.
@Suite struct StoryClaimTermsTests {
    let tokenizer = TermTokenizer.english()

    func hashes(_ text: String) -> Set<UInt64> { Set(tokenizer.terms(in: text)) }

    /// A story whose kept members have these texts and leads (unit vectors, equal weights).
    func story(_ members: [(text: String, lead: String)]) -> StoryState {
        var state = StoryState(day: nil)
        for (index, member) in members.enumerated() {
            let item = StoryClusterer.Item(
                id: "m\(index)", vector: vector(member.text), lead: vector(member.lead))
            state.add(item, keepingTerms: 400, members: 16)
        }
        return state
    }

    func vector(_ text: String) -> SparseVector {
        SparseVector(Dictionary(tokenizer.terms(in: text).map { ($0, Float(1)) }, uniquingKeysWith: +)).normalized()
    }

    @Test(arguments: [
        (share: Float(0.7), minimum: 2, expected: "ottawa"),
        (share: Float(0.6), minimum: 2, expected: "ottawa zehaf"),
        (share: Float(1), minimum: 2, expected: "ottawa"),
        (share: Float(0.3), minimum: 2, expected: "ottawa zehaf bibeau soldier gunman"),
        (share: Float(0.7), minimum: 4, expected: ""),
    ])
    func claimTermsAreTheLeadTermsMostMembersShare(share: Float, minimum: Int, expected: String) {
        let state = story([
            (text: "zehaf bibeau ottawa police", lead: "zehaf bibeau ottawa"),
            (text: "zehaf ottawa soldier police", lead: "zehaf ottawa soldier"),
            (text: "ottawa gunman police", lead: "ottawa gunman"),
        ])
        #expect(state.claimTerms(share: share, minimumMembers: minimum) == hashes(expected))
    }

    /// Members without a lead neither count nor vote.
    @Test func membersWithoutALeadAreLeftOut() {
        let state = story([(text: "zehaf ottawa", lead: "zehaf ottawa"), (text: "ottawa soldier", lead: ""),
                           (text: "zehaf bibeau", lead: "zehaf bibeau")])
        #expect(state.claimTerms(share: 1, minimumMembers: 2) == hashes("zehaf"))
        #expect(state.claimTerms(share: 1, minimumMembers: 3).isEmpty)
    }

    @Test(arguments: [
        (terms: "zehaf", share: Float(0.3), covered: true),
        (terms: "zehaf", share: Float(0.5), covered: false),
        (terms: "ottawa", share: Float(1), covered: true),
        (terms: "ottawa zehaf", share: Float(0.5), covered: false),
        (terms: "parliament", share: Float(0.1), covered: false),
        (terms: "", share: Float(1), covered: true),
    ])
    func aStoryCoversTermsInEnoughOfItsMembersTexts(terms: String, share: Float, covered: Bool) {
        let state = story([(text: "zehaf ottawa", lead: ""), (text: "ottawa soldier", lead: ""), (text: "ottawa gunman", lead: "")])
        #expect(state.covers(hashes(terms), share: share) == covered)
    }

    @Test(arguments: [("ottawa", true), ("zehaf", true), ("soldier", true), ("gunman", false)])
    func aSparseVectorFindsItsTerms(word: String, found: Bool) {
        let vector = vector("zehaf ottawa soldier memorial")
        #expect(vector.contains(tokenizer.terms(in: word)[0]) == found)
        #expect(!SparseVector().contains(tokenizer.terms(in: word)[0]))
    }

    /// Two stories of twin articles (attach 0.99 keeps them apart), then an article naming the gunman
    /// and the shooting (thresholds lowered so it attaches and the other story is a merge candidate).
    /// The stories that both name the gunman merge; the one naming him and the one on the shooting
    /// alone merge only when `claimCoverage` is 0 (the shooting reports lack "zehaf", the others' claim term).
    @Test(arguments: [
        (second: "name", coverage: Float(0.3), merges: true),
        (second: "shooting", coverage: Float(0.3), merges: false),
        (second: "shooting", coverage: Float(0), merges: true),
    ])
    func storiesMergeOnlyWhenEachCoversTheOthersClaimTerms(second: String, coverage: Float, merges: Bool) {
        let named = (lead: "Ottawa gunman named as Michael Zehaf-Bibeau",
                     text: "Ottawa gunman named as Michael Zehaf-Bibeau. Police said he shot a soldier at the war memorial.")
        let others = [
            "name": (lead: "Michael Zehaf-Bibeau was the Ottawa gunman, police say",
                     text: "Michael Zehaf-Bibeau was the Ottawa gunman, police say. He shot a soldier at the war memorial and was named by officials."),
            "shooting": (lead: "Soldier shot at Ottawa war memorial",
                         text: "Soldier shot at Ottawa war memorial. A gunman ran to parliament."),
        ]
        guard let other = others[second] else { return }
        let bridge = (lead: "Ottawa gunman Michael Zehaf-Bibeau shot a soldier at the war memorial",
                      text: "Ottawa gunman Michael Zehaf-Bibeau shot a soldier at the war memorial")
        let entries = [named, named, other, other, bridge]
        var statistics = TermStatistics()
        for entry in entries { statistics.add(terms: tokenizer.terms(in: entry.text)) }
        let stream = entries.enumerated().map { index, entry in
            StoryClusterer.Item(
                id: "a\(index)", vector: statistics.vector(terms: tokenizer.terms(in: entry.text)),
                lead: statistics.vector(terms: tokenizer.terms(in: entry.lead), idfPower: 2))
        }
        var configuration = StoryClusterer.Configuration()
        configuration.attachThreshold = 0.99
        configuration.claimCoverage = coverage
        var clusterer = StoryClusterer(configuration: configuration)
        for item in stream.prefix(4) { _ = clusterer.receive(item) }
        #expect(clusterer.openStories == 2)
        clusterer.configuration.attachThreshold = 0.01
        clusterer.configuration.mergeThreshold = 0.01
        let actions = clusterer.receive(stream[4])
        #expect(actions.contains { if case .merge = $0 { true } else { false } } == merges)
        #expect(clusterer.openStories == (merges ? 1 : 2))
    }

    @Test func aConfigurationSavedBeforeClaimTermsKeepsTheirDefaults() throws {
        let saved = try JSONDecoder().decode(StoryClusterer.Configuration.self, from: Data(#"{"mergeThreshold": 0.6}"#.utf8))
        #expect(saved.mergeThreshold == 0.6)
        #expect(saved.claimCoverage == StoryClusterer.Configuration().claimCoverage)
        #expect(saved.claimLeadShare == StoryClusterer.Configuration().claimLeadShare)
        #expect(saved.claimMembers == StoryClusterer.Configuration().claimMembers)
    }
}
