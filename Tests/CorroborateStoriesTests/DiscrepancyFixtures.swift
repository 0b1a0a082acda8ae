import CorroborateCore

@testable import CorroborateStories

/// The discrepancies of two articles, with optional organisation mentions (text, entity id).
func discrepancies(_ a: String, _ b: String, mentions: [(String, String)] = []) -> [Discrepancy] {
    func input(_ id: String, _ text: String) -> StoryInput {
        let named = mentions.filter { text.contains($0.0) }
        return StoryFixtures.input(
            id, title: id, published: "2024-11-12", text: text, outlet: "Outlet \(id)",
            mentions: named.map { StoryFixtures.mention($0.0, in: text, kind: .organization, entity: $0.1) },
            entities: named.map { Entity(id: $0.1, name: $0.0, kind: .organization, mentions: 1) })
    }
    return StoryBuilder().story(from: [input("a", a), input("b", b)]).discrepancies
}
