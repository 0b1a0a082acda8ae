import CorroborateCore
import Testing

@testable import CorroborateStories

/// Who holds which stance: confirmations of a falsehood deny, a cue's object holds nothing, a bare
/// possessive apostrophe, a verdict credited after a comma (session 23, Examples/positions-gold).
@Suite struct ClaimHolderStanceTests {
    /// A two-article story: the report, then `sentence` with the given names as mentions.
    func positions(_ sentence: String, names: [(String, EntityKind)]) -> [Position] {
        StoryFixtures.positions(afterTheCarReport: sentence, names: names)
    }

    func stance(of holder: String, in positions: [Position]) -> CorroborateCore.Stance? {
        positions.first { $0.holderName == holder }?.stance
    }

    /// "confirmed the story was fake", "confirmed that there is no truth to": the confirmation states a
    /// falsehood and denies the claim.
    @Test(arguments: [
        "Metro City Police confirmed the story about the red car was fake.",
        "Metro City Police has confirmed that there is no truth to these claims about the red car.",
    ])
    func aConfirmedFalsehoodIsADenial(_ sentence: String) {
        let found = positions(sentence, names: [("Metro City Police", .organization)])
        #expect(stance(of: "Metro City Police", in: found) == .denies)
    }

    /// "confirmed that the red car has not been stolen" denies that it was.
    @Test func aConfirmedNegatedEventIsADenialOfTheEvent() throws {
        let sentence = "Metro City Police confirmed that the red car has not been stolen from the film set."
        let found = positions(sentence, names: [("Metro City Police", .organization)])
        #expect(stance(of: "Metro City Police", in: found) == .denies)
        #expect(!found.contains { $0.stance == .confirms })
    }

    @Test(arguments: [
        ("the vehicle has not been stolen, a rumor said", true),
        ("he was not arrested in Watford", true),
        ("the meeting did not take place", true),
        ("Mr Kim was not feeling well", false),
        ("she is not a nun", false),
        ("Reports, however, are not confirmed", false),
    ])
    func anEventNegationIsTold(_ clause: String, _ expected: Bool) {
        #expect(ClaimText.negatesAnEvent(clause) == expected)
    }

    @Test func anAffirmedClauseKeepsItsSubject() {
        #expect(ClaimText.affirmed("it has not been stolen") == "it has been stolen")
    }

    /// "have confirmed cases of Ebola": the name after the cue is its object and holds no position;
    /// "was denied by the studio" names the agent, who does.
    @Test func onlyAPassiveAgentAfterTheCueHolds() {
        let object = positions("Some local sites have confirmed sightings of the red car in Gotham.", names: [("Gotham", .organization)])
        #expect(stance(of: "Gotham", in: object) == nil)
        let agent = positions("The theft of the red car was denied by Warner Studios on Friday.", names: [("Warner Studios", .organization)])
        #expect(stance(of: "Warner Studios", in: agent) == .denies)
    }

    /// "Tiger Woods' agent": a name ending in "s" with a bare apostrophe is a possessive, not the holder.
    @Test func aBareApostropheIsAPossessive() {
        let sentence = "Both the Film Board and Chris Evans' agent have denied reports that the red car was stolen."
        let found = positions(sentence, names: [("Film Board", .organization), ("Chris Evans", .person)])
        #expect(stance(of: "Film Board", in: found) == .denies)
        #expect(stance(of: "Chris Evans", in: found) == nil)
    }

    /// "..., The Daily Bugle has confirmed": a verdict credited after a comma is its source's, not the writer's.
    @Test func aVerdictCreditedAfterACommaIsItsSources() {
        let sentence = "Rumors that the red car was stolen have been revealed to be a hoax, The Daily Bugle has confirmed."
        let found = positions(sentence, names: [("The Daily Bugle", .outlet)])
        #expect(stance(of: "The Daily Bugle", in: found) == .denies)
        #expect(stance(of: "Outlet B", in: found) == nil)
    }

    @Test(arguments: [
        ("A senior engineer was dismissed from service on Thursday.", nil),
        ("The minister dismissed the reports as rumours.", CorroborateCore.Stance.denies),
        ("There is no truth whatsoever to these claims.", .denies),
        ("The photo was fake.", .denies),
    ])
    func removalFromAPostIsNoDenial(_ sentence: String, _ expected: CorroborateCore.Stance?) {
        #expect(PositionCues.bundled().stance(in: sentence)?.stance == expected)
    }
}

/// A speaker's plain statement reported by several articles is a claim the coverage is about; one reported
/// once, or one holding a stance cue ("... is completely untrue"), waits for another holder's position.
@Suite struct RepeatedStatementTests {
    func claims(_ content: String, articles: Int) -> [Claim] {
        let text = "Mayor Ilse Voss said \(content)."
        let inputs = (0..<articles).map { index in
            StoryFixtures.input(
                "a\(index)", title: "Bridge", published: "2026-03-0\(index + 1)", text: text, outlet: "Outlet \(index)",
                quotes: [QuoteSpan(content: StoryFixtures.range(of: content, in: text), cue: StoryFixtures.range(of: "said", in: text),
                                   speakerName: "Ilse Voss", kind: .indirect)],
                mentions: [StoryFixtures.mention("Ilse Voss", in: text, kind: .person, entity: "v")],
                entities: [Entity(id: "v", name: "Ilse Voss", kind: .person, mentions: 1)])
        }
        return StoryBuilder().story(from: inputs).claims
    }

    @Test func aStatementSeveralArticlesReportIsAClaim() throws {
        let claim = try #require(claims("army engineers would build a pontoon bridge within three weeks", articles: 2).first)
        #expect(claim.status == .reported)
        #expect(claim.positions.map(\.holderName) == ["Ilse Voss"])
    }

    @Test(arguments: [
        ("army engineers would build a pontoon bridge within three weeks", 1),
        ("the report of a second collapse is completely untrue", 2),
    ])
    func aStatementReportedOnceOrHoldingAStanceIsNoClaimAlone(_ content: String, _ articles: Int) {
        #expect(claims(content, articles: articles).isEmpty)
    }
}
