import Foundation
import Testing

@testable import CorroborateStories

/// The split of a story that mixed two claims on one subject, and how callers apply it.
@Suite struct StorySplitTests {
    let tokenizer = TermTokenizer.english()

    func vector(_ text: String) -> SparseVector {
        SparseVector(Dictionary(tokenizer.terms(in: text).map { ($0, Float(1)) }, uniquingKeysWith: +)).normalized()
    }

    /// The members that leave when members with these (text, lead) split by `rule`, the text cosine as similarity.
    func leaving(_ members: [(text: String, lead: String)], rule: StorySplit = StorySplit()) -> [Int]? {
        let texts = members.map { vector($0.text) }, leads = members.map { vector($0.lead) }
        let similarity = texts.map { one in texts.map { one.dot($0) } }
        return rule.part(leads, texts: texts, similarity: { similarity })
    }

    static let ankle = (text: "kim jong un ankle surgery doctors", lead: "kim jong un ankle surgery")
    static let sister = (text: "kim jong un sister yo jong runs state", lead: "kim jong un sister runs state")

    @Test(arguments: [
        // Two claims, three members each: the side without the first member leaves.
        (members: [ankle, ankle, sister, ankle, sister, sister], expected: [2, 4, 5] as [Int]?),
        (members: [sister, ankle, ankle, sister, ankle, sister], expected: [1, 2, 4]),
        // Too few on one side, or too few members in all.
        (members: [ankle, ankle, ankle, ankle, sister, sister], expected: nil),
        (members: [ankle, sister, ankle, sister], expected: nil),
        // Copies of one wire story, each with a rare word of its own: no claim parts them.
        (members: [
            (text: "kim jong un ankle surgery doctors swiss", lead: "kim jong un ankle surgery swiss"),
            (text: "kim jong un ankle surgery doctors cane", lead: "kim jong un ankle surgery cane"),
            (text: "kim jong un ankle surgery doctors limp", lead: "kim jong un ankle surgery limp"),
            (text: "kim jong un ankle surgery doctors gout", lead: "kim jong un ankle surgery gout"),
            (text: "kim jong un ankle surgery doctors obese", lead: "kim jong un ankle surgery obese"),
            (text: "kim jong un ankle surgery doctors smoker", lead: "kim jong un ankle surgery smoker"),
        ], expected: nil),
        // The ankle bodies all mention the sister too: her side has no claim term of its own.
        (members: [
            (text: "kim jong un ankle surgery doctors sister", lead: "kim jong un ankle surgery"),
            (text: "kim jong un ankle surgery doctors sister", lead: "kim jong un ankle surgery"),
            (text: "kim jong un ankle surgery doctors sister", lead: "kim jong un ankle surgery"),
            (text: "kim jong un sister yo jong runs state", lead: "kim jong un sister"),
            (text: "kim jong un sister yo jong runs state", lead: "kim jong un sister"),
            (text: "kim jong un sister yo jong runs state", lead: "kim jong un sister"),
        ], expected: nil),
    ])
    func aStoryOfTwoClaimsSplitsOneOfOneClaimDoesNot(members: [(text: String, lead: String)], expected: [Int]?) {
        #expect(leaving(members) == expected)
    }

    /// The parts must be more alike within than across by the margin; the text check can be turned off.
    @Test(arguments: [
        (margin: Float(0.1), textShare: Float(0.3), splits: true),
        (margin: Float(0.9), textShare: Float(0.3), splits: false),
        (margin: Float(0.1), textShare: Float(1), splits: true),
    ])
    func theMarginBoundsTheSplit(margin: Float, textShare: Float, splits: Bool) {
        let rule = StorySplit(otherTextShare: textShare, margin: margin)
        #expect((leaving([Self.ankle, Self.ankle, Self.ankle, Self.sister, Self.sister, Self.sister], rule: rule) != nil) == splits)
    }

    /// The members' mean similarity across the parts must be at most `acrossShare` of that within them.
    @Test(arguments: [
        (share: Float(1), splits: true),
        (share: Float(0.6), splits: true),
        (share: Float(0.1), splits: false),
    ])
    func theAcrossShareBoundsTheSplit(share: Float, splits: Bool) {
        let rule = StorySplit(acrossShare: share)
        #expect((leaving([Self.ankle, Self.ankle, Self.ankle, Self.sister, Self.sister, Self.sister], rule: rule) != nil) == splits)
    }

    /// No partition can pass the across share unless the least alike pair scores at most that share of the most alike.
    @Test(arguments: [
        (matrix: [[1, 0.9, 0.3], [0.9, 1, 0.8], [0.3, 0.8, 1]] as [[Float]], share: Float(0.4), allows: true),
        (matrix: [[1, 0.9, 0.4], [0.9, 1, 0.8], [0.4, 0.8, 1]], share: Float(0.4), allows: false),
        (matrix: [[1, 0.5, 0.5], [0.5, 1, 0.5], [0.5, 0.5, 1]], share: Float(1), allows: true),
        (matrix: [[1, 0.5, 0.5], [0.5, 1, 0.5], [0.5, 0.5, 1]], share: Float(0.9), allows: false),
    ])
    func theSpreadOfTheSimilaritiesAllowsASplit(matrix: [[Float]], share: Float, allows: Bool) {
        #expect(StorySplit.spread(matrix, allows: share) == allows)
    }

    /// Members without a lead cannot be parted.
    @Test func membersWithoutALeadAreNotSplit() {
        let members = [Self.ankle, Self.ankle, (text: Self.ankle.text, lead: ""), Self.sister, Self.sister, Self.sister]
        #expect(leaving(members) == nil)
    }

    @Test func twoMeansPartsTheLeastAlikeMembers() {
        let vectors = ["ankle surgery", "ankle surgery doctors", "sister state", "sister state runs"].map(vector)
        #expect(StorySplit.twoMeans(vectors, from: nil) == [false, false, true, true])
        #expect(StorySplit.twoMeans([vector("ankle"), vector("ankle")], from: nil) == nil)
    }

    @Test func removingTermsRenormalizes() {
        let removed = vector("kim ankle surgery").removing(Set(tokenizer.terms(in: "kim")))
        #expect(removed.terms.count == 2)
        #expect(abs(removed.norm - 1) < 1e-5)
    }

    /// A split moves the leaving articles to the new story; the others stay, merges still followed.
    @Test func assignmentsFollowASplit() {
        var assignments = StoryAssignments()
        for action: StoryClusterer.Action in [
            .open(story: 0, article: "a"), .attach(article: "b", story: 0, similarity: 0.3),
            .open(story: 1, article: "c"), .merge(story: 1, into: 0),
            .split(story: 0, into: 2, articles: ["b", "c"]),
        ] { assignments.apply(action) }
        #expect(assignments.story(of: "a") == 0)
        #expect(assignments.story(of: "b") == 2)
        #expect(assignments.story(of: "c") == 2)
        #expect(assignments.stories == [["a"], ["b", "c"]])
    }

    /// The clusterer splits a story that mixed two claims when an article joins it, unless `splitSize` is 0.
    @Test(arguments: [(size: 6, splits: true), (size: 0, splits: false)])
    func theClustererSplitsAMixedStory(size: Int, splits: Bool) {
        var configuration = StoryClusterer.Configuration()
        configuration.splitSize = size
        configuration.attachThreshold = 0.01
        configuration.splitAcrossShare = 1  // the toy claims share half their words
        var clusterer = StoryClusterer(configuration: configuration)
        var assignments = StoryAssignments()
        let members = [Self.ankle, Self.sister, Self.ankle, Self.sister, Self.ankle, Self.sister]
        for (index, member) in members.enumerated() {
            let item = StoryClusterer.Item(id: "a\(index)", vector: vector(member.text), lead: vector(member.lead))
            for action in clusterer.receive(item) { assignments.apply(action) }
        }
        let expected = splits ? [["a0", "a2", "a4"], ["a1", "a3", "a5"]] : [["a0", "a1", "a2", "a3", "a4", "a5"]]
        #expect(assignments.stories == expected)
    }

    /// The two parts of a split never settle (or merge) into each other again unless `splitKeepsApart` is off.
    @Test(arguments: [(apart: true, stories: 2), (apart: false, stories: 1)])
    func theSplitPartsKeepApart(apart: Bool, stories: Int) {
        var configuration = StoryClusterer.Configuration()
        configuration.attachThreshold = 0.01
        configuration.splitAcrossShare = 1  // the toy claims share half their words
        configuration.largerSettleThreshold = 0.01
        configuration.splitKeepsApart = apart
        var clusterer = StoryClusterer(configuration: configuration)
        var assignments = StoryAssignments()
        let members = [Self.ankle, Self.sister, Self.ankle, Self.sister, Self.ankle, Self.sister]
        for (index, member) in members.enumerated() {
            let item = StoryClusterer.Item(id: "a\(index)", vector: vector(member.text), lead: vector(member.lead))
            for action in clusterer.receive(item) { assignments.apply(action) }
        }
        #expect(assignments.stories.count == 2)
        for action in clusterer.settle() { assignments.apply(action) }
        #expect(assignments.stories.count == stories)
    }

    /// A story's parted stories are saved with it; a story saved by an older version has none.
    @Test func theApartStoriesAreSaved() throws {
        var state = StoryState(day: 3)
        state.apart = [4, 7]
        let decoded = try JSONDecoder().decode(StoryState.self, from: JSONEncoder().encode(state))
        #expect(decoded.apart == [4, 7])
        let older = #"{"centroid": [], "squaredNorm": 0, "entityCounts": {}, "count": 0, "indexed": []}"#
        #expect(try JSONDecoder().decode(StoryState.self, from: Data(older.utf8)).apart.isEmpty)
    }

    /// A kept member saved by an older version has no id.
    @Test func aSavedMemberWithoutAnIdDecodes() throws {
        let json = #"{"vector": {"terms": [1], "weights": [1]}, "lead": {"terms": [], "weights": []}}"#
        let member = try JSONDecoder().decode(StoryState.Member.self, from: Data(json.utf8))
        #expect(member.id.isEmpty)
        #expect(member.day == nil)
    }
}
