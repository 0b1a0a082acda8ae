import CorroborateCore
import Foundation
import Testing
@testable import CorroborateExtraction

@Suite struct DocumentReaderTests {
    @Test func directoriesAreWalkedRecursivelyInSortedOrderSkippingHiddenFiles() throws {
        let root = try ReaderFixtures.temporaryDirectory()
        let page = Data(ReaderFixtures.page.utf8)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("b/c"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        for name in ["z.html", "a.html", "b/c/d.html", "b/a.txt", ".hidden.html", ".git/x.html"] {
            try page.write(to: root.appendingPathComponent(name))
        }
        let sources = ReaderFixtures.read([root.path]).compactMap(\.document).map(\.source)
        #expect(sources.map { String($0.dropFirst(root.path.count + 1)) } == ["a.html", "b/a.txt", "b/c/d.html", "z.html"])
    }

    @Test func globsExpandSorted() throws {
        let root = try ReaderFixtures.temporaryDirectory()
        for name in ["2.html", "1.html", "x.txt"] { try Data(ReaderFixtures.page.utf8).write(to: root.appendingPathComponent(name)) }
        let sources = ReaderFixtures.read([root.path + "/*.html"]).compactMap(\.document).map(\.source)
        #expect(sources == [root.path + "/1.html", root.path + "/2.html"])
    }

    @Test func missingPathIsAProblemAndTheBatchContinues() throws {
        let page = try ReaderFixtures.file("p.html", Array(ReaderFixtures.page.utf8))
        let results = ReaderFixtures.read(["/nonexistent/corroborate/x.html", page])
        #expect(results.first?.problem?.message == "no such file or directory")
        #expect(results.last?.document?.source == page)
    }

    @Test(arguments: [
        ("empty.html", [] as [UInt8], "empty file"),
        ("image.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64), "binary file (PNG image)"),
        ("program", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01] + [UInt8](repeating: 0, count: 64), "binary file (ELF executable)"),
    ])
    func unreadableFilesAreNamedProblems(name: String, bytes: [UInt8], reason: String) throws {
        let path = try ReaderFixtures.file(name, bytes)
        let results = ReaderFixtures.read([path])
        #expect(results.count == 1)
        #expect(results.first?.problem?.source == path)
        #expect(results.first?.problem?.message.hasPrefix(reason) == true)
    }

    /// Special files met while walking a directory are named and never opened (a FIFO nobody writes to
    /// would block forever); broken links and names that are not UTF-8 say so; the good page still comes out.
    @Test(arguments: [
        ("pipe", "not a regular file (a FIFO); skipped"),
        ("dangling", "broken symbolic link (its target does not exist)"),
        ("name-\u{FFFD}.html", "no such file, or its name is not valid UTF-8"),
    ])
    func specialEntriesInADirectoryAreNamedProblems(name: String, reason: String) throws {
        let root = try ReaderFixtures.temporaryDirectory()
        try Data(ReaderFixtures.page.utf8).write(to: root.appendingPathComponent("good.html"))
        let special = root.appendingPathComponent(name).path
        switch name {
        case "pipe": #expect(mkfifo(special, 0o600) == 0)
        case "dangling": try FileManager.default.createSymbolicLink(atPath: special, withDestinationPath: "/nonexistent/corroborate")
        default: break
        }
        let inputs = name.hasPrefix("name-") ? [root.path, special] : [root.path]
        let results = ReaderFixtures.read(inputs)
        #expect(results.compactMap(\.document).map(\.source) == [root.path + "/good.html"])
        #expect(results.compactMap(\.problem).map(\.source) == [special])
        #expect(results.compactMap(\.problem).first?.message.hasPrefix(reason) == true)
    }

    @Test func aFIFONamedOnTheCommandLineIsReadLikeAPipe() async throws {
        let path = try ReaderFixtures.temporaryDirectory().appendingPathComponent("fifo").path
        #expect(mkfifo(path, 0o600) == 0)
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: path) else { return }
            handle.write(Data(ReaderFixtures.page.utf8))
            try? handle.close()
        }
        writer.start()
        let results = ReaderFixtures.read([path])
        #expect(results.first?.document?.content == .html(Array(ReaderFixtures.page.utf8)))
    }

    @Test func aFIFONamedOnTheCommandLineThatNoWriterOpensIsAProblemAndTheBatchGoesOn() throws {
        let root = try ReaderFixtures.temporaryDirectory()
        let fifo = root.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let page = try ReaderFixtures.file("page.html", Array(ReaderFixtures.page.utf8))
        let results = ReaderFixtures.read([fifo, page], configuration: ReaderConfiguration(namedPipeWriterWait: 0.2))
        #expect(results.compactMap(\.problem).map(\.source) == [fifo])
        #expect(results.compactMap(\.problem).first?.message.hasPrefix("named pipe (FIFO) that no writer opened") == true)
        #expect(results.compactMap(\.document).map(\.source) == [page])
    }

    @Test func aFIFOWhoseWriterOpensItLateIsRead() throws {
        let fifo = try ReaderFixtures.temporaryDirectory().appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            usleep(300_000)
            guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
            handle.write(Data(ReaderFixtures.page.utf8))
            try? handle.close()
        }
        writer.start()
        let results = ReaderFixtures.read([fifo], configuration: ReaderConfiguration(namedPipeWriterWait: 30))
        #expect(results.first?.document?.content == .html(Array(ReaderFixtures.page.utf8)))
    }

    /// Special files named on the command line: an endless device is refused from its first bytes, a socket
    /// cannot be opened; both say what they are, and the batch goes on.
    @Test(arguments: [("/dev/zero", "binary file"), ("/dev/null", "empty file"), ("socket", "cannot open file for reading (")])
    func devicesAndSocketsNamedOnTheCommandLineAreNamedProblems(name: String, reason: String) throws {
        var path = name
        var listener: Int32 = -1
        if name == "socket" {
            path = try ReaderFixtures.temporaryDirectory().appendingPathComponent("socket").path
            listener = try #require(ReaderFixtures.boundUnixSocket(at: path))
        }
        defer { if listener >= 0 { close(listener) } }
        let page = try ReaderFixtures.file("page.html", Array(ReaderFixtures.page.utf8))
        let results = ReaderFixtures.read([path, page])
        #expect(results.compactMap(\.problem).map(\.source) == [path])
        #expect(results.compactMap(\.problem).first?.message.hasPrefix(reason) == true)
        if name == "socket" { #expect(results.compactMap(\.problem).first?.message.hasSuffix("a socket)") == true) }
        #expect(results.compactMap(\.document).map(\.source) == [page])
    }

    /// A file whose name is not valid UTF-8 (Linux allows any bytes but `/` and NUL), met in a directory walk or
    /// named by its lossy-decoded name: a problem naming it with U+FFFD, never a crash; the page beside it is read.
    @Test(arguments: [false, true])
    func aFileNameThatIsNotUTF8IsANamedProblem(namedDirectly: Bool) throws {
        let root = try ReaderFixtures.temporaryDirectory()
        try Data(ReaderFixtures.page.utf8).write(to: root.appendingPathComponent("good.html"))
        let rawName = Array(root.path.utf8) + Array("/name-".utf8) + [0xFF, 0xFE] + Array(".html".utf8)
        #expect(ReaderFixtures.createFile(rawPath: rawName, contents: Array(ReaderFixtures.page.utf8)))
        let lossy = String(decoding: rawName, as: UTF8.self)
        let results = ReaderFixtures.read(namedDirectly ? [root.path + "/good.html", lossy] : [root.path])
        #expect(results.compactMap(\.document).map(\.source) == [root.path + "/good.html"])
        let problem = try #require(results.compactMap(\.problem).first)
        #expect(problem.source.hasPrefix(root.path + "/name-") && problem.source.contains("\u{FFFD}"))
        #expect(problem.message.hasPrefix("no such file, or its name is not valid UTF-8"))
    }

    /// Links that loop, met in a directory walk: a link to the directory itself or to its parent is walked once;
    /// a link to itself, or two links to each other, is a problem saying so. The page is read once.
    @Test(arguments: [("self-link", "symbolic link loop"), ("pair-a", "symbolic link loop"), ("parent", nil), ("here", nil)])
    func symbolicLinkLoopsInADirectoryWalkEndAndAreNamed(link: String, reason: String?) throws {
        let root = try ReaderFixtures.temporaryDirectory()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data(ReaderFixtures.page.utf8).write(to: root.appendingPathComponent("sub/good.html"))
        let at = root.appendingPathComponent("sub/" + link).path
        switch link {
        case "self-link": try FileManager.default.createSymbolicLink(atPath: at, withDestinationPath: at)
        case "pair-a":
            try FileManager.default.createSymbolicLink(atPath: at, withDestinationPath: root.appendingPathComponent("sub/pair-b").path)
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("sub/pair-b").path, withDestinationPath: at)
        case "parent": try FileManager.default.createSymbolicLink(atPath: at, withDestinationPath: "..")
        default: try FileManager.default.createSymbolicLink(atPath: at, withDestinationPath: ".")
        }
        let results = ReaderFixtures.read([root.path])
        #expect(results.compactMap(\.document).map(\.source) == [root.path + "/sub/good.html"])
        let problems = results.compactMap(\.problem)
        if let reason {
            #expect(!problems.isEmpty && problems.allSatisfy { $0.message.hasPrefix(reason) })
        } else {
            #expect(problems.isEmpty)
        }
    }

    @Test func gzippedPageIsDecompressedAndDetected() throws {
        let path = try ReaderFixtures.file("page.bin", ReaderFixtures.gzip(Array(ReaderFixtures.page.utf8)))
        #expect(ReaderFixtures.read([path]).first?.document?.content == .html(Array(ReaderFixtures.page.utf8)))
    }

    @Test func truncatedGzipPageKeepsWhatWasReadAndReportsIt() throws {
        let page = "<html><body>" + (0..<20_000).map { "<p>Paragraph \($0) of text.</p>" }.joined() + "</body></html>"
        let compressed = ReaderFixtures.gzip(Array(page.utf8))
        let path = try ReaderFixtures.file("cut.html.gz", Array(compressed.prefix(compressed.count / 2)))
        let results = ReaderFixtures.read([path])
        #expect(results.first?.document != nil)
        #expect(results.last?.problem?.message.contains("ends in the middle") == true)
    }

    @Test func savedHTTPResponseHeadIsRemovedAndItsCharsetKept() throws {
        let saved = ReaderFixtures.httpResponse(ReaderFixtures.page, contentType: "text/html; charset=ISO-8859-2")
        let document = try #require(ReaderFixtures.read([try ReaderFixtures.file("saved", Array(saved.utf8))]).first?.document)
        #expect(document.content == .html(Array(ReaderFixtures.page.utf8)))
        #expect(document.hints.charset == "ISO-8859-2")
    }

    @Test func thousandsOfFilesStreamInSortedOrder() throws {
        let root = try ReaderFixtures.temporaryDirectory()
        let page = Data(ReaderFixtures.page.utf8)
        for index in 0..<2000 {
            _ = FileManager.default.createFile(atPath: root.path + String(format: "/%05d.html", index), contents: page)
        }
        var iterator = DocumentReader(inputs: [root.path]).makeIterator()
        var count = 0
        while let result = iterator.next() {
            #expect(result.document?.source == root.path + String(format: "/%05d.html", count))
            count += 1
        }
        #expect(count == 2000)
    }

    @Test func pageTextIsDecoded() throws {
        let path = try ReaderFixtures.file("story.txt", Array("Headline here\nNov 11, 2024\nBody text.".utf8))
        #expect(ReaderFixtures.read([path]).first?.document?.content == .pageText("Headline here\nNov 11, 2024\nBody text."))
    }

    @Test func invalidUTF8PageTextIsDecodedWithReplacements() throws {
        let bytes = Array("Ministry says “no call”\nBody ".utf8) + [0xFF, 0xC3] + Array(" text.".utf8)
        let path = try ReaderFixtures.file("bad.txt", bytes)
        #expect(ReaderFixtures.read([path]).first?.document?.content == .pageText("Ministry says “no call”\nBody \u{FFFD}\u{FFFD} text."))
    }

    @Test func pageOf200MegabytesIsRefusedQuicklyWithBoundedMemory() throws {
        let url = try ReaderFixtures.temporaryDirectory().appendingPathComponent("huge.html")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        let chunk = Data(("<html><body>" + String(repeating: "<p>word word word</p>", count: 50_000)).utf8)
        var written = 0
        while written < 200 << 20 {
            handle.write(chunk)
            written += chunk.count
        }
        try handle.close()
        defer { try? FileManager.default.removeItem(at: url) }
        let results = ReaderFixtures.read([url.path])
        #expect(results.count == 1)
        #expect(results.first?.problem?.message.contains("over the") == true)
    }
}

/// UTF-16 pages and page text saved without a byte-order mark are read as text, not refused as binary.
@Suite struct UTF16WithoutMarkTests {
    static let page = "<!DOCTYPE html><html><head><title>Invented event</title></head><body><p>Caf\u{E9} opens.</p></body></html>"

    @Test(arguments: [(false, "page.html"), (true, "page.html"), (false, "notes.txt"), (true, "notes.txt")])
    func markLessUTF16IsReadAsText(bigEndian: Bool, name: String) throws {
        let text = name.hasSuffix(".html") ? Self.page : "Invented event\n\nThe caf\u{E9} opened on Tuesday, the owner said.\n"
        let units = Array(text.utf16)
        let bytes = units.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let path = try ReaderFixtures.file(name, bytes)
        let document = try #require(ReaderFixtures.read([path]).first?.document)
        switch document.content {
        case .html(let html): #expect(TextDecoding.decodeHTML(html) == Self.page)
        case .pageText(let decoded): #expect(decoded == text)
        default: Issue.record("unexpected content \(document.content)")
        }
    }

    @Test(arguments: [
        [UInt8](repeating: 0, count: 64),
        Array("short".utf8),
        [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01] + [UInt8](repeating: 0, count: 64),
    ])
    func binaryIsNotTakenForUTF16(bytes: [UInt8]) {
        #expect(UTF16Sniffer.byteOrderMark(bytes) == nil)
    }
}
