/// What goes wrong reading a spill back.
public enum StoryInputSpillError: Error, Equatable {
    /// No record was stored at this index.
    case noRecord(Int)
    /// The record at this index could not be read whole.
    case unreadable(Int)
    /// The spill was closed.
    case closed
}
