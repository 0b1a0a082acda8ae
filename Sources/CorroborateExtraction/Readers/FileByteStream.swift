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
    /// Bytes read ahead (a named pipe's first byte) and not yet handed out.
    private var readAhead: [UInt8] = []

    /// Opens `path` for reading; throws `.unreadable` naming it (and the system's reason, and its kind when it is
    /// a socket or device) when it cannot be opened. Chunks are `chunkSize` bytes, or the file's size when that is
    /// smaller (small files are read in one call).
    public init(path: String, chunkSize: Int = 1 << 20) throws(CorroborateError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = String(cString: strerror(errno))
            let kind = InputPaths.specialFileKind(path).map { ", \($0)" } ?? ""
            throw CorroborateError(.unreadable, source: path, "cannot open file for reading (\(reason)\(kind))")
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

    /// Opens the named pipe (FIFO) at `path` without blocking and waits up to `writerWait` seconds for a writer:
    /// a read that finds data or would block (a writer has it open) ends the wait, and the pipe is then read
    /// like standard input. Throws `.unreadable` naming it when it cannot be opened, and `.empty` when no
    /// writer has opened it (or one closed it without writing) within the wait.
    public init(namedPipe path: String, writerWait: Double, chunkSize: Int = 1 << 20) throws(CorroborateError) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CorroborateError(.unreadable, source: path, "cannot open named pipe for reading (\(String(cString: strerror(errno))))")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        guard let first = Self.awaitWriter(descriptor, seconds: writerWait) else {
            throw CorroborateError(.empty, source: path,
                "named pipe (FIFO) that no writer opened, or that was closed with nothing written, within \(writerWait) s; skipped")
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        self.init(handle: handle, source: path, chunkSize: chunkSize)
        readAhead = first
    }

    /// Polls a non-blocking pipe until it has a writer: its first byte, or none when a writer holds it open
    /// with nothing written yet; nil when `seconds` pass with no writer (reads find the end).
    private static func awaitWriter(_ descriptor: Int32, seconds: Double) -> [UInt8]? {
        let deadline = Date().addingTimeInterval(seconds)
        var byte: UInt8 = 0
        while true {
            let count = read(descriptor, &byte, 1)
            if count == 1 { return [byte] }
            if count < 0, errno == EAGAIN || errno == EWOULDBLOCK { return [] }
            if count < 0, errno != EINTR { return nil }
            guard Date() < deadline else { return nil }
            usleep(20_000)
        }
    }

    /// Up to `chunkSize` bytes from the file; nil at its end.
    public mutating func nextChunk() throws(CorroborateError) -> [UInt8]? {
        if !readAhead.isEmpty {
            defer { readAhead = [] }
            return readAhead
        }
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
