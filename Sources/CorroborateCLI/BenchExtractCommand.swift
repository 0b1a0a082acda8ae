import ArgumentParser
import CorroborateCore
#if canImport(Glibc)
import Glibc
#endif
import CorroborateEvaluation
import CorroborateExtraction
import Foundation

/// `corroborate bench extract DIR`: HTML extraction throughput on one core, pages already in memory.
struct BenchExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Time HTML extraction on one core over a WCXB or L3S-GN1 directory (use a release build)."
    )

    @Argument(help: "A data set directory: WCXB (html/ + ground-truth/) or L3S-GN1 (original/ + annotated/).")
    var directory: String

    @Option(help: "Passes over the pages (default 3); the best pass is reported.")
    var passes = 3

    func validate() throws {
        guard passes > 0 else { throw ValidationError("--passes must be at least 1") }
    }

    func run() async throws {
        let url = URL(fileURLWithPath: directory)
        let pages: [[UInt8]]
        if WCXBDataset.matches(url) {
            pages = try WCXBDataset.pages(in: url).map(\.html)
        } else if L3SDataset.matches(url) {
            pages = try L3SDataset.pages(in: url).map(\.html)
        } else {
            throw ValidationError("\(directory) is neither a WCXB nor an L3S-GN1 directory")
        }
        let documents = pages.enumerated().map { RawDocument(source: "page\($0.offset)", content: .html($0.element)) }
        let megabytes = Double(pages.reduce(0) { $0 + $1.count }) / 1_000_000
        let extractor = HTMLExtractor()
        var best = Double.infinity
        var bestCPU = Double.infinity
        for pass in 1...passes {
            let cpuStart = Self.processCPUSeconds()
            let clock = ContinuousClock()
            var paragraphs = 0
            let elapsed = clock.measure {
                for document in documents {
                    paragraphs += (try? extractor.article(from: document))?.body.count ?? 0
                }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let cpu = Self.processCPUSeconds() - cpuStart
            best = min(best, seconds)
            bestCPU = min(bestCPU, cpu)
            print("pass \(pass): \(String(format: "%.3f", seconds)) s wall, \(String(format: "%.3f", cpu)) s CPU, \(paragraphs) paragraphs")
        }
        print(String(format: "CPU time: %.1f pages/s, %.1f MB/s", Double(pages.count) / bestCPU, megabytes / bestCPU))
        print(String(format: "wall: %d pages, %.1f MB: %.1f pages/s, %.1f MB/s (best of %d, one core)",
                     pages.count, megabytes, Double(pages.count) / best, megabytes / best, passes))
    }

    /// CPU seconds this process has used (user + system), which a loaded machine does not inflate.
    static func processCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
