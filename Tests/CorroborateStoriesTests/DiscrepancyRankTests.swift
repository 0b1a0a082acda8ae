import CorroborateCore
import Testing

@testable import CorroborateStories

/// The discrepancies of two articles whose named people are given as (mention text, entity id, story name).
func personDiscrepancies(_ a: String, _ b: String, people: [(String, String, String)]) -> [Discrepancy] {
    discrepancies(a, b, named: people.map { ($0.0, $0.1, $0.2, EntityKind.person) })
}

/// Rank slots: one person given two military or police ranks.
@Suite struct RankDiscrepancyTests {
    let vell = [("Adam Vell", "vell", "Adam Vell"), ("Cpl. Adam Vell", "vell", "Adam Vell")]

    @Test(arguments: [
        ("Cpl. Adam Vell was on guard at the memorial.", "Sergeant Adam Vell was on guard at the memorial.", ["corporal", "sergeant"]),
        ("Maj. Gen. Adam Vell, the police chief, spoke.", "Lt. Gen. Adam Vell spoke to reporters.", ["lieutenant general", "major general"]),
        ("Captain Adam Vell led the patrol.", "Lieutenant Adam Vell led the patrol.", ["captain", "lieutenant"]),
    ])
    func aPersonGivenTwoRanksIsADiscrepancy(_ a: String, _ b: String, _ values: [String]) {
        let found = personDiscrepancies(a, b, people: vell)
        #expect(found.map(\.topic) == ["Adam Vell's rank"])
        #expect(found.first?.values.map(\.value) == values)
    }

    @Test(arguments: [
        // One rank, written out or shortened.
        ("Cpl. Adam Vell was on guard.", "Corporal Adam Vell was on guard."),
        ("Lt. Gen. Adam Vell spoke.", "Gen. Adam Vell spoke."),
        ("Staff Sgt. Adam Vell spoke.", "Sergeant Adam Vell spoke."),
        // A past or changed rank, an office, a title that is no rank.
        ("Former Captain Adam Vell spoke.", "Major Adam Vell spoke."),
        ("Corporal Adam Vell was promoted to sergeant. Sergeant Adam Vell spoke.", "Sergeant Adam Vell spoke."),
        ("Attorney General Adam Vell spoke.", "Colonel Adam Vell spoke."),
        ("Spokesman Adam Vell spoke.", "Colonel Adam Vell spoke."),
        // A lower-case word is no rank.
        ("The team's captain Adam Vell spoke.", "Major Adam Vell spoke."),
    ])
    func oneOrNoRankIsNone(_ a: String, _ b: String) {
        #expect(personDiscrepancies(a, b, people: vell).isEmpty)
    }

    /// An article giving both ranks speaks of two people, or of a change.
    @Test func anArticleGivingBothRanksIsNone() {
        let people = vell + [("Major Vell", "vell", "Adam Vell")]
        #expect(personDiscrepancies("Captain Adam Vell spoke; he is Major Vell to his men.", "Major Adam Vell spoke.", people: people).isEmpty)
    }

    /// A rank read into the mention ("Cpl. Adam Vell" as one name) is the rank of that person.
    @Test func aRankOpeningTheMentionIsRead() {
        let found = personDiscrepancies("Cpl. Adam Vell was on guard.", "Sergeant Adam Vell was on guard.",
                                        people: [("Cpl. Adam Vell", "vell", "Adam Vell"), ("Adam Vell", "vell", "Adam Vell")])
        #expect(found.first?.values.map(\.value) == ["corporal", "sergeant"])
    }
}
