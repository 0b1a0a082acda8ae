import ArgumentParser
import CorroborateStories
import Foundation

/// `corroborate bench cluster`: streams synthetic articles through the story clusterer and
/// reports throughput, open stories and peak memory, so scale claims have a command behind them.
struct BenchClusterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Stream synthetic articles (over simulated days) through story clustering; print articles/s and memory."
    )

    @Option(help: "Articles to stream.")
    var articles = 100_000

    @Option(help: "Articles per simulated day.")
    var perDay = 10_000

    @Option(help: "Print a progress line every this many articles (0: never).")
    var every = 100_000

    @Option(help: "Settle closing stories of at most this many articles into an open story (default 2, the clusterer's; 0: never, nor larger ones).")
    var settleSize = StoryClusterer.Configuration().settleSize

    @Option(help: "Try splitting stories of at least this many articles into two claims (0: never).")
    var splitSize = StoryClusterer.Configuration().splitSize

    func validate() throws {
        if settleSize < 0 { throw ValidationError("--settle-size must be 0 or more") }
    }

    func run() async throws {
        var stream = SyntheticStream(count: articles, articlesPerDay: perDay)
        let tokenizer = TermTokenizer(stopwords: [])
        var statistics = TermStatistics()
        var configuration = StoryClusterer.Configuration()
        configuration.settleSize = settleSize
        configuration.splitSize = splitSize
        var clusterer = StoryClusterer(configuration: configuration)
        var opened = 0, merged = 0
        let start = Date()
        var processed = 0
        while let article = stream.next() {
            let terms = tokenizer.terms(in: article.text)
            statistics.add(terms: terms)
            let lead = statistics.vector(terms: tokenizer.leadTerms(in: article.text))
            let item = StoryClusterer.Item(id: article.id, vector: statistics.vector(terms: terms), lead: lead, day: article.day)
            for action in clusterer.receive(item) {
                switch action {
                case .open: opened += 1
                case .merge: merged += 1
                default: break
                }
            }
            processed += 1
            if every > 0, processed % every == 0 { report(processed, start: start, open: clusterer.openStories, opened: opened, merged: merged) }
        }
        report(processed, start: start, open: clusterer.openStories, opened: opened, merged: merged)
    }

    private func report(_ processed: Int, start: Date, open: Int, opened: Int, merged: Int) {
        let seconds = Date().timeIntervalSince(start)
        let rate = Double(processed) / max(seconds, 1e-9)
        print(String(format: "%d articles in %.1f s: %.0f articles/s, %d stories opened, %d merged or settled, %d open, peak RSS %d MiB",
                     processed, seconds, rate, opened, merged, open, PeakMemory.mebibytes()))
    }
}

/// The process's peak resident set size, from /proc/self/status (VmHWM); 0 where unavailable.
enum PeakMemory {
    static func mebibytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        let kibibytes = Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        return kibibytes / 1024
    }
}
