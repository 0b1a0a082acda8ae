import CorroborateCore
import Testing
@testable import CorroborateEvaluation

@Suite struct EntityScoresTests {
    static let text = "Kremlin spokesman Dmitry Peskov said Peskov met the Russian president, Vladimir Putin, in Moscow."

    static func gold(_ kind: EntityKind, _ name: String, _ aliases: [String], roles: [String] = []) -> GoldEntity {
        GoldEntity(document: "d", kind: kind, name: name, aliases: aliases, roles: roles)
    }

    static func system(_ kind: EntityKind, _ name: String, _ aliases: [String], roles: [String] = []) -> Entity {
        Entity(id: name, name: name, kind: kind, aliases: aliases, roles: roles)
    }

    static func scores(system: [Entity], gold: [GoldEntity]) -> EntityScores {
        var scores = EntityScores()
        scores.add(system: system, gold: gold, in: text, document: "d")
        return scores
    }

    @Test func countsNameFormsCaseInsensitivelyWithoutALeadingThe() {
        let scores = Self.scores(
            system: [Self.system(.place, "Moscow", ["the MOSCOW"])], gold: [Self.gold(.place, "Moscow", ["Moscow"])])
        #expect(scores.forms.matched == 1)
        #expect(scores.typedForms.matched == 1)
    }

    @Test func dropsGoldFormsAbsentFromTheText() {
        let scores = Self.scores(system: [], gold: [Self.gold(.place, "Kyiv", ["Kyiv"]), Self.gold(.place, "Moscow", ["Moscow"])])
        #expect(scores.absentGoldForms == 1)
        #expect(scores.entities.gold == 1)
    }

    @Test func matchesEntitiesByFormsAndChecksTheirKind() {
        let scores = Self.scores(
            system: [Self.system(.other, "Dmitry Peskov", ["Dmitry Peskov"]), Self.system(.person, "Peskov", ["Peskov"])],
            gold: [Self.gold(.person, "Dmitry Peskov", ["Dmitry Peskov", "Peskov"])])
        #expect(scores.entities.matched == 1)
        #expect(scores.entities.system == 2)
        #expect(scores.kindCorrect == 0)
    }

    @Test func splitClustersLowerBCubedRecallNotPrecision() {
        let scores = Self.scores(
            system: [Self.system(.person, "Dmitry Peskov", ["Dmitry Peskov"]), Self.system(.person, "Peskov", ["Peskov"])],
            gold: [Self.gold(.person, "Dmitry Peskov", ["Dmitry Peskov", "Peskov"])])
        #expect(scores.cubedPrecision == 2)
        #expect(scores.cubedRecall == 1)
    }

    @Test(arguments: [("Vladimir Putin", 1), ("Dmitry Peskov", 0)])
    func scoresRoleReferencesByTheEntityTheyLinkTo(linkedTo: String, correct: Int) {
        let system = [
            Self.system(.person, "Dmitry Peskov", ["Dmitry Peskov"] + (linkedTo == "Dmitry Peskov" ? ["the Russian president"] : [])),
            Self.system(.person, "Vladimir Putin", ["Putin"] + (linkedTo == "Vladimir Putin" ? ["the Russian president"] : [])),
        ]
        let gold = [
            Self.gold(.person, "Dmitry Peskov", ["Dmitry Peskov"]),
            Self.gold(.person, "Vladimir Putin", ["Putin", "the Russian president"]),
        ]
        let scores = Self.scores(system: system, gold: gold)
        #expect(scores.references.gold == 1)
        #expect(scores.references.matched == correct)
    }

    @Test func comparesRolesOfMatchedEntities() {
        let scores = Self.scores(
            system: [Self.system(.person, "Dmitry Peskov", ["Dmitry Peskov"], roles: ["kremlin spokesman", "press"])],
            gold: [Self.gold(.person, "Dmitry Peskov", ["Dmitry Peskov"], roles: ["Kremlin spokesman"])])
        #expect(scores.roles.matched == 1)
        #expect(scores.roles.precision == 0.5)
    }
}
