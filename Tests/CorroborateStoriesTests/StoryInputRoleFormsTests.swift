import CorroborateCore
import Testing

@testable import CorroborateStories

/// A story entity's aliases hold the role-and-name forms the text writes ("Kremlin spokesman
/// Dmitry Peskov"), as the brief's aliases are every surface form seen.
@Suite struct StoryInputRoleFormsTests {
    @Test(arguments: [
        ("Kremlin spokesman Dmitry Peskov said so.", "Dmitry Peskov", ["Kremlin spokesman"], "Kremlin spokesman Dmitry Peskov"),
        ("The Kremlin press secretary Dmitry Peskov said so.", "Dmitry Peskov", ["Kremlin press secretary"], "Kremlin press secretary Dmitry Peskov"),
        ("Dmitry Peskov, the Kremlin spokesman, said so.", "Dmitry Peskov", ["Kremlin spokesman"], nil),
        ("Ex-Kremlin spokesman Dmitry Peskov said so.", "Dmitry Peskov", ["spokesman"], "spokesman Dmitry Peskov"),
        ("Kremlin spokesman Dmitry Peskov said so.", "Dmitry Peskov", [], nil),
        ("Former Kremlin spokesman Dmitry Peskov said so.", "Dmitry Peskov", ["ex-Kremlin spokesman"], nil),
    ] as [(String, String, [String], String?)])
    func roleBeforeTheNameIsAnAlias(_ text: String, _ name: String, _ roles: [String], _ form: String?) {
        let mention = StoryFixtures.mention(name, in: text, kind: .person, entity: "p")
        let entity = Entity(id: "p", name: name, kind: .person, aliases: [name], roles: roles, mentions: 1)
        let input = StoryFixtures.input("a", title: "t", published: "2024-11-11", text: text, mentions: [mention], entities: [entity])
        let aliases = input.entities[0].aliases
        #expect(aliases.first == name)
        if let form { #expect(aliases == [name, form]) } else { #expect(aliases == [name]) }
    }

    @Test func placesKeepTheirNames() {
        let text = "Capital city Moscow was quiet."
        let mention = StoryFixtures.mention("Moscow", in: text, kind: .place, entity: "m")
        let entity = Entity(id: "m", name: "Moscow", kind: .place, aliases: ["Moscow"], roles: ["Capital city"], mentions: 1)
        let input = StoryFixtures.input("a", title: "t", published: "2024-11-11", text: text, mentions: [mention], entities: [entity])
        #expect(input.entities[0].aliases == ["Moscow"])
    }
}
