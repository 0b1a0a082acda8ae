import CorroborateCore
import Testing

@testable import CorroborateStories

/// Measure slots: a length with its unit, dimension and the thing measured, compared after conversion and rounding.
@Suite struct MeasureDiscrepancyTests {
    @Test(arguments: [
        ("The storm left a 16-foot deep crater in the square.", "The storm left a crater 19 feet deep in the square.", "how deep the crater is", ["16 feet", "19 feet"]),
        ("A hole 40 feet wide and 19 feet deep opened.", "The collapse left a 16-foot-deep crater.", "how deep the crater is", ["16 feet", "19 feet"]),
        ("Officials said the tower is about 40 feet tall.", "The tower is 60 feet high, officials said.", "how high the tower is", ["about 40 feet", "60 feet"]),
        ("The asteroid 2014 RC, which measured 60 feet in diameter, passed.", "Radar showed the asteroid is about 40 feet across.", "how big the asteroid is", ["about 40 feet", "60 feet"]),
        ("The crater had a depth of 16 feet.", "The storm left a crater 25 feet deep.", "how deep the crater is", ["16 feet", "25 feet"]),
    ])
    func oneThingMeasuredTwoWaysIsADiscrepancy(_ a: String, _ b: String, _ topic: String, _ values: [String]) {
        let found = discrepancies(a, b)
        #expect(found.map(\.topic) == [topic])
        #expect(found.first?.values.map(\.value) == values)
    }

    @Test(arguments: [
        // One value rounded two ways, or converted.
        ("The storm left a crater 39 feet (12 meters) across.", "The storm left a 40-foot-wide crater."),
        ("The storm left a crater 12 metres across.", "The storm left a 40-foot-wide crater."),
        ("The asteroid is 3 kilometres wide.", "The asteroid is 1.9 miles wide."),
        // Different dimensions or different things.
        ("The storm left a crater 40 feet wide.", "The storm left a crater 19 feet deep."),
        ("The storm left a crater 40 feet wide.", "The storm left a wall 60 feet wide."),
        // A measure with no dimension, or no thing, is no slot.
        ("The crater lies 40 feet from the road.", "The crater lies 60 feet from the road."),
        ("It was 40 feet wide.", "It was 60 feet wide."),
        // Different scopes.
        ("The storm left a crater 4 feet deep.", "The storm left a crater 40 feet deep."),
    ])
    func compatibleOrUnrelatedMeasuresAreNone(_ a: String, _ b: String) {
        #expect(discrepancies(a, b).isEmpty)
    }

    /// "asteroid 2014 RC, which measured 60 feet in diameter" measures the asteroid named before "which".
    @Test func aRelativeClauseMeasuresItsAntecedent() {
        let found = discrepancies("The asteroid Vell, which measured 60 feet in diameter, passed by.", "Radar showed the asteroid is about 40 feet across.",
                                  mentions: [("Vell", "vell")])
        #expect(found.map(\.topic) == ["how big the asteroid is"])
        #expect(found.first?.values.map(\.value) == ["about 40 feet", "60 feet"])
    }

    @Test(arguments: [(40.0, 10.0), (39, 1), (25_000, 1_000), (20, 1), (1.5, 0.1), (16, 1)])
    func aValueIsRoundedToItsLastSignificantDigit(_ value: Double, _ step: Double) {
        #expect(Measures.roundingStep(value) == step)
    }
}

/// Ages of unnamed people in a role ("his 18-year-old son" / "the son, 19").
@Suite struct RoleAgeDiscrepancyTests {
    @Test(arguments: [
        ("Police detained his 18-year-old son.", "The son, 19, was detained."),
        ("The detained son was nine years old.", "His son is now approximately 11 years old."),
        ("Last year a 31-year-old Salvadorean nun gave birth.", "Last year a 33-year-old Salvadorean nun gave birth."),
    ])
    func aRoleGivenTwoAgesIsADiscrepancy(_ a: String, _ b: String) {
        #expect(discrepancies(a, b).count == 1)
        #expect(discrepancies(a, b).first?.topic.hasSuffix("'s age") == true)
    }

    @Test(arguments: [
        // Different descriptions are different people; a role other than family needs a description.
        ("A 31-year-old Salvadorean nun gave birth.", "A 41-year-old Congolese nun gave birth."),
        ("A 31-year-old nun gave birth.", "A 41-year-old nun gave birth."),
        // "about 11" allows 10.
        ("The son was about 11 years old.", "The son, 10, was detained."),
        // An article giving both ages speaks of two sons.
        ("His son, 19, and his 12-year-old son were detained.", "The son, 12, was freed."),
    ])
    func differentPeopleOrCompatibleAgesAreNone(_ a: String, _ b: String) {
        #expect(discrepancies(a, b).isEmpty)
    }
}

/// A count's verb after a relative clause or an insertion; sources named before "reported that" are no actors.
@Suite struct CountClauseDiscrepancyTests {
    @Test(arguments: [
        ("Rebels seized one of the 28 bundles of weapons and medical supplies that the army dropped.", "Then the army dropped 27 bundles."),
        ("None was among 28 bodies, some badly burned, that were unearthed.", "The Courier reported that 20 bodies had been discovered."),
    ])
    func aVerbAfterAClauseMakesASlot(_ a: String, _ b: String) {
        let found = discrepancies(a, b, mentions: [("the army", "army"), ("The Courier", "courier")])
        #expect(found.count == 1)
    }

    /// An insertion between commas that no relative pronoun follows ends the clause.
    @Test func aVerbOfAnotherClauseIsNone() {
        #expect(discrepancies("The 28 bodies, some burned, were unearthed.", "Crews unearthed 20 bodies.").isEmpty)
    }
}

/// A name joined to another person by mistake gives that person no age: "Brokaw, 74" is no age of Adam Vell.
@Suite struct MisjoinedNameAgeTests {
    @Test func aNameSharingNoWordWithItsPersonGivesNoAge() {
        func input(_ id: String, _ text: String, _ mentioned: String) -> StoryInput {
            StoryFixtures.input(
                id, title: id, published: "2024-11-12", text: text, outlet: "Outlet \(id)",
                mentions: [StoryFixtures.mention(mentioned, in: text, kind: .person, entity: "vell")],
                entities: [Entity(id: "vell", name: "Adam Vell", kind: .person, mentions: 1)])
        }
        let misjoined = StoryBuilder().story(from: [input("a", "Vell, 55, spoke.", "Vell"), input("b", "Brokaw, 74, spoke.", "Brokaw")])
        #expect(misjoined.discrepancies.isEmpty)
        let joined = StoryBuilder().story(from: [input("a", "Vell, 55, spoke.", "Vell"), input("b", "Adam Vell, 54, spoke.", "Adam Vell")])
        #expect(joined.discrepancies.map(\.topic) == ["Adam Vell's age"])
    }
}
