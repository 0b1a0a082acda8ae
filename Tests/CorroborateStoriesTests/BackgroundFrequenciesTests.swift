import Testing

@testable import CorroborateStories

@Suite struct BackgroundFrequenciesTests {
    @Test func countsDistinctTermsPerDocumentAndKeepsTheFrequentOnes() {
        let table = BackgroundFrequencies(counting: [[1, 1, 2], [1, 3], [1, 2]], minimumFrequency: 2)
        #expect(table.documents == 3)
        #expect(table.frequencies == [1: 3, 2: 2])
    }

    @Test(arguments: [
        BackgroundFrequencies(documents: 5, frequencies: [:]),
        BackgroundFrequencies(documents: 1551, frequencies: [0: 1, 0xABC: 7, UInt64.max: 1551]),
    ])
    func tsvRoundTrips(_ table: BackgroundFrequencies) {
        #expect(BackgroundFrequencies(tsv: table.tsv(header: ["made by a test"])) == table)
    }

    @Test(arguments: ["", "# only a comment\n", "documents\t0\n", "documents\t3\nnot-hex\t2\n", "documents\t3\n00ff\n"])
    func malformedTablesAreNil(_ text: String) {
        #expect(BackgroundFrequencies(tsv: text) == nil)
    }

    /// The shipped table knows a word many articles use and not a rare name.
    @Test func theBundledTableCountsCommonWords() throws {
        let table = try #require(BackgroundFrequencies.bundled())
        let tokenizer = TermTokenizer.english()
        let common = try #require(tokenizer.terms(in: "government").first), rare = try #require(tokenizer.terms(in: "Zwolinskiwicz").first)
        #expect(table.documents > 500)
        #expect(Int(table.frequencies[common] ?? 0) > table.documents / 20)
        #expect(table.frequencies[rare] == nil)
    }

    /// The shared table is the bundled one, read once.
    @Test func theSharedTableIsTheBundledOne() {
        #expect(BackgroundFrequencies.shared != nil)
        #expect(BackgroundFrequencies.shared == BackgroundFrequencies.bundled())
    }
}
