import CorroborateCore
import Foundation
import Testing

@testable import CorroborateStore

/// Several machines sharing one PostgreSQL queue: each store here is a separate client (its
/// own connection pool), as two ingest processes on two machines are.
@Suite(PostgresTestServer.available) struct PostgresQueueTests {
    /// What the workers completed, in order.
    actor Ledger {
        var completed: [String] = []
        var newArticles = 0
        func record(_ unit: IngestUnit, _ receipt: IngestReceipt) {
            completed.append(unit.id)
            newArticles += receipt.newArticles
        }
    }

    static func units(_ count: Int) -> [IngestUnit] {
        (0..<count).map { IngestUnit(id: "unit-\($0)", path: "/inputs/\($0).html") }
    }

    /// A unit's articles: one of its own and one wire copy shared with every fifth unit.
    static func articles(of unit: IngestUnit) -> [Article] {
        let number = Int(unit.id.dropFirst(5)) ?? 0
        return [PostgresStoreTests.article("own-\(number)"), PostgresStoreTests.article("wire-\(number % 5)")]
    }

    /// Claims and completes units until none is left to claim.
    static func work(_ store: PostgresStore, as worker: String, ledger: Ledger) async throws {
        while true {
            let units = try await store.claimUnits(worker: worker, limit: 3, lease: .seconds(600))
            if units.isEmpty { return }
            for unit in units {
                let receipt = try await store.complete(unit, articles: articles(of: unit), problems: [])
                await ledger.record(unit, receipt)
            }
        }
    }

    @Test func twoWorkersDoEveryUnitExactlyOnceAndStoreNoArticleTwice() async throws {
        try await PostgresTestServer.withStores(2) { stores in
            let units = Self.units(40)
            try await stores[0].enqueue(units)
            let ledger = Ledger()
            async let first: Void = Self.work(stores[0], as: "machine-a", ledger: ledger)
            async let second: Void = Self.work(stores[1], as: "machine-b", ledger: ledger)
            _ = try await (first, second)
            let completed = await ledger.completed
            #expect(completed.count == 40)
            #expect(Set(completed) == Set(units.map(\.id)))
            #expect(await ledger.newArticles == 45)
            #expect(try await stores[1].articleCount() == 45)
            #expect(try await stores[1].queueCounts() == IngestQueueCounts(pending: 0, claimed: 0, done: 40))
        }
    }

    @Test func enqueueingAgainQueuesNothing() async throws {
        try await PostgresTestServer.withStores(2) { stores in
            let first = try await stores[0].enqueue(Self.units(5))
            let again = try await stores[1].enqueue(Self.units(7))
            #expect(first == 5)
            #expect(again == 2)
        }
    }

    @Test func aLiveLeaseIsNotClaimedTwice() async throws {
        try await PostgresTestServer.withStores(2) { stores in
            try await stores[0].enqueue(Self.units(1))
            let held = try await stores[0].claimUnits(worker: "a", limit: 5, lease: .seconds(600))
            let other = try await stores[1].claimUnits(worker: "b", limit: 5, lease: .seconds(600))
            #expect(held.map(\.id) == ["unit-0"])
            #expect(other.isEmpty)
        }
    }

    @Test func aDeadWorkersUnitIsRetakenAndStoredOnce() async throws {
        try await PostgresTestServer.withStores(2) { stores in
            let unit = Self.units(1)[0]
            try await stores[0].enqueue([unit])
            // Worker a's lease has run out the moment it is taken: as if a died.
            _ = try await stores[0].claimUnits(worker: "a", limit: 1, lease: .zero)
            let retaken = try await stores[1].claimUnits(worker: "b", limit: 1, lease: .seconds(600))
            let late = try await stores[0].complete(unit, articles: Self.articles(of: unit), problems: [])
            let second = try await stores[1].complete(unit, articles: Self.articles(of: unit), problems: [])
            #expect(retaken == [unit])
            #expect(late.newArticles == 2)
            #expect(second.newArticles == 0)
            #expect(try await stores[1].articleCount() == 2)
        }
    }

    @Test func completingRecordsProblemsWithTheUnit() async throws {
        try await PostgresTestServer.withStore { store in
            let unit = Self.units(1)[0]
            try await store.enqueue([unit])
            let problem = Problem(source: unit.path, message: "not an article")
            let receipt = try await store.complete(unit, articles: [], problems: [problem])
            #expect(receipt.problems == 1)
            #expect(try await store.problems(limit: 10) == [problem])
        }
    }

    @Test func ofTwoStoryCommitsOnOneVersionOnlyOneLands() async throws {
        try await PostgresTestServer.withStores(2) { stores in
            try await stores[0].insert([PostgresStoreTests.article("a1")])
            func commit(_ title: String) -> StoryDeskCommit {
                StoryDeskCommit(replacing: nil, state: Data(title.utf8),
                                stories: [Story(id: "s1", title: title, articles: ["a1"])], removing: [], clustered: ["a1"])
            }
            async let first = stores[0].commit(commit("first"))
            async let second = stores[1].commit(commit("second"))
            let landed = try await [first, second]
            let desk = try #require(try await stores[0].storyDesk())
            let story = try #require(try await stores[0].story(id: "s1"))
            #expect(landed.filter { $0 }.count == 1)
            #expect(desk.version == 1)
            #expect(String(decoding: desk.state, as: UTF8.self) == story.title)
            #expect(try await stores[0].unclusteredArticles(limit: 10).isEmpty)
        }
    }
}
