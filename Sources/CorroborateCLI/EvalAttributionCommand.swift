import ArgumentParser
import CorroborateCore
import CorroborateEvaluation
import Foundation

/// `corroborate eval attribution DIR`: quote content and speaker figures on PolNeAR.
struct EvalAttributionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attribution",
        abstract: "Score quotes and speakers on PolNeAR (content P/R/F1 exact, Jaccard and overlap; speaker accuracy).",
        discussion: "Definitions follow shared/tools/polnear_score.py; --predictions writes the file it reads."
    )

    @Argument(help: "The extracted PolNeAR folder (holds metadata.tsv, train/, dev/).")
    var directory: String

    @Option(help: "Split to score: dev, train or test. Default: dev.")
    var split: String = "dev"

    @Option(help: "Print this many missed gold attributions and unmatched predictions. Default: 0.")
    var failures: Int = 0

    @Option(help: "Write predictions as DIR/SPLIT.jsonl, the format polnear_score.py score --pred reads. Default: none.")
    var predictions: String?

    @Option(help: "Score only the first N articles of the split. Default: all.")
    var limit: Int?

    @Flag(help: "Also time the entity, citation and quote components alone (3 passes, sentences not timed). Default: off.")
    var speed = false

    func validate() throws {
        guard ["dev", "train", "test"].contains(split) else { throw ValidationError("--split must be dev, train or test") }
        guard failures >= 0 else { throw ValidationError("--failures must be 0 or more") }
    }

    func run() async throws {
        let url = URL(fileURLWithPath: directory)
        let articles = try PolNeARCorpus.articles(in: url, split: split, limit: limit)
        guard !articles.isEmpty else { throw ValidationError("no \(split) articles in \(directory)") }
        let evaluation = try AttributionEvaluation()
        let started = Date()
        let predicted = evaluation.predictions(for: articles)
        let seconds = Date().timeIntervalSince(started)
        var failed: [AttributionScorer.Failure] = []
        let report = AttributionScorer().score(articles, predictions: predicted, failures: &failed)
        print(Self.describe(report, split: split, seconds: seconds))
        if speed {
            let rate = try AttributionEvaluation.componentRate(articles)
            print(String(format: "entity + citation + quote components: %.1f articles/s (one thread, 3 passes)", rate))
        }
        if failures > 0 { Self.printFailures(failed, limit: failures) }
        if let predictions { try Self.write(predicted, articles: articles, to: predictions, split: split) }
    }

    static func describe(_ report: AttributionScorer.Report, split: String, seconds: Double) -> String {
        func row(_ name: String, _ prf: AttributionScorer.PRF) -> String {
            let figures = String(format: "P %.3f  R %.3f  F1 %.3f", prf.precision, prf.recall, prf.f1)
            return "\(name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(figures)  (tp \(prf.truePositives), pred \(prf.predicted), gold \(prf.gold))"
        }
        return [
            "PolNeAR \(split): \(report.articles) articles, \(report.jaccard.gold) gold attributions, \(report.jaccard.predicted) predicted"
                + String(format: " (%.1f articles/s)", Double(report.articles) / max(seconds, 1e-9)),
            row("content overlap (citron)", report.overlap),
            row("content jaccard>=0.5", report.jaccard),
            row("content exact", report.exact),
            row("direct quotes, jaccard", report.directJaccard),
            row("indirect, jaccard", report.indirectJaccard),
            String(format: "speaker accuracy %.3f (span or head word; span only %.3f) on %d matches with a gold source",
                   report.speakerAccuracy, report.speakerSpanAccuracy, report.matchedWithSource),
        ].joined(separator: "\n")
    }

    static func printFailures(_ failures: [AttributionScorer.Failure], limit: Int) {
        for failure in failures.prefix(limit) {
            let kind = failure.missed ? "MISSED" : "EXTRA "
            let content = failure.content.replacingOccurrences(of: "\n", with: " ")
            print("\(kind) \(failure.article) [\(failure.speaker ?? "-")] \(content.prefix(200))")
        }
    }

    static func write(_ predicted: [String: [PredictedAttribution]], articles: [PolNeARArticle], to directory: String, split: String) throws {
        let folder = URL(fileURLWithPath: directory)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lines = articles.map { PredictedAttribution.jsonLine(file: $0.id, predicted[$0.id] ?? []) }
        try (lines.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("\(split).jsonl"), atomically: true, encoding: .utf8)
    }
}
