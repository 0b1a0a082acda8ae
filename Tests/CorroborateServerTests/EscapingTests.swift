import Testing

/// Hostile text in stored articles and stories is shown as text on every page, never run.
struct EscapingTests {
    static let pages = [
        "/", "/?q=alert", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E", "/stories/s-evil", "/articles/a-evil",
        "/entities/%3Csvg%20onload=alert(4)%3E", "/claims", "/outlets",
    ]

    @Test(arguments: pages)
    func noHostileMarkupSurvives(uri: String) async throws {
        let answer = try await TestServer.get(uri)
        #expect(answer.status == .ok)
        for fragment in ["<script>alert", "<img src=x", "<svg onload", "<b onmouseover", "<i onclick", "\"><script>"] {
            #expect(!answer.body.contains(fragment), "\(uri) contains \(fragment)")
        }
    }

    @Test(arguments: ["/stories/s-evil", "/articles/a-evil"])
    func hostileTextIsShownEscaped(uri: String) async throws {
        let answer = try await TestServer.get(uri)
        #expect(answer.body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    }

    @Test func javascriptLinksAreShownNotLinked() async throws {
        let answer = try await TestServer.get("/articles/a-evil")
        #expect(answer.body.contains("<code>javascript:alert(document.cookie)</code>"))
        #expect(!answer.body.lowercased().contains("href=\"javascript:"))
    }

    @Test func hostileStoryPageHasNoScriptElement() async throws {
        let answer = try await TestServer.get("/stories/s-evil")
        #expect(!answer.body.contains("<script"))
    }
}
