import Foundation
import Testing

@testable import CorroborateReports

#if canImport(Glibc)
import Glibc
#endif

/// `--output PATH`: a regular file appears whole, while a device, a FIFO or a symbolic link named as
/// the output stays what it is. (A rename over `/dev/null` once left a plain file there, and every later
/// program that wrote to it filled that file.)
@Suite struct OutputFileTests {
    /// A fresh directory, removed by the caller.
    static func directory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("output-file-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func kind(_ path: String) -> mode_t {
        var status = stat()
        guard lstat(path, &status) == 0 else { return 0 }
        return status.st_mode & S_IFMT
    }

    static func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The path before (nil: nothing there), what a reader sees there before the commit, and after.
    @Test(arguments: [
        (nil, nil, "report"),
        ("old", "old", "report"),
    ] as [(String?, String?, String)])
    func aRegularFileAppearsWholeOnCommit(before: String?, whileWriting: String?, after: String) throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/brief.json"
        if let before { try Data(before.utf8).write(to: URL(fileURLWithPath: path)) }

        let file = try OutputFile(path: path)
        try file.write(Data("rep".utf8))
        try file.write(Data("ort".utf8))
        #expect(Self.contents(path) == whileWriting)
        try file.commit()

        #expect(Self.contents(path) == after)
        #expect(Self.kind(path) == S_IFREG)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["brief.json"], "no temporary file left")
    }

    @Test func aDiscardedReportLeavesTheOldFileAndNoTemporaryFile() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/brief.json"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))

        let file = try OutputFile(path: path)
        try file.write(Data("half a rep".utf8))
        file.discard()

        #expect(Self.contents(path) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["brief.json"])
    }

    /// Whole files and files written as they go both follow a link to its target.
    @Test(arguments: [true, false])
    func aSymbolicLinkStaysALinkAndItsTargetIsWritten(whole: Bool) throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let target = directory + "/target.json", link = directory + "/link.json"
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.json")

        if whole {
            try OutputFile.write(Data("new".utf8), toPath: link)
        } else {
            let handle = try OutputFile.openInPlace(link)
            try handle.write(contentsOf: Data("new".utf8))
            try handle.close()
        }

        #expect(Self.kind(link) == S_IFLNK)
        #expect(Self.contents(target) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["link.json", "target.json"])
    }

    /// A FIFO (as `/dev/null` or a terminal would be) is written in place and stays a FIFO.
    @Test(arguments: [true, false])
    func aFIFOIsWrittenInPlace(whole: Bool) throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let fifo = directory + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }

        if whole {
            try OutputFile.write(Data("report".utf8), toPath: fifo)
        } else {
            let handle = try OutputFile.openInPlace(fifo)
            try handle.write(contentsOf: Data("report".utf8))
            try handle.close()
        }

        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(count == 6)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == "report")
        #expect(Self.kind(fifo) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["pipe"])
    }

    /// A path that cannot be a file is an error naming the path as given, and leaves nothing behind.
    @Test(arguments: ["", "/missing/brief.json"])
    func anUnwritablePathIsAnErrorNamingIt(suffix: String) throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + suffix
        #expect {
            try OutputFile.write(Data("report".utf8), toPath: path)
        } throws: { error in
            (error as? OutputFileError)?.path == path && "\(error)".contains(path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }
}
