import CorroborateStories
import Foundation
import Testing

@testable import CorroborateStore

/// The file a run spills its story inputs to: records come back byte for byte, in any order and
/// from concurrent readers, and no file is ever left in the directory.
@Suite struct StoryInputSpillFileTests {
    func directory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("spill-file-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    static let records: [Data] = [
        Data(), Data("{}".utf8), Data("ünïcödé 🚀".utf8), Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }), Data([0]),
    ]

    /// A directory that cannot hold the spill is a clear error naming it, not a crash.
    @Test func aMissingDirectoryIsAClearError() throws {
        let missing = URL(fileURLWithPath: "/nonexistent-corroborate-\(UUID().uuidString)")
        do {
            _ = try StoryInputSpillFile(directory: missing)
            Issue.record("no error")
        } catch let error as StoryInputSpillError {
            let message = error.localizedDescription
            #expect(message.contains(missing.path) && message.contains("TMPDIR"), "\(message)")
        }
    }

    @Test func recordsComeBackByteForByteInAnyOrder() async throws {
        let directory = try directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let spill = try StoryInputSpillFile(directory: directory)
        #expect(try Self.records.map { try spill.append($0) } == Array(Self.records.indices))
        for index in Self.records.indices.reversed() { #expect(try spill.record(at: index) == Self.records[index]) }
        let read = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for index in Self.records.indices { group.addTask { (index, try spill.record(at: index)) } }
            return try await group.reduce(into: [Int: Data]()) { $0[$1.0] = $1.1 }
        }
        #expect(read.count == Self.records.count && read.allSatisfy { Self.records[$0.key] == $0.value })
        #expect(throws: StoryInputSpillError.noRecord(5)) { try spill.record(at: 5) }
    }

    /// The file is unlinked as soon as it is opened: nothing is left, however the run ends.
    @Test func noFileIsLeftInTheDirectory() throws {
        let directory = try directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let spill = try StoryInputSpillFile(directory: directory)
            _ = try spill.append(Data("record".utf8))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
            #expect(try spill.record(at: 0) == Data("record".utf8))
            spill.close()
            #expect(throws: StoryInputSpillError.closed) { try spill.record(at: 0) }
            #expect(throws: StoryInputSpillError.closed) { try spill.append(Data()) }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func aMissingDirectoryIsAnError() {
        #expect(throws: (any Error).self) {
            try StoryInputSpillFile(directory: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"))
        }
    }
}
