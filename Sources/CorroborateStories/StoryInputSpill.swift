import Foundation

/// Where a batch run keeps its articles' compact story inputs between annotation and story
/// building, so that memory holds only their ``ClusteringKey``s: each input is appended as an
/// encoded record (``StoryInput/spillRecord()``) once annotated, and read back by the index
/// `append` returned, in any order, from concurrent tasks, when its story is built. Where the
/// records live is the conformer's business: ``InMemoryStoryInputSpill`` keeps them in memory,
/// CorroborateStore's `StoryInputSpillFile` in an unlinked temporary file.
public protocol StoryInputSpill: Sendable {
    /// Stores one record and returns its index (0, 1, 2... in the order of the calls).
    func append(_ record: Data) throws -> Int
    /// The record stored at `index`.
    func record(at index: Int) throws -> Data
}

extension StoryInputSpill {
    /// Stores `input` and returns its index.
    public func append(_ input: StoryInput) throws -> Int {
        try append(input.spillRecord())
    }

    /// The input stored at `index`.
    public func input(at index: Int) throws -> StoryInput {
        try StoryInput(spillRecord: record(at: index))
    }
}
