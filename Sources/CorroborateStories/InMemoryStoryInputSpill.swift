import Foundation
import Synchronization

/// A ``StoryInputSpill`` holding its records in memory: for tests and small runs.
public final class InMemoryStoryInputSpill: StoryInputSpill {
    private let records = Mutex<[Data]>([])

    public init() {}

    public func append(_ record: Data) throws -> Int {
        records.withLock { records in
            records.append(record)
            return records.count - 1
        }
    }

    public func record(at index: Int) throws -> Data {
        try records.withLock { records in
            guard records.indices.contains(index) else { throw StoryInputSpillError.noRecord(index) }
            return records[index]
        }
    }
}
