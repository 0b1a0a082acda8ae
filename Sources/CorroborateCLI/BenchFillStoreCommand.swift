import ArgumentParser
import CorroborateStore
import Foundation

/// `corroborate bench fill-store`: writes synthetic stories into a store, so the server can be
/// load-tested on a history of a given size (Benchmarks/serve/run.sh).
struct BenchFillStoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fill-store",
        abstract: "Write synthetic stories (3-6 articles each, with quotes, claims, discrepancies) into a store."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Stories to write. (default: 10000)")
    var stories = 10_000

    @Option(help: "Stories per transaction. (default: 500)")
    var batch = 500

    func validate() throws {
        guard stories > 0, batch > 0 else { throw ValidationError("--stories and --batch must be at least 1.") }
    }

    func run() async throws {
        let store = try await database.location.open()
        var newsroom = SyntheticNewsroom(stories: stories)
        let start = Date()
        for first in stride(from: 0, to: stories, by: batch) {
            let made = (first..<min(first + batch, stories)).map { newsroom.story($0) }
            try await store.insert(made.flatMap(\.articles))
            try await store.save(made.map(\.story), removing: [])
        }
        let seconds = Date().timeIntervalSince(start)
        print("\(stories) stories, \(try await store.articleCount()) articles in \(String(format: "%.1f", seconds)) s")
    }
}
