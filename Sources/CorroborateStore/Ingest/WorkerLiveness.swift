import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whether the worker holding an ingest lease is still running, judged from its name
/// (`host/pid/random`, `Ingest.workerName()`): only a worker on this host can be checked, by its
/// process id. The check is injected so tests need no real processes.
public struct WorkerLiveness: Sendable {
    /// What is known of a worker.
    public enum State: Sendable, Equatable {
        /// Its process runs (or is this one).
        case alive
        /// It ran on this host and its process is gone: its leases can be taken over at once.
        case dead
        /// Another host's worker, or a name not in the `host/pid/random` form: its lease must be waited out.
        case unknown
    }

    /// This host's name, as worker names spell it.
    public var hostName: String
    /// This process's id (a worker of this process is alive).
    public var processID: Int32
    /// Whether a process with this id runs on this host.
    public var isRunning: @Sendable (Int32) -> Bool

    public init(hostName: String, processID: Int32, isRunning: @escaping @Sendable (Int32) -> Bool) {
        self.hostName = hostName
        self.processID = processID
        self.isRunning = isRunning
    }

    /// This host and process; a process runs when `kill(pid, 0)` finds it (EPERM: it runs as another user).
    public static var current: WorkerLiveness {
        WorkerLiveness(hostName: ProcessInfo.processInfo.hostName, processID: ProcessInfo.processInfo.processIdentifier) { pid in
            kill(pid_t(pid), 0) == 0 || errno == EPERM
        }
    }

    /// The state of the worker named `worker`.
    public func state(of worker: String) -> State {
        var parts = worker.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return .unknown }
        parts.removeLast()
        guard let pid = Int32(parts.removeLast()), pid > 0, parts.joined(separator: "/") == hostName else { return .unknown }
        if pid == processID { return .alive }
        return isRunning(pid) ? .alive : .dead
    }
}
