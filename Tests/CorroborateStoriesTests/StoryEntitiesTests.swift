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
        // A familiar form of the given name, a middle name or initial one outlet gives.
        ("Ed Donovan", "Edwin Donovan", 1),
        ("Bill de Blasio", "William de Blasio", 1),
        ("Kenneth P. Thompson", "Kenneth Thompson", 1),
        ("Steven Joel Sotloff", "Steven Sotloff", 1),
        ("John A. Smith", "John Smith", 1),
        // A surname written in one word or two.
        ("Rami Abdulrahman", "Rami Abdul Rahman", 1),
        ("Abdel-Majed Bary", "Abdel Majed Bary", 1),
        // Two given names, or two middle names, are two people.
        ("Harold Smith", "Henry Smith", 2),
        ("John A. Smith", "John B. Smith", 2),
        ("Ed Donovan", "Edgar Donovan", 2),
        ("Rami Abdul", "Rami Abdulrahman", 2),
    ])
    func spellingsOfOnePersonMerge(_ first: String, _ second: String, _ count: Int) {
        let entities = StoryEntities([
            (article: "a", entities: [Entity(id: "x", name: first, kind: .person, aliases: [first], mentions: 1)]),
            (article: "b", entities: [Entity(id: "y", name: second, kind: .person, aliases: [second], mentions: 1)]),
        ])
        #expect(entities.entities.count == count)
    }
}
