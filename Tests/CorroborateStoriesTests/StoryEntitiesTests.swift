import CorroborateCore
import Testing

@testable import CorroborateStories

/// Per-article entities merge into story entities across spellings outlets differ by.
@Suite struct StoryEntitiesTests {
    @Test(arguments: [
        ("Iñaky Blanco", "Inaky Blanco", 1),
        ("Abu Bakr al-Baghdadi", "Abu Bakr Baghdadi", 1),
        ("Dmitry Peskov", "Peskov", 1),
        ("Dmitry Peskov", "Dmitry Medvedev", 2),
    ])
    func spellingsOfOnePersonMerge(_ first: String, _ second: String, _ count: Int) {
        let entities = StoryEntities([
            (article: "a", entities: [Entity(id: "x", name: first, kind: .person, aliases: [first], mentions: 1)]),
            (article: "b", entities: [Entity(id: "y", name: second, kind: .person, aliases: [second], mentions: 1)]),
        ])
        #expect(entities.entities.count == count)
    }
}
