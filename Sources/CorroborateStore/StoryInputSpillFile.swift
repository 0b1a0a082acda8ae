import CorroborateStories
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A ``StoryInputSpill`` on disk: the records one after another in a temporary file that is
/// unlinked as soon as it is opened, so nothing is left behind however the run ends (normal end,
/// error, signal or crash): the space is the kernel's to free when the descriptor closes
/// (``close()``, or when the spill is released). Memory holds only each record's offset and
/// length; reads (`pread`) may run concurrently.
public final class StoryInputSpillFile: StoryInputSpill {
    private struct State {
        var descriptor: Int32
        var end: Int = 0
        var records: [(offset: Int, length: Int)] = []
    }

    private let state: Mutex<State>

    /// A new spill in `directory` (default: the temporary directory, `TMPDIR`).
    public init(directory: URL = FileManager.default.temporaryDirectory) throws {
        let path = directory.appendingPathComponent("corroborate-spill-\(UUID().uuidString)").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw StoryInputSpillError.cannotCreate(path, String(cString: strerror(errno))) }
        unlink(path)
        state = Mutex(State(descriptor: descriptor))
    }

    deinit {
        close()
    }

    public func append(_ record: Data) throws -> Int {
        try state.withLock { state in
            guard state.descriptor >= 0 else { throw StoryInputSpillError.closed }
            var written = 0
            while written < record.count {
                let count = record.withUnsafeBytes { bytes in
                    pwrite(state.descriptor, bytes.baseAddress! + written, bytes.count - written, off_t(state.end + written))
                }
                guard count > 0 else { throw StoryInputSpillError.unwritable(count < 0 ? String(cString: strerror(errno)) : "nothing written") }
                written += count
            }
            state.records.append((state.end, record.count))
            state.end += record.count
            return state.records.count - 1
        }
    }

    public func record(at index: Int) throws -> Data {
        let (descriptor, offset, length) = try state.withLock { state in
            guard state.descriptor >= 0 else { throw StoryInputSpillError.closed }
            guard state.records.indices.contains(index) else { throw StoryInputSpillError.noRecord(index) }
            return (state.descriptor, state.records[index].offset, state.records[index].length)
        }
        var data = Data(count: length)
        var read = 0
        while read < length {
            let count = data.withUnsafeMutableBytes { bytes in
                pread(descriptor, bytes.baseAddress! + read, length - read, off_t(offset + read))
            }
            guard count > 0 else { throw StoryInputSpillError.unreadable(index) }
            read += count
        }
        return data
    }

    /// Frees the file's space; the spill cannot be used after.
    public func close() {
        state.withLock { state in
            guard state.descriptor >= 0 else { return }
            closeDescriptor(state.descriptor)
            state.descriptor = -1
        }
    }
}

/// `close(2)`, out of reach of the spill's own `close()`.
private func closeDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
}
