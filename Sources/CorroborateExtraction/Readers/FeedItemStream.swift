import CorroborateCore
import Foundation

/// Hands a feed's items out as the parser finds them, so a feed of any size is held a few items at a time.
///
/// XMLParser's `parse()` runs to the end of the input, so it runs on its own thread, pulling the feed from its
/// `ByteReader` in chunks (`ByteReaderInputStream`), and waits while `capacity` results are queued; `next()`
/// takes them in order. When this stream is dropped before the end, the parse is aborted and its thread ends.
final class FeedItemStream {
    private let handoff: Handoff

    /// Starts parsing the feed in `reader`'s unread bytes, after `prefix` (a byte-order mark put back); each
    /// item's texts within `maximumItemBytes`; a damaged input's end error follows the items as a problem.
    init(reader: ByteReader, prefix: [UInt8], source: String, maximumItemBytes: Int, capacity: Int = 64) {
        let handoff = Handoff(capacity: capacity)
        self.handoff = handoff
        let input = UncheckedReader(reader: reader)
        Thread {
            FeedReader.parse(ByteReaderInputStream(reader: input.reader, prefix: prefix), source: source,
                             maximumItemBytes: maximumItemBytes) { handoff.put($0) }
            if let error = input.reader.endError {
                _ = handoff.put(.problem(Problem(source: source, message: error.message + "; kept the items before it")))
            }
            handoff.finish()
        }.start()
    }

    deinit { handoff.cancel() }

    /// The next item's document or problem, waiting for the parser; nil after the last.
    func next() -> ReadResult? { handoff.take() }

    /// The reader, handed to the parsing thread, which alone uses it from then on.
    private struct UncheckedReader: @unchecked Sendable {
        let reader: ByteReader
    }

    /// A bounded queue between the parsing thread and the reader of the items.
    private final class Handoff: @unchecked Sendable {
        private let condition = NSCondition()
        private var queue: [ReadResult] = []
        private var finished = false
        private var cancelled = false
        private let capacity: Int

        init(capacity: Int) { self.capacity = max(1, capacity) }

        /// Queues a result, waiting while the queue is full; false when nobody reads on (the parse should stop).
        func put(_ result: ReadResult) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            while queue.count >= capacity, !cancelled { condition.wait() }
            guard !cancelled else { return false }
            queue.append(result)
            condition.broadcast()
            return true
        }

        /// The next queued result, waiting for one; nil when the parse has finished and all were taken.
        func take() -> ReadResult? {
            condition.lock()
            defer { condition.unlock() }
            while queue.isEmpty, !finished { condition.wait() }
            guard !queue.isEmpty else { return nil }
            // At most `capacity` are queued, so taking from the front is cheap; an index into an array that is
            // only emptied when the reader catches up would keep every result of a feed that stays ahead.
            let result = queue.removeFirst()
            condition.broadcast()
            return result
        }

        func finish() {
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }

        func cancel() {
            condition.lock()
            cancelled = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
