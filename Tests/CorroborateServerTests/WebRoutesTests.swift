import Testing

/// The server-rendered pages show what each is for.
struct WebRoutesTests {
    @Test func storyListShowsOutletCountsAndDisputedBadges() async throws {
        let answer = try await TestServer.get("/")
        #expect(answer.status == .ok)
        #expect(answer.body.contains("<a href=\"/stories/s-call\" class=\"title\">Trump–Putin phone call report</a>"))
        #expect(answer.body.contains("<span class=\"badge outlets\">3 outlets</span><span class=\"badge disputed\">1 disputed</span>"))
        #expect(answer.body.contains("Stories 1–2 of 2"))
    }

    @Test func storyListPagesKeepTheFilters() async throws {
        let answer = try await TestServer.get("/?outlet=TRT+World&limit=1&disputed=true")
        #expect(answer.body.contains("value=\"TRT World\""))
        let second = try await TestServer.get("/?limit=1")
        #expect(second.body.contains("href=\"/?offset=1&amp;limit=1\" class=\"older\""))
    }

    @Test func storyPageHasEverySection() async throws {
        let answer = try await TestServer.get("/stories/s-call")
        #expect(answer.status == .ok)
        for section in ["outlets", "claims", "quotes", "agreements", "discrepancies", "exclusives", "citations", "timeline"] {
            #expect(answer.body.contains("<section class=\"\(section)\">"), "missing \(section)")
        }
        #expect(answer.body.contains("<td class=\"status disputed\">disputed</td>"))
        #expect(answer.body.contains("<a href=\"/entities/Dmitry%20Peskov\">Dmitry Peskov</a>"))
    }

    @Test func entityPageListsQuotesByStory() async throws {
        let answer = try await TestServer.get("/entities/Peskov")
        #expect(answer.body.contains("Everything Peskov said"))
        #expect(answer.body.contains("2 quotes in 1 story"))
        #expect(answer.body.contains("pure fiction"))
    }

    @Test func searchFindsStoriesByText() async throws {
        let answer = try await TestServer.get("/search?q=no+conversation")
        #expect(answer.body.contains("/stories/s-call"))
        #expect(!answer.body.contains("/stories/s-evil"))
        #expect(answer.body.contains("value=\"no conversation\""))
    }

    @Test func claimsBoardShowsDisputedClaimsAcrossStories() async throws {
        let answer = try await TestServer.get("/claims")
        #expect(answer.body.contains("Disputed claims"))
        #expect(answer.body.contains("Trump and Putin spoke by phone"))
        #expect(!answer.body.contains("The report was published"))
        #expect(answer.body.contains("<span class=\"stance denies\">Dmitry Peskov: denies</span>"))
    }

    @Test func outletRecordShowsExclusivesAndOutOfLine() async throws {
        let answer = try await TestServer.get("/outlets")
        #expect(answer.body.contains("<th class=\"num\">Out of line</th>"))
        #expect(answer.body.contains("<a href=\"/?outlet=TRT%20World\">TRT World</a>"))
    }

    @Test func pagesCarryAScriptForbiddingPolicy() async throws {
        let answer = try await TestServer.get("/")
        #expect(answer.contentType == "text/html; charset=utf-8")
        #expect(answer.contentSecurityPolicy?.hasPrefix("default-src 'none'") == true)
    }
}
