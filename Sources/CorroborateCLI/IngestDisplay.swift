import CorroborateCore
import CorroborateStore
import Foundation
import Synchronization

/// The ingest progress line: units done of queued, articles stored, rate and time left.
final class IngestDisplay: Sendable {
    private let bar: Mutex<ProgressBar>

    init(enabled: Bool) {
        bar = Mutex(ProgressBar(enabled: enabled))
    }

    func update(_ progress: IngestProgress) {
        bar.withLock { $0.update { IngestDisplay.status(progress, elapsed: $0) } }
    }

    /// Writes `problem: FILE: why` on standard error, above the progress line when one is drawn.
    func report(_ problem: Problem) {
        bar.withLock { $0.print("problem: \(problem)") }
    }

    /// Writes `ingest: MESSAGE` (what the run waits for, a lease taken over) on standard error, like a problem.
    func notice(_ message: String) {
        bar.withLock { $0.print("ingest: \(message)") }
    }

    func finish(_ progress: IngestProgress) {
        bar.withLock { $0.finish { IngestDisplay.status(progress, elapsed: $0) } }
    }

    static func status(_ progress: IngestProgress, elapsed: TimeInterval) -> String {
        let rate = Double(progress.newArticles + progress.storedBefore) / elapsed
        let unitRate = Double(progress.unitsDone) / elapsed
        let left = max(0, progress.unitsQueued - progress.unitsDone)
        let eta = unitRate > 0 ? duration(Double(left) / unitRate) : "?"
        return "\(progress.unitsDone)/\(progress.unitsQueued) inputs, \(progress.newArticles) new articles, "
            + "\(progress.clustered) clustered, \(progress.problems) problems, "
            + String(format: "%.1f", rate) + " articles/s, ETA \(eta)"
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total >= 3600 ? "\(total / 3600)h\(total % 3600 / 60)m" : total >= 60 ? "\(total / 60)m\(total % 60)s" : "\(total)s"
    }
}
