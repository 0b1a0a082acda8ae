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

    /// A merged person shows the spelling written most when two differ only in where the words break, else the fullest name.
    @Test(arguments: [
        ("Michael Zehaf-Bibeau", 5, "Michael Zehaf Bibeau", 1, "Michael Zehaf-Bibeau"),
        ("Michael Zehaf Bibeau", 1, "Michael Zehaf-Bibeau", 5, "Michael Zehaf-Bibeau"),
        ("Rami Abdul Rahman", 3, "Rami Abdulrahman", 2, "Rami Abdul Rahman"),
        ("Peskov", 9, "Dmitry Peskov", 1, "Dmitry Peskov"),
    ])
    func mergedNameIsTheCommonSpelling(_ first: String, _ firstMentions: Int, _ second: String, _ secondMentions: Int, _ shown: String) {
        let entities = StoryEntities([
            (article: "a", entities: [Entity(id: "x", name: first, kind: .person, aliases: [first], mentions: firstMentions)]),
            (article: "b", entities: [Entity(id: "y", name: second, kind: .person, aliases: [second], mentions: secondMentions)]),
        ])
        #expect(entities.entities.map(\.name) == [shown])
    }
}
