import ArgumentParser
import CorroborateCore
import CorroborateExtraction
import CorroborateText
import Foundation

/// `corroborate bench annotate INPUT...`: annotation throughput on one core, articles already
/// extracted and in memory (extraction is not timed).
struct BenchAnnotateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Time the annotation pipeline (all components) on one core over extracted articles (use a release build)."
    )

    @Argument(help: ArgumentHelp("Files or directories of articles in any input format (extracted first, untimed).", valueName: "input"))
    var inputs: [String]

    @Option(help: "Passes over the articles (default 3); the best pass is reported.")
    var passes = 3

    @Flag(help: "Treat each input file as raw article text (as `annotate --raw`).")
    var raw = false

    func validate() throws {
        guard passes > 0 else { throw ValidationError("--passes must be at least 1") }
        guard !inputs.isEmpty else { throw ValidationError("Give at least one input.") }
    }

    func run() async throws {
        let articles = try await loadArticles()
        guard !articles.isEmpty else { throw ValidationError("no articles found in \(inputs.joined(separator: " "))") }
        let pipeline = AnnotationPipeline.standard
        let scalars = articles.reduce(0) { $0 + ($1.text ?? $1.article.bodyText).unicodeScalars.count }
        var best = Double.infinity, bestCPU = Double.infinity
        var timexes = 0
        for _ in 0..<passes {
            let clock = ContinuousClock()
            var found = 0
            let cpuStart = Self.processCPUSeconds()
            let elapsed = clock.measure {
                for item in articles { found += pipeline.annotatedArticle(item.article, text: item.text).timexes.count }
            }
            bestCPU = min(bestCPU, Self.processCPUSeconds() - cpuStart)
            timexes = found
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        let names = pipeline.components.map(\.name).joined(separator: ", ")
        print("components: \(names)")
        for (name, seconds) in componentTimes(pipeline, articles) {
            print(String(format: "  %@: %.3f s CPU (%.0f articles/s alone)", name, seconds, Double(articles.count) / seconds))
        }
        print(String(format: "%d articles, %.1f MB of text, %d timexes; best of %d passes: %.3f s", articles.count,
                     Double(scalars) / 1e6, timexes, passes, best))
        print(String(format: "%.1f articles/s, %.2f M scalars/s on one core (wall clock)", Double(articles.count) / best, Double(scalars) / best / 1e6))
        print(String(format: "%.1f articles/s by process CPU time (%.3f s; less sensitive to a busy machine)",
                     Double(articles.count) / bestCPU, bestCPU))
    }

    /// CPU time this process has used, in seconds (`clock()`; the pipeline is single-threaded).
    static func processCPUSeconds() -> Double { Double(clock()) / Double(CLOCKS_PER_SEC) }

    /// Process CPU seconds each component spends over all articles, in one pass, in pipeline order.
    private func componentTimes(_ pipeline: AnnotationPipeline, _ articles: [(article: Article, text: String?)]) -> [(String, Double)] {
        var totals = [Double](repeating: 0, count: pipeline.components.count)
        for item in articles {
            var document = TextDocument(
                text: item.text ?? item.article.bodyText, referenceDay: item.article.published?.calendarDay)
            for (index, component) in pipeline.components.enumerated() where component.requires.isSubset(of: document.present) {
                let start = Self.processCPUSeconds()
                component.annotate(&document)
                totals[index] += Self.processCPUSeconds() - start
            }
        }
        return Array(zip(pipeline.components.map(\.name), totals))
    }

    private func loadArticles() async throws -> [(article: Article, text: String?)] {
        var result: [(article: Article, text: String?)] = []
        if raw {
            for case .article(let article, let text) in RawArticles(inputs: inputs, published: nil).all() { result.append((article, text)) }
            return result
        }
        let extractor = ArticleExtractor(configuration: ExtractionConfiguration(sentenceSplitter: ICUSentenceSplitter()))
        for await item in DocumentReader(inputs: inputs) {
            if case .document(let document) = item, let article = try? extractor.article(from: document), !article.body.isEmpty {
                result.append((article, nil))
            }
        }
        return result
    }
}
