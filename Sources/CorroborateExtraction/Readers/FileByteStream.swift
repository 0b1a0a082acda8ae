import CorroborateCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file (or standard input) in fixed-size chunks, so memory stays bounded whatever its size.
public struct FileByteStream: ByteStream {
    private let handle: FileHandle
    private let source: String
    private let chunkSize: Int
    private var finished = false

    /// Opens `path` for reading; throws `.unreadable` naming it when it cannot be opened. Chunks are
    /// `chunkSize` bytes, or the file's size when that is smaller (small files are read in one call).
    public init(path: String, chunkSize: Int = 1 << 20) throws(CorroborateError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CorroborateError(.unreadable, source: path, "cannot open file for reading")
        }
        var status = stat()
        let size = fstat(handle.fileDescriptor, &status) == 0 ? Int(status.st_size) : chunkSize
        self.init(handle: handle, source: path, chunkSize: max(4096, min(chunkSize, size + 1)))
    }

    /// Reads from an open handle (e.g. `FileHandle.standardInput`); `source` names it in errors.
    public init(handle: FileHandle, source: String, chunkSize: Int = 1 << 20) {
        self.handle = handle
        self.source = source
        self.chunkSize = chunkSize
    }

    /// Up to `chunkSize` bytes from the file; nil at its end.
    public mutating func nextChunk() throws(CorroborateError) -> [UInt8]? {
        guard !finished else { return nil }
        do {
            guard let data = try handle.read(upToCount: chunkSize), !data.isEmpty else {
                finished = true
                return nil
            }
            return [UInt8](data)
        } catch {
            finished = true
            throw CorroborateError(.unreadable, source: source, "read failed: \(error.localizedDescription)")
        }
    }
}
