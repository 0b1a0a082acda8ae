import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a brief written in pieces goes: standard output as the pieces come, or a file that
/// appears whole (the pieces go to a temporary file beside it, renamed over it on ``commit()``),
/// as `String.write(toFile:atomically:)` leaves it.
final class BriefDestination {
    private let path: String?
    private let temporary: String?
    private let handle: FileHandle

    /// Standard output when `path` is nil, else a new temporary file beside `path`.
    init(path: String?) throws {
        self.path = path
        guard let path else {
            temporary = nil
            handle = FileHandle.standardOutput
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        self.temporary = temporary
        self.handle = handle
    }

    /// Appends `data`.
    func write(_ data: Data) throws {
        try handle.write(contentsOf: data)
    }

    /// Makes the file whole at its path (nothing to do on standard output).
    func commit() throws {
        guard let path, let temporary else { return }
        try handle.close()
        guard rename(temporary, path) == 0 else {
            discard()
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    /// Removes the temporary file of a brief that will not be finished.
    func discard() {
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }
}
