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
        var desk = StoryDesk()
        let inputs = [Self.input("a", "2025-03-03", Self.vigil), Self.input("b", "2025-03-03", Self.vigilAgain)]
        let changes = desk.receive(inputs, tokenizer: .english(), background: background)
        #expect(changes.changed.count == stories)
        #expect(desk.openStories == stories)
    }

    /// (stories at which the background has faded, unrelated articles ingested before, whether the two
    /// vigil reports of the next batch join): a desk of fewer stories keeps (part of) the background and
    /// the reports join; a first batch that makes as many is clustered again without it, as the desk's
    /// own counts alone would (the nil row above). An earlier ingest leaves the first rows alone.
    static let storyFadeCases: [(fadeStories: Int, before: Int, together: Bool)] = [
        (30, 0, true),
        (2, 0, true),
        (1, 0, false),
        (0, 0, true),
        (30, 1, true),
        (0, 1, true),
    ]

    @Test(arguments: storyFadeCases)
    func theBackgroundFadesWithTheStoriesTheDeskHolds(fadeStories: Int, before: Int, together: Bool) {
        var configuration = StoryClusterer.Configuration()
        configuration.deskBackgroundFadeStories = fadeStories
        var desk = StoryDesk(configuration: configuration)
        let background = BackgroundFrequencies(counting: Array(repeating: Self.commonWords, count: 20) + Array(repeating: [], count: 80))
        let unrelated = [Self.strike].prefix(before).enumerated().map { Self.input("u\($0.offset)", "2025-03-03", $0.element) }
        if !unrelated.isEmpty { _ = desk.receive(unrelated, tokenizer: .english(), background: background) }
        let inputs = [Self.input("a", "2025-03-03", Self.vigil), Self.input("b", "2025-03-03", Self.vigilAgain)]
        let changes = desk.receive(inputs, tokenizer: .english(), background: background)
        #expect(changes.changed.contains { $0.articles == ["a", "b"] } == together)
        #expect(desk.openStories == before + (together ? 1 : 2))
        #expect(changes.clustered == ["a", "b"])
    }

    @Test func storiesOutOfTheWindowAreDropped() {
        var desk = StoryDesk()
        _ = desk.receive([Self.input("a", "2025-03-03", Self.bridge)], tokenizer: .english())
        _ = desk.receive([Self.input("c", "2025-05-04", Self.strike)], tokenizer: .english())
        #expect(desk.openStories == 1)
    }
}
