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

    @Test func storiesOutOfTheWindowAreDropped() {
        var desk = StoryDesk()
        _ = desk.receive([Self.input("a", "2025-03-03", Self.bridge)], tokenizer: .english())
        _ = desk.receive([Self.input("c", "2025-05-04", Self.strike)], tokenizer: .english())
        #expect(desk.openStories == 1)
    }
}
