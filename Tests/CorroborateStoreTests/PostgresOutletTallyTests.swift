import CorroborateCore
import Testing

@testable import CorroborateStore

@Suite struct PostgresOutletTallyTests {
    static let outletOf = ["a": "Alpha", "b": "Beta", "c": "Gamma", "d": "Delta"]

    static func story(discrepancies: [Discrepancy] = [], exclusives: [Exclusive] = []) -> Story {
        Story(id: "s", title: "t", articles: ["a", "b", "c", "d"], discrepancies: discrepancies, exclusives: exclusives)
    }

    @Test func theOutletWithTheLessHeldValueIsOutOfLine() {
        let discrepancy = Discrepancy(topic: "toll", values: [
            DiscrepancyValue(value: "12", articles: ["a", "b"], sentences: []),
            DiscrepancyValue(value: "15", articles: ["c"], sentences: []),
        ])
        let records = PostgresOutletTally(Self.story(discrepancies: [discrepancy]), outletOf: Self.outletOf).records
        #expect(records.map(\.outlet) == ["Alpha", "Beta", "Gamma"])
        #expect(records.map(\.outOfLine) == [0, 0, 1])
        #expect(records.map(\.discrepancies) == [1, 1, 1])
    }

    @Test func anEvenSplitPutsNobodyOutOfLine() {
        let discrepancy = Discrepancy(topic: "day", values: [
            DiscrepancyValue(value: "Monday", articles: ["a"], sentences: []),
            DiscrepancyValue(value: "Tuesday", articles: ["b"], sentences: []),
        ])
        let records = PostgresOutletTally(Self.story(discrepancies: [discrepancy]), outletOf: Self.outletOf).records
        #expect(records.map(\.outOfLine) == [0, 0])
    }

    @Test func exclusivesCountStatementsOfTheArticlesOutlet() {
        let story = Self.story(exclusives: [Exclusive(article: "d", statements: ["x", "y"]), Exclusive(article: "zz", statements: ["q"])])
        let records = PostgresOutletTally(story, outletOf: Self.outletOf).records
        #expect(records.map(\.outlet) == ["Delta"])
        #expect(records.map(\.exclusives) == [2])
    }
}
