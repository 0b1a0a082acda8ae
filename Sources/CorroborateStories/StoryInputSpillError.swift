/// What goes wrong reading a spill back.
public enum StoryInputSpillError: Error, Equatable {
    /// No record was stored at this index.
    case noRecord(Int)
    /// The record at this index could not be read whole.
    case unreadable(Int)
    /// A record is not what was written (too short, or a length beyond its end).
    case malformed
    /// The spill was closed.
    case closed
}
