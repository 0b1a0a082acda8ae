import CorroborateServer
import CorroborateStore
import Foundation
import HummingbirdTesting
import Testing

/// The story page as a browser builds it: the server runs on a loopback port and headless
/// Chromium (Debian's `chromium`) dumps the DOM it renders.
@Suite(.enabled(if: Chromium.path != nil, "no chromium at /usr/bin/chromium or /usr/bin/chromium-browser"))
struct ChromiumStoryPageTests {
    @Test func storyPageRendersTheDisputeSideBySide() async throws {
        let dom = try await Chromium.dom(of: "/stories/s-call", store: try await ServerFixtures.store())
        #expect(dom.contains("<td class=\"status disputed\">disputed</td>"))
        #expect(dom.contains("Dmitry Peskov: denies"))
        #expect(dom.components(separatedBy: "<div class=\"outlet\">").count == 4)
        #expect(dom.contains("<mark>2024-11-07</mark>"))
    }

    @Test func hostileStoryRunsNoScript() async throws {
        let dom = try await Chromium.dom(of: "/stories/s-evil", store: try await ServerFixtures.store())
        #expect(!dom.contains("<script>"))
        #expect(!dom.contains("<img src=\"x\""))
        #expect(dom.contains("&lt;script&gt;alert('x')&lt;/script&gt;"))
    }
}

/// Headless Chromium against the app served live on 127.0.0.1.
enum Chromium {
    static var path: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The DOM Chromium builds for `uri` of an app over `store`.
    static func dom(of uri: String, store: any ArticleStore) async throws -> String {
        let chromium = try #require(path)
        let app = buildApplication(TestServer.configuration, store: store)
        return try await app.test(.live) { client in
            let port = try #require(client.port)
            let profile = FileManager.default.temporaryDirectory.appendingPathComponent("corroborate-chromium-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: profile) }
            return try await run(chromium, [
                "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)", "--dump-dom",
                "http://127.0.0.1:\(port)\(uri)",
            ])
        }
    }

    /// Runs `executable` and returns its standard output (through a temporary file, so no
    /// concurrency thread blocks on a pipe).
    static func run(_ executable: String, _ arguments: [String]) async throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("corroborate-dom-\(UUID().uuidString).html")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let output = try FileHandle(forWritingTo: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in continuation.resume() }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        try output.close()
        return try String(contentsOf: file, encoding: .utf8)
    }
}
