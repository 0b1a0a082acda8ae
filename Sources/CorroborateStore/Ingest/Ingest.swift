import CorroborateCore
import CorroborateExtraction
import CorroborateStories
import Foundation

/// `corroborate ingest` as a library: queues the input files, then claims units, extracts them
/// (`workers` at a time) and completes each unit with its articles and problems in one
/// transaction, renewing its leases while it works; stories are brought up to date every
/// `storyBatch` new articles and at the end. Several runs (processes, machines) on one store
/// share the queue; a run ends when the queue is empty.
public struct Ingest: Sendable {
    /// How a run works.
    public struct Configuration: Sendable {
        /// Concurrent extraction (and annotation) tasks.
        public var workers = 1
        /// How long a claim holds without renewal; a dead worker's units are retaken after it.
        public var lease: Duration = .seconds(60)
        /// New articles between story updates.
        public var storyBatch = 500
        /// This worker's name in the queue.
        public var worker = Ingest.workerName()
        /// Tells whether the worker holding a lease still runs; a dead one's leases are taken over at once.
        public var liveness = WorkerLiveness.current
        /// The clock a waiting run tells the time by in its notices.
        public var now: @Sendable () -> Date = { Date() }

        public init() {}
    }

    public var store: any ArticleStore
    public var analysis: CoverageAnalysis
    public var configuration: Configuration
    /// Sentence vectors kept in the store, the cache `analysis.meaning` embeds through; nil: not kept.
    public var vectors: StoredEmbeddings?
    /// Annotated articles of open stories, kept across this run's story updates.
    private let cache = AnnotationCache()

    public init(
        store: any ArticleStore, analysis: CoverageAnalysis, configuration: Configuration = Configuration(), vectors: StoredEmbeddings? = nil
    ) {
        self.store = store
        self.analysis = analysis
        self.configuration = configuration
        self.vectors = vectors
    }

    /// An ingest whose briefs read and keep sentence vectors in `store`: the standard analysis
    /// (`reader`) with `meaning` (nil: none, nothing kept) embedding through a ``StoredEmbeddings``.
    public static func keepingVectors(
        store: any ArticleStore, reader: ReaderConfiguration, meaning: SentenceMeaning?, configuration: Configuration = Configuration()
    ) -> Ingest {
        guard let meaning else { return Ingest(store: store, analysis: .standard(reader: reader, meaning: nil), configuration: configuration) }
        let vectors = StoredEmbeddings(for: meaning)
        let analysis = CoverageAnalysis.standard(reader: reader, meaning: meaning.caching(in: vectors))
        return Ingest(store: store, analysis: analysis, configuration: configuration, vectors: vectors)
    }

    /// Ingests `inputs`, calling `progress` after each unit and story step, `problem` with each problem
    /// (naming its file) as it is stored, so a caller can show which inputs were bad, not only how many,
    /// and `notice` when the run waits for another worker's lease (once per worker: who, since when,
    /// until when) or takes over the units of a worker on this host whose process is gone.
    public func run(
        inputs: [String],
        problem report: @escaping @Sendable (Problem) -> Void = { _ in },
        notice: @escaping @Sendable (String) -> Void = { _ in },
        progress: @escaping @Sendable (IngestProgress) -> Void = { _ in }
    ) async throws -> IngestSummary {
        let plan = IngestPlan(inputs: inputs)
        let added = try await store.enqueue(plan.units)
        var counts = IngestProgress()
        for problem in plan.problems {
            let unit = IngestPlan.problemUnit(problem)
            try await store.enqueue([unit])
            counts.problems += try await store.complete(unit, articles: [], problems: [problem]).problems
            report(problem)
        }
        counts.unitsQueued = try await store.queueCounts().remaining
        let heartbeat = startHeartbeat()
        defer { heartbeat.cancel() }
        try await work(&counts, problem: report, notice: notice, progress: progress)
        try await updateStories(&counts, progress: progress)
        return IngestSummary(
            progress: counts, alreadyIngested: plan.units.count - added,
            storedStories: try await store.storyCount(), storedArticles: try await store.articleCount())
    }

    /// Claims and completes units until the queue is empty (waiting for other workers' claims, or
    /// taking over those of dead workers on this host).
    private func work(
        _ counts: inout IngestProgress, problem: @Sendable (Problem) -> Void, notice: @Sendable (String) -> Void,
        progress: @Sendable (IngestProgress) -> Void
    ) async throws {
        var sinceStories = 0
        var announced: Set<String> = []
        while true {
            let units = try await store.claimUnits(worker: configuration.worker, limit: configuration.workers * 2, lease: configuration.lease)
            if units.isEmpty {
                guard try await store.queueCounts().remaining > 0 else { return }
                if try await takeOverDeadWorkers(notice: notice, announced: &announced) { continue }
                try await Task.sleep(for: min(configuration.lease / 4, .seconds(1)))
                continue
            }
            for receipt in try await complete(units, problem: problem) {
                counts.unitsDone += 1
                counts.newArticles += receipt.newArticles
                counts.storedBefore += receipt.storedBefore
                counts.problems += receipt.problems
                sinceStories += receipt.newArticles
                progress(counts)
            }
            if sinceStories >= configuration.storyBatch {
                try await updateStories(&counts, progress: progress)
                sinceStories = 0
            }
        }
    }

    /// Releases the units of workers on this host whose process is gone (true when any were), and
    /// says once per other worker what this run is waiting for.
    private func takeOverDeadWorkers(notice: @Sendable (String) -> Void, announced: inout Set<String>) async throws -> Bool {
        var released = false
        for claim in try await store.claims() where claim.worker != configuration.worker {
            switch configuration.liveness.state(of: claim.worker) {
            case .dead:
                let count = try await store.releaseClaims(of: claim.worker)
                notice("taking over \(count) input\(count == 1 ? "" : "s") claimed by \(claim.worker)"
                    + "\(Self.since(claim)): its process is no longer running on this host")
                released = released || count > 0
            case .alive, .unknown:
                guard announced.insert(claim.worker).inserted else { continue }
                notice(Self.waitNotice(claim, now: configuration.now()))
            }
        }
        return released
    }

    /// What a run waiting for `claim` says.
    public static func waitNotice(_ claim: IngestClaim, now: Date) -> String {
        let left = max(0, Int(claim.leaseUntil.timeIntervalSince(now).rounded(.up)))
        return "waiting for \(claim.units) input\(claim.units == 1 ? "" : "s") claimed by \(claim.worker)\(since(claim));"
            + " its lease runs out at \(claim.leaseUntil.formatted(.iso8601)) (in \(left) s) unless it is renewed"
    }

    private static func since(_ claim: IngestClaim) -> String {
        claim.since.map { " since \($0.formatted(.iso8601))" } ?? ""
    }

    /// Extracts the units `workers` at a time; each is completed as soon as it is read.
    private func complete(_ units: [IngestUnit], problem: @Sendable (Problem) -> Void) async throws -> [IngestReceipt] {
        let analysis = analysis, store = store
        let extracted = await units.concurrentMap(workers: configuration.workers) { unit in
            (unit, analysis.articles(from: [unit.path]))
        }
        var receipts: [IngestReceipt] = []
        for (unit, read) in extracted {
            receipts.append(try await store.complete(unit, articles: read.articles, problems: read.problems))
            read.problems.forEach(problem)
        }
        return receipts
    }

    private func updateStories(_ counts: inout IngestProgress, progress: @Sendable (IngestProgress) -> Void) async throws {
        let updater = StoryUpdater(store: store, analysis: analysis, batchSize: configuration.storyBatch, workers: configuration.workers, cache: cache,
                                  vectors: vectors)
        while let step = try await updater.step() {
            counts.clustered += step.articles
            counts.storiesSaved += step.storiesSaved
            progress(counts)
        }
    }

    /// Renews this worker's leases every third of a lease until cancelled.
    private func startHeartbeat() -> Task<Void, Never> {
        let store = store, worker = configuration.worker, lease = configuration.lease
        return Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: lease / 3)
                if Task.isCancelled { return }
                try? await store.renewLeases(worker: worker, lease: lease)
            }
        }
    }

    /// `host/pid/random`: unique per process, readable in the queue table.
    public static func workerName() -> String {
        let info = ProcessInfo.processInfo
        return "\(info.hostName)/\(info.processIdentifier)/\(UInt32.random(in: 0...UInt32.max))"
    }
}
