import CorroborateCore
import Testing

@testable import CorroborateStories

/// "X confirmed that the car is safe": a confirmed state of safety denies the harm an alike claim reports.
@Suite struct ClaimWellBeingTests {
    @Test func aConfirmedSafeStateDeniesTheHarm() {
        let positions = StoryFixtures.positions(
            afterTheCarReport: "The Metro Herald confirmed that the red car is safe on the film set in Metro City.",
            names: [("The Metro Herald", .outlet)])
        let herald = positions.filter { $0.holderName == "The Metro Herald" }.map(\.stance)
        #expect(herald == [.denies], "positions: \(positions.map { "\($0.holderName) \($0.stance)" })")
    }

    @Test func aSafeStateAlikeNoOtherClaimIsNoClaim() {
        let positions = StoryFixtures.positions(
            afterTheCarReport: "The Metro Herald confirmed that the harbour ferry is safe after the storm.",
            names: [("The Metro Herald", .outlet)])
        #expect(!positions.contains { $0.holderName == "The Metro Herald" }, "positions: \(positions.map { "\($0.holderName) \($0.stance)" })")
    }

    @Test(arguments: [
        ("the Batmobile is safe", true),
        ("the actor is still alive", true),
        ("the statue remains intact after the fire", true),
        ("the car was stolen from a safe place", false),
        ("he is expected to stay safe", false),
    ])
    func wellBeingIsRecognised(_ clause: String, _ expected: Bool) {
        #expect(ClaimText.statesWellBeing(clause) == expected)
    }
}
