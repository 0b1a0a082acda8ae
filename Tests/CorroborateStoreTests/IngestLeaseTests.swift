import CorroborateCore
import CorroborateStore
import Foundation
import Synchronization
import Testing

/// A run meeting another worker's lease (a crashed ingest's): it says what it waits for, and takes
/// over at once the units of a worker on this host whose process is gone. The liveness check is
/// injected; nothing here measures time.
@Suite("Ingest leases")
struct IngestLeaseTests {
    /// The holder's name, whether its process runs, and what the waiting run says first.
    static let holders: [(holder: String, running: Bool, says: String)] = [
        ("testhost/4242/7", false, "taking over 2 inputs claimed by testhost/4242/7 since "),
        ("testhost/4242/7", true, "waiting for 2 inputs claimed by testhost/4242/7 since "),
        ("otherhost/4242/7", false, "waiting for 2 inputs claimed by otherhost/4242/7 since "),
    ]

    /// The time limit only stops a run that would wait forever; it measures nothing (the ingest
    /// annotates and embeds, which took over a minute on a loaded two-core machine).
    @Test(.timeLimit(.minutes(10)), arguments: holders)
    func aRunMeetingALeaseSaysWhatItWaitsForOrTakesOverADeadWorkersUnits(holder: String, running: Bool, says: String) async throws {
        let directory = try TemporaryDirectory.make()
        let pages = try GeneratedCorpus.write(pages: 2, into: directory)
        let store = try SQLiteStore(path: directory.appendingPathComponent("db.sqlite").path)
        try await store.enqueue(IngestPlan(inputs: pages.map(\.path)).units)
        #expect(try await store.claimUnits(worker: holder, limit: 10, lease: .seconds(3600)).count == 2)

        var configuration = Ingest.Configuration()
        configuration.liveness = WorkerLiveness(hostName: "testhost", processID: 1) { _ in running }
        let notices = Mutex<[String]>([])
        let summary = try await Ingest(store: store, analysis: IngestTests.analysis, configuration: configuration)
            .run(inputs: pages.map(\.path), notice: { message in
                notices.withLock { $0.append(message) }
                // The holder finishes (or the test gives up on it) only once the run has said it waits.
                if message.hasPrefix("waiting") { Task { try await store.releaseClaims(of: holder) } }
            })

        let said = notices.withLock { $0 }
        #expect(said.first?.hasPrefix(says) == true)
        #expect(said.count == 1)
        if says.hasPrefix("waiting") { #expect(said.first?.contains("its lease runs out at ") == true) }
        #expect(summary.storedArticles == 2)
        #expect(try await store.claims().isEmpty)
    }

    @Test func theWaitNoticeNamesTheHolderAndWhenItsLeaseRunsOut() {
        let claim = IngestClaim(worker: "box/17/3", units: 1, since: Date(timeIntervalSince1970: 1_800_000_000),
                                leaseUntil: Date(timeIntervalSince1970: 1_800_000_060))
        let notice = Ingest.waitNotice(claim, now: Date(timeIntervalSince1970: 1_800_000_015))
        #expect(notice == "waiting for 1 input claimed by box/17/3 since 2027-01-15T08:00:00Z;"
            + " its lease runs out at 2027-01-15T08:01:00Z (in 45 s) unless it is renewed")
    }

    /// Worker names and what is known of them on host `here`, process 10, where process 20 runs.
    static let names: [(worker: String, state: WorkerLiveness.State)] = [
        ("here/20/123", .alive),
        ("here/21/123", .dead),
        ("here/10/999", .alive),
        ("there/21/123", .unknown),
        ("here/x/123", .unknown),
        ("worker-1", .unknown),
        ("here/with/slash/21/5", .unknown),
    ]

    @Test(arguments: names)
    func aWorkerIsJudgedByItsHostAndProcess(worker: String, state: WorkerLiveness.State) {
        let liveness = WorkerLiveness(hostName: "here", processID: 10) { $0 == 20 }
        #expect(liveness.state(of: worker) == state)
    }
}
