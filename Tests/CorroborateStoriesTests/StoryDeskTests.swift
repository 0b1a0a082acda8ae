import CorroborateCore
import Foundation
import Testing

@testable import CorroborateStories

@Suite("StoryDesk")
struct StoryDeskTests {
    static func input(_ id: String, _ day: String, _ text: String) -> StoryInput {
        StoryFixtures.input(id, title: String(text.prefix(40)), published: day, text: text)
    }

    static let bridge = "The Aldersgate bridge over the Vell river collapsed before dawn, the mayor of Vellmar said."
    static let bridgeAgain = "Engineers inspected the collapsed Aldersgate bridge over the Vell river in Vellmar."
    static let strike = "Dock workers at the port of Kessin began a strike over pay and pensions on Monday."

    @Test func aLaterArticleJoinsTheStoryItMatchesUnderTheSameId() {
        var desk = StoryDesk()
        let first = desk.receive([Self.input("a", "2025-03-03", Self.bridge)], tokenizer: .english())
        let second = desk.receive([Self.input("b", "2025-03-04", Self.bridgeAgain)], tokenizer: .english())
        #expect(first.changed.map(\.articles) == [["a"]])
        #expect(second.changed.map(\.articles) == [["a", "b"]])
        #expect(second.changed.map(\.story) == first.changed.map(\.story))
    }

    @Test func anUnrelatedArticleOpensItsOwnStory() {
        var desk = StoryDesk()
        _ = desk.receive([Self.input("a", "2025-03-03", Self.bridge)], tokenizer: .english())
        let changes = desk.receive([Self.input("c", "2025-03-04", Self.strike)], tokenizer: .english())
        #expect(changes.changed.map(\.articles) == [["c"]])
        #expect(changes.clustered == ["c"])
        #expect(desk.openStories == 2)
    }

    @Test func theDeskSurvivesEncodingBetweenBatches() throws {
        var desk = StoryDesk()
        let first = desk.receive([Self.input("a", "2025-03-03", Self.bridge)], tokenizer: .english())
        var restored = try JSONDecoder().decode(StoryDesk.self, from: JSONEncoder().encode(desk))
        let second = restored.receive([Self.input("b", "2025-03-04", Self.bridgeAgain)], tokenizer: .english())
        #expect(second.changed.map(\.story) == first.changed.map(\.story))
        #expect(second.changed.map(\.articles) == [["a", "b"]])
    }

    /// Two reports of one event that share its names but few other words, and a background in
    /// which those other words are common (the names are in none of its documents).
    static let vigil = "Mourners in Tarnholm lit candles for Edvard Maalen on Sunday, and officials said the city would hold a public service next week."
    static let vigilAgain = "Edvard Maalen was remembered in Tarnholm as police reported that families gathered downtown while leaders promised government support."
    static let commonWords = TermTokenizer.english().terms(
        in: "on Sunday officials said the city would hold a public service next week was remembered as police reported that families gathered downtown while leaders promised government support lit candles mourners"
    )

    static let backgroundCases: [(background: BackgroundFrequencies?, stories: Int)] = [
        (nil, 2),
        (BackgroundFrequencies(counting: Array(repeating: commonWords, count: 20) + Array(repeating: [], count: 80)), 1),
    ]

    @Test(arguments: backgroundCases)
    func aFirstSmallBatchIsWeighedWithTheBackground(background: BackgroundFrequencies?, stories: Int) {
        // Settling off: this is about the attach decision (the pair settles together at the batch end).
        var configuration = StoryClusterer.Configuration()
        configuration.settleSize = 0
        configuration.largerSettleSize = 0
        var desk = StoryDesk(configuration: configuration)
        let inputs = [Self.input("a", "2025-03-03", Self.vigil), Self.input("b", "2025-03-03", Self.vigilAgain)]
        let changes = desk.receive(inputs, tokenizer: .english(), background: background)
        #expect(changes.changed.count == stories)
        #expect(desk.openStories == stories)
    }

    /// Nothing attaches (threshold above any similarity), so each article opens a story; at the end of
    /// the batch the lone Kremlin article settles into the other Kremlin story, as in a batch run, and
    /// the story it opened is reported removed. With `settleSize` 0 all three stay apart.
    @Test(arguments: [(settleSize: 1, stories: 2, removed: 1), (settleSize: 0, stories: 3, removed: 0)])
    func aLoneArticleSettlesAtTheEndOfTheBatch(settleSize: Int, stories: Int, removed: Int) {
        var configuration = StoryClusterer.Configuration()
        configuration.attachThreshold = 2
        configuration.settleSize = settleSize
        configuration.largerSettleSize = settleSize
        configuration.settleThreshold = 0.05
        var desk = StoryDesk(configuration: configuration)
        let changes = desk.receive([
            Self.input("a", "2025-03-03", "Kremlin denies Putin Trump phone call reported by Washington Post"),
            Self.input("b", "2025-03-03", "Peskov says Putin and Trump phone call never happened, Washington Post report untrue"),
            Self.input("c", "2025-03-03", "Lisbon bridge closes for repairs as engineers find cracks in cables"),
        ], tokenizer: .english(), background: nil)
        #expect(desk.openStories == stories)
        #expect(changes.changed.count == stories)
        #expect(changes.removed.count == removed)
        #expect(Set(changes.changed.flatMap(\.articles)) == ["a", "b", "c"])
    }

    @Test func storiesOutOfTheWindowAreDropped() {
        var desk = StoryDesk()
        _ = desk.receive([Self.input("a", "2025-03-03", Self.bridge)], tokenizer: .english())
        _ = desk.receive([Self.input("c", "2025-05-04", Self.strike)], tokenizer: .english())
        #expect(desk.openStories == 1)
    }
}
