import CorroborateExtraction
import Foundation
import Testing
@testable import CorroborateEvaluation

/// End-to-end: the extractor on a few real WCXB pages from ../shared (skipped when absent).
@Suite struct WCXBEvaluationTests {
    static let dataset = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/data/extraction/wcxb-articles-dev").standardizedFileURL

    static var available: Bool { WCXBDataset.matches(dataset) }

    @Test(.enabled(if: available))
    func bodyF1StaysAboveAFloorOnTheFirstPages() throws {
        let pages = try WCXBDataset.pages(in: Self.dataset, limit: 40)
        let result = WCXBEvaluation(extractor: HTMLExtractor(), pages: pages)
        #expect(result.errors == 0)
        #expect(result.f1 >= 0.85)
        #expect(result.titleExact >= 0.6)
    }

    @Test func scoresTokensAsMultisets() {
        let score = OverlapScore(predicted: WordTokens("the cat the"), reference: WordTokens("The cat sat"))
        #expect(abs(score.precision - 2.0 / 3.0) < 1e-9)
        #expect(abs(score.recall - 2.0 / 3.0) < 1e-9)
    }

    @Test(arguments: [("", "", 1.0), ("text", "", 0.0), ("", "gold", 0.0)])
    func scoresEmptyTextsAsWCXBDoes(predicted: String, gold: String, f1: Double) {
        #expect(OverlapScore(predicted: WordTokens(predicted), reference: WordTokens(gold)).f1 == f1)
    }

    @Test(arguments: [("Kremlin  Denies\nCall", "kremlin denies call", true), ("Kremlin", "Kremlin denies", false)])
    func comparesMetadataAfterNormalising(predicted: String, gold: String, equal: Bool) {
        #expect(MetadataMatch.exact(predicted, gold) == equal)
    }
}
