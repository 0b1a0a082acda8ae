import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file that a report is written to, in pieces.
///
/// A regular file, or a path where nothing is yet, appears whole: the pieces go to a temporary file
/// beside it, renamed over it by ``commit()``, so a reader never sees half a report and a run that
/// fails leaves the old file as it was. A path that exists and is not a regular file (a device such as
/// `/dev/null`, a FIFO, a terminal) is written in place, as a shell's `>` writes it: a rename would put
/// a plain file where the device was. A symbolic link is followed: its target is written and the link
/// stays a link.
public final class OutputFile {
    /// The path as given.
    public let path: String
    private let temporary: String?
    private let handle: FileHandle

    /// Opens `path` for a report: a new temporary file beside its target, or the target itself when
    /// that is not a regular file.
    public init(path: String) throws {
        self.path = path
        let target = Self.target(of: path)
        if Self.isSpecialFile(target) {
            temporary = nil
            handle = try Self.openInPlace(target, shownAs: path)
            return
        }
        let url = URL(fileURLWithPath: target)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputFileError(path: path, reason: Self.lastError()) }
        self.temporary = temporary
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// Appends `data`.
    public func write(_ data: Data) throws {
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw OutputFileError(path: path, reason: "\(error.localizedDescription)")
        }
    }

    /// Makes the report whole at its path: renames the temporary file over the target (nothing more
    /// to do for a file written in place).
    public func commit() throws {
        try? handle.close()
        guard let temporary else { return }
        guard rename(temporary, Self.target(of: path)) == 0 else {
            let reason = Self.lastError()
            try? FileManager.default.removeItem(atPath: temporary)
            throw OutputFileError(path: path, reason: reason)
        }
    }

    /// Removes the temporary file of a report that will not be finished.
    public func discard() {
        try? handle.close()
        guard let temporary else { return }
        try? FileManager.default.removeItem(atPath: temporary)
    }

    /// Writes `data` as the whole content of `path`, as an ``OutputFile`` written once and committed.
    public static func write(_ data: Data, toPath path: String) throws {
        let file = try OutputFile(path: path)
        do {
            try file.write(data)
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }

    /// A handle that writes `path` as it goes, as a shell's `>` does: created or truncated, a
    /// symbolic link followed, a device or FIFO written as it is.
    public static func openInPlace(_ path: String) throws -> FileHandle {
        try openInPlace(target(of: path), shownAs: path)
    }

    private static func openInPlace(_ target: String, shownAs path: String) throws -> FileHandle {
        let descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputFileError(path: path, reason: lastError()) }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// The path that writes land on: the final target of a symbolic link (which need not exist yet),
    /// else `path` itself.
    static func target(of path: String) -> String {
        var target = path
        for _ in 0..<40 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: target) else { return target }
            target = destination.hasPrefix("/")
                ? destination
                : URL(fileURLWithPath: target).deletingLastPathComponent().appendingPathComponent(destination).path
        }
        return target
    }

    /// Whether something that is not a regular file (or a directory) is at `path`.
    static func isSpecialFile(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind != S_IFREG && kind != S_IFDIR
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}

/// A report that could not be written, with the path as the user gave it.
public struct OutputFileError: Error, CustomStringConvertible, LocalizedError {
    /// The path as given on the command line.
    public let path: String
    /// What the system said.
    public let reason: String

    public var description: String { "Cannot write to \(path): \(reason)." }
    public var errorDescription: String? { description }
}
