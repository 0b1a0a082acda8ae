import CorroborateCore
import Testing

@testable import CorroborateStories

/// "A and B confirmed that ...": both names of a coordinated subject hold the position.
@Suite struct ClaimCoordinatedHolderTests {
    @Test func bothNamesOfACoordinatedSubjectHoldThePosition() {
        let positions = StoryFixtures.positions(
            afterTheCarReport: "The Metro City Police and the Film Board further confirmed that the red car was stolen from the film set.",
            names: [("Metro City Police", .organization), ("Film Board", .organization)])
        let confirming = Set(positions.filter { $0.stance == .confirms }.map(\.holderName))
        #expect(confirming == ["Metro City Police", "Film Board"], "positions: \(positions.map { "\($0.holderName) \($0.stance)" })")
    }

    @Test(arguments: [
        // a name in a clause before the subject is no part of it
        "The Metro City Police, speaking after the Film Board, confirmed that the red car was stolen from the film set.",
        // the other name is the object of a preposition, not a subject
        "Officers of the Metro City Police with the Film Board confirmed that the red car was stolen from the film set.",
    ])
    func aNameNotJoinedByAndHoldsNothing(_ sentence: String) {
        let positions = StoryFixtures.positions(afterTheCarReport: sentence, names: [("Metro City Police", .organization), ("Film Board", .organization)])
        let confirming = positions.filter { $0.stance == .confirms }.map(\.holderName)
        #expect(confirming.count == 1, "positions: \(positions.map { "\($0.holderName) \($0.stance)" })")
    }
}
