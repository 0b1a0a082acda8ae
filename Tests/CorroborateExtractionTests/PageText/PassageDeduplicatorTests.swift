@testable import CorroborateExtraction
import Testing

struct PassageDeduplicatorTests {
    static let first = "The bridge over the Vell river collapsed on Tuesday morning, officials said."
    static let second = "Rescue teams searched the water for survivors until late in the evening."

    @Test func repeatedParagraphIsRemovedWhole() {
        var deduplicator = PassageDeduplicator()
        _ = deduplicator.deduplicate(Self.first)
        let outcome = deduplicator.deduplicate(Self.first)
        #expect(outcome.kept == nil)
        #expect(outcome.duplicates == [Self.first])
    }

    @Test(arguments: ["", " ", "\""])
    func copyGluedOntoAnotherLineIsCut(glue: String) {
        var deduplicator = PassageDeduplicator()
        _ = deduplicator.deduplicate(Self.second)
        let line = "The mayor spoke of a \"dark day" + (glue == "\"" ? ".\"" : ".") + (glue == "\"" ? "" : glue)
            + Self.second
        let outcome = deduplicator.deduplicate(line)
        #expect(outcome.duplicates == [Self.second])
        #expect(outcome.kept?.hasPrefix("The mayor spoke of a \"dark day.") == true)
    }

    @Test func shortRepeatsAreKept() {
        var deduplicator = PassageDeduplicator()
        _ = deduplicator.deduplicate("He said. The first paragraph goes on.")
        let outcome = deduplicator.deduplicate("He said. A different paragraph follows here.")
        #expect(outcome.duplicates.isEmpty)
        #expect(outcome.kept == "He said. A different paragraph follows here.")
    }

    @Test func newParagraphIsKeptUnchanged() {
        var deduplicator = PassageDeduplicator()
        _ = deduplicator.deduplicate(Self.first)
        #expect(deduplicator.deduplicate(Self.second) == .init(kept: Self.second, duplicates: []))
    }
}
