import CorroborateCore
import Testing

@testable import CorroborateStories

/// Name slots: one person or role given two names.
@Suite struct NameDiscrepancyTests {
    let people = [("Adam Vell", "vell", "Adam Vell"), ("Ben Okafor", "okafor", "Ben Okafor"), ("Adam Vel", "vel", "Adam Vel"),
                  ("Ayman Al-Rahim", "rahim", "Ayman Al-Rahim"), ("Aiman Al-Rahim", "rahim2", "Aiman Al-Rahim"), ("Vell", "vell", "Adam Vell")]
    let artist = [("Banks", "banks", "Banks"), ("Adam Vell", "vell", "Adam Vell"), ("Adam Vel", "vel", "Adam Vel")]

    @Test(arguments: [
        ("The gunman, identified as Adam Vell, fired at the guard.", "The gunman was identified as Ben Okafor by police."),
        ("Police identified the gunman as Adam Vell on Monday.", "The gunman was later identified as Ben Okafor."),
        ("Police said the gunman had been identified as Adam Vell.", "Police identified the gunman as 35-year-old Ben Okafor."),
        ("The gunman, named locally as Adam Vell, fired.", "The gunman was named as Ben Okafor by police."),
    ])
    func aRoleGivenTwoNamesIsADiscrepancy(_ a: String, _ b: String) {
        let found = personDiscrepancies(a, b, people: people)
        #expect(found.map(\.topic) == ["the name given for the gunman"])
        #expect(found.first?.values.map(\.value) == ["Adam Vell", "Ben Okafor"])
    }

    /// A name and a description given together join their keys: "Banks's real name", "the artist".
    @Test func aNamedEntityAndItsDescriptionAreOneSlot() {
        let found = personDiscrepancies("Police say Banks's real name is Adam Vell, a man from Leeds.",
                                        "Documents identified the anonymous artist as Adam Vel, from Leeds.", people: artist)
        #expect(found.isEmpty)
        let joined = personDiscrepancies("Adam Vell had been identified as the street-artist known as Banks.",
                                         "Documents identified the anonymous artist as Ben Okafor, from Leeds.",
                                         people: artist + [("Ben Okafor", "okafor", "Ben Okafor")])
        #expect(joined.map(\.topic) == ["the name given for Banks"])
        #expect(joined.first?.values.map(\.value) == ["Adam Vell", "Ben Okafor"])
    }

    @Test(arguments: [
        // One name spelled two ways, shortened, or hyphened.
        ("The gunman was identified as Ayman Al-Rahim.", "The gunman was identified as Aiman Al-Rahim."),
        ("The gunman was identified as Adam Vell.", "The gunman was identified as Vell by police."),
        // Different roles, an indefinite or a pronoun subject.
        ("The gunman was identified as Adam Vell.", "The victim was identified as Ben Okafor."),
        ("A man identified as Adam Vell was arrested.", "A man identified as Ben Okafor was arrested."),
        ("Police identified him as Adam Vell.", "Police identified him as Ben Okafor."),
        // An article that names both people speaks of two.
        ("The gunman was identified as Adam Vell; Ben Okafor was wounded.", "The gunman was identified as Ben Okafor."),
        // An appointment is no name given.
        ("Adam Vell was named as the new coach.", "Ben Okafor was named as the new coach."),
        // The same name.
        ("The gunman was identified as Adam Vell.", "Police identified the gunman as Adam Vell."),
    ])
    func oneNameOrTwoRolesAreNone(_ a: String, _ b: String) {
        #expect(personDiscrepancies(a, b, people: people).isEmpty)
    }
}
