import CorroborateCore
import Testing

@testable import CorroborateStories

/// Who a claim is about and who holds a position on it (session 24, Examples/positions-gold): reports about
/// different people are two claims however alike their words; a fronted subordinate clause has its own holder;
/// a denial of unnamed reports is not placed on a claim worded as an absence.
@Suite struct ClaimPeopleTests {
    /// One article per (outlet, sentence): "<outlet> reported that <clause>", the outlet cited as a report, the
    /// given people named.
    func claims(_ reports: [(outlet: String, clause: String, people: [String])]) -> [Claim] {
        let inputs = reports.enumerated().map { index, report in
            let text = "\(report.outlet) reported that \(report.clause)."
            let names = [(report.outlet, EntityKind.outlet)] + report.people.map { ($0, EntityKind.person) }
            return StoryFixtures.input(
                "a\(index)", title: "Film", published: "2026-03-0\(index + 1)", text: text, outlet: "Outlet \(index)",
                mentions: names.map { StoryFixtures.mention($0.0, in: text, kind: $0.1, entity: $0.0) },
                citations: [CitationSpan(start: 0, end: report.outlet.count, source: report.outlet, kind: .report)],
                entities: names.map { Entity(id: $0.0, name: $0.0, kind: $0.1, mentions: 1) })
        }
        return StoryBuilder().story(from: inputs).claims
    }

    @Test func reportsAboutDifferentPeopleAreTwoClaims() {
        let found = claims([
            ("The Daily Planet", "Jane Doe will play the inventor in the new film about the company founder", ["Jane Doe"]),
            ("The Morning Star", "John Roe will play the inventor in the new film about the company founder", ["John Roe"]),
        ])
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.positions.count == 1 })
    }

    @Test func reportsNamingEachOthersPersonAreOneClaim() {
        let found = claims([
            ("The Daily Planet", "Jane Doe will play the inventor John Roe in the new film about the company founder", ["Jane Doe", "John Roe"]),
            ("The Morning Star", "the inventor John Roe will be played by Jane Doe in the new film about the company founder", ["John Roe", "Jane Doe"]),
        ])
        #expect(found.count == 1)
        #expect(found.first?.positions.count == 2)
    }

    @Test func theFirstPersonIsTheLongestNameStartingFirst() {
        let entities = StoryEntities([(article: "a", entities: [
            Entity(id: "j", name: "Steve Jobs", kind: .person, aliases: ["Steve"], mentions: 1),
            Entity(id: "w", name: "Steve Wozniak", kind: .person, mentions: 1),
            Entity(id: "r", name: "Seth Rogen", kind: .person, mentions: 1),
        ])])
        let people = ClaimPeople(in: "Steve Wozniak will be played by Seth Rogen", entities: entities)
        #expect(people.first.flatMap { entities.entity(id: $0)?.name } == "Steve Wozniak")
        #expect(people.all.count == 3)
        let other = ClaimPeople(in: "Christian Bale will not be playing Steve Jobs", entities: entities)
        #expect(!people.differ(from: other))
        let rogen = ClaimPeople(in: "Seth Rogen is in talks", entities: entities)
        let jobs = ClaimPeople(in: "Steve Jobs will be played by a star", entities: entities)
        #expect(rogen.differ(from: jobs))
    }

    /// "Though ..., the city's police department has denied the reports": the main clause's subject holds the denial,
    /// and the subordinate clause's confirmation by no one named is nobody's.
    @Test func aFrontedSubordinateClauseLeavesTheMainClauseItsHolder() {
        let sentence = "Though some local sites have confirmed sightings of the red car, the city's police department has denied the reports."
        let positions = self.positions(sentence, names: [])
        #expect(positions.first { $0.holderName == "the police department" }?.stance == .denies)
        #expect(!positions.contains { $0.stance == .confirms })
    }

    /// The positions of a two-article story: the report, then `sentence` with the given names as mentions.
    func positions(_ sentence: String, names: [(String, EntityKind)]) -> [Position] {
        StoryFixtures.positions(afterTheCarReport: sentence, names: names)
    }

    /// "told the Gazette that the studio declined to comment": the hearer declines nothing.
    @Test func theHearerHoldsNothing() {
        let found = positions("A studio spokeswoman told the Gazette that the company declined to comment on the red car.",
                              names: [("Gazette", .outlet)])
        #expect(!found.contains { $0.holderName == "Gazette" })
    }

    /// "have been denied by Warner Studios": the passive's agent holds the denial, not the subject before the cue;
    /// an unnamed agent makes no holder of the subject.
    @Test func aPassiveCuesAgentHolds() {
        let named = positions("From Jo Bloggs, reports of the red car theft have been denied by Warner Studios.",
                              names: [("Jo Bloggs", .person), ("Warner Studios", .organization)])
        #expect(named.first { $0.holderName == "Warner Studios" }?.stance == .denies)
        #expect(!named.contains { $0.holderName == "Jo Bloggs" })
        let unnamed = positions("From Jo Bloggs, reports of the red car theft have been denied by an official spokesperson.",
                                names: [("Jo Bloggs", .person)])
        #expect(!unnamed.contains { $0.holderName == "Jo Bloggs" })
    }

    @Test(arguments: [
        ("there has been no official notification that the virus was found", true),
        ("there were no cases of the virus", true),
        ("there is a case of the virus", false),
        ("the ministry has no comment", false),
    ])
    func anAbsenceIsTold(_ clause: String, _ expected: Bool) {
        #expect(ClaimText.statesAbsence(clause) == expected)
    }

    @Test func aFrontedClauseEndsAtItsFirstComma() {
        let sentence = "Although A said so, B denied it"
        let parts = ClaimBuilder.withoutFrontedClause(TextRange(start: 0, end: sentence.unicodeScalars.count), in: sentence)
        #expect(parts.count == 2)
        #expect(parts.last.map { String(String.UnicodeScalarView(Array(sentence.unicodeScalars)[$0.start..<$0.end])) } == "B denied it")
        #expect(ClaimBuilder.withoutFrontedClause(TextRange(start: 0, end: 11), in: "B denied it").count == 1)
    }
}
