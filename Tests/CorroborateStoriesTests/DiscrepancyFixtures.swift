import CorroborateCore

@testable import CorroborateStories

/// The discrepancies of two articles whose named entities are given as (mention text, entity id, story name, kind).
func discrepancies(_ a: String, _ b: String, named entities: [(String, String, String, EntityKind)]) -> [Discrepancy] {
    func input(_ id: String, _ text: String) -> StoryInput {
        let named = entities.filter { text.contains($0.0) }
        return StoryFixtures.input(
            id, title: id, published: "2024-11-12", text: text, outlet: "Outlet \(id)",
            mentions: named.map { StoryFixtures.mention($0.0, in: text, kind: $0.3, entity: $0.1) },
            entities: named.map { Entity(id: $0.1, name: $0.2, kind: $0.3, mentions: 1) })
    }
    return StoryBuilder().story(from: [input("a", a), input("b", b)]).discrepancies
}

/// The discrepancies of two articles, with optional organisation mentions (text, entity id).
func discrepancies(_ a: String, _ b: String, mentions: [(String, String)] = []) -> [Discrepancy] {
    discrepancies(a, b, named: mentions.map { ($0.0, $0.1, $0.0, EntityKind.organization) })
}
