@testable import CorroborateExtraction
import Testing

/// The vocabularies load from the bundle without error: a malformed row would otherwise leave a table empty.
struct BundledVocabularyTests {
    @Test func boilerplateTableParses() throws {
        let rows = try ResourceTable.rows("pagetext-boilerplate")
        #expect(rows.count >= 300)
        _ = try BoilerplateVocabulary(rows: rows)
    }

    @Test func outletTableParsesWithUniqueDomains() throws {
        let directory = try OutletDirectory.load(resource: "outlets")
        let domains = directory.entries.flatMap(\.domains)
        #expect(Set(domains).count == domains.count)
        #expect(directory.entries.allSatisfy { !$0.name.isEmpty && !$0.credit.isEmpty })
    }

    @Test func dateTablesAreLoaded() {
        #expect(VisibleDateParser.bundled.months.count >= 24)
        #expect(VisibleDateParser.bundled.zones["IST"] == "+05:30")
    }
}
