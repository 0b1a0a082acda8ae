import CorroborateCore
import CorroborateStore
import Foundation
import GRDB
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `corroborate ingest` killed with SIGKILL mid-batch and run again: every article stored exactly
/// once and in exactly one story. Runs the built executable next to the test bundle.
@Suite("Ingest crash")
struct IngestCrashTests {
    static let pages = 160

    /// The `corroborate` executable built beside the tests, if any.
    static var executable: URL? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(), root.appendingPathComponent(".build/debug")]
            .map { $0.appendingPathComponent("corroborate") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    @Test func anIngestKilledMidBatchAndRestartedStoresEveryArticleExactlyOnce() async throws {
        guard let executable = Self.executable else {
            print("skipped: no built corroborate executable beside \(Bundle.main.bundleURL.path) (run swift build first)")
            return
        }
        let directory = try TemporaryDirectory.make()
        let pages = directory.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try GeneratedCorpus.write(pages: Self.pages, into: pages)
        let database = directory.appendingPathComponent("db.sqlite").path
        let arguments = ["ingest", pages.path, "--database", database, "--workers", "2", "--lease", "1", "--story-batch", "20", "--quiet"]

        let first = try Self.start(executable, arguments)
        let reached = try await Self.waitForArticles(in: database, atLeast: 1, while: first)
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        let second = try Self.start(executable, arguments)
        second.waitUntilExit()

        #expect(reached, "the first run stored something before it was killed")
        #expect(second.terminationStatus == 0)
        let store = try SQLiteStore(path: database)
        #expect(try await store.articleCount() == Self.pages)
        let members = try await StoredStories.articleMemberships(store)
        #expect(members.count == Self.pages)
        #expect(members.values.allSatisfy { $0 == 1 })
        #expect(try await store.queueCounts() == IngestQueueCounts(pending: 0, claimed: 0, done: Self.pages))
    }

    static func start(_ executable: URL, _ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Polls the store until it holds `count` articles; false when the process ended first. Polls on
    /// a thread of its own: in the full suite the cooperative pool's threads can all be busy with long
    /// synchronous tests, and a poll waiting for one saw nothing before the first run had finished.
    /// Reads through a read-only connection (opening a `SQLiteStore` would migrate, a write that races
    /// the ingest process's own opening), and only once the write-ahead log exists, so the reader never
    /// holds the file while the ingest process switches it to WAL mode.
    static func waitForArticles(in database: String, atLeast count: Int, while process: Process) async throws -> Bool {
        let running = ProcessWatch(process)
        return await withCheckedContinuation { continuation in
            Thread {
                continuation.resume(returning: poll(database, atLeast: count, while: running))
            }.start()
        }
    }

    private static func poll(_ database: String, atLeast count: Int, while process: ProcessWatch) -> Bool {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(1)
        while process.isRunning {
            if FileManager.default.fileExists(atPath: database + "-wal"),
               let queue = try? DatabaseQueue(path: database, configuration: configuration),
               let stored = try? queue.read({ try Int.fetchOne($0, sql: "SELECT count(*) FROM article") }), stored >= count {
                return true
            }
            usleep(20_000)
        }
        return false
    }

    /// A running process handed to the polling thread.
    final class ProcessWatch: @unchecked Sendable {
        private let process: Process
        init(_ process: Process) { self.process = process }
        var isRunning: Bool { process.isRunning }
    }
}
