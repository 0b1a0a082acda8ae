import Foundation

/// What goes wrong writing a spill or reading it back.
public enum StoryInputSpillError: Error, Equatable, LocalizedError {
    /// The spill file could not be made (the path, and the system's reason).
    case cannotCreate(String, String)
    /// A record could not be written (the system's reason: "No space left on device").
    case unwritable(String)
    /// No record was stored at this index.
    case noRecord(Int)
    /// The record at this index could not be read whole.
    case unreadable(Int)
    /// A record is not what was written (too short, or a length beyond its end).
    case malformed
    /// The spill was closed.
    case closed

    public var errorDescription: String? {
        switch self {
        case .cannotCreate(let path, let reason): "cannot create the temporary spill file \(path): \(reason) (set TMPDIR to a writable directory)"
        case .unwritable(let reason): "cannot write the temporary spill file in TMPDIR: \(reason)"
        case .noRecord(let index): "the spill has no record \(index)"
        case .unreadable(let index): "the spill's record \(index) could not be read whole"
        case .malformed: "a spilled record is not what was written"
        case .closed: "the spill was closed"
        }
    }
}
