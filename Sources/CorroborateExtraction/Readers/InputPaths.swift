import CorroborateCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Expands command-line inputs lazily into the files to read: `-` is standard input; a directory is
/// walked recursively in sorted order (one directory listed at a time), skipping hidden entries
/// (names starting with `.`) and directories already visited through a link; a path that does not
/// exist but contains `*`, `?` or `[` is a glob, expanded and sorted. A missing path is a problem.
/// A FIFO, socket or device met while walking a directory is a problem and is never opened (opening
/// a FIFO nobody writes to would wait forever); named on the command line it is read like standard
/// input (`<(zcat crawl.gz)` is a pipe) once a writer opens it, and is a problem when none does within
/// `ReaderConfiguration.namedPipeWriterWait` (`FileByteStream(namedPipe:writerWait:)`). A device named
/// on the command line is read (`/dev/zero` is refused as binary from its first bytes; endless text
/// stops at the document size limit); a socket cannot be opened and says so. A file name that is not valid UTF-8 cannot be opened (Swift strings
/// repair it) and is a problem saying so.
public struct InputPaths: IteratorProtocol, Sequence {
    /// One input to open.
    public enum Input: Sendable, Hashable {
        /// A file path to read.
        case file(String)
        /// Standard input (`-`).
        case standardInput
        /// A path that does not exist, matches nothing, or cannot be listed.
        case missing(Problem)
    }

    /// A path to look at, and whether it was found by walking a directory (not named by the user).
    private struct Pending {
        var path: String
        var walked: Bool
    }

    private var stack: [Pending]
    private var visitedDirectories: Set<String> = []
    private let fileManager = FileManager.default

    /// The inputs in `arguments`, in order.
    public init(_ arguments: [String]) {
        stack = arguments.reversed().map { Pending(path: $0, walked: false) }
    }

    /// The next input, walking into directories and globs as they come; nil at the end.
    public mutating func next() -> Input? {
        while let pending = stack.popLast() {
            let path = pending.path
            if path == "-" && !pending.walked { return .standardInput }
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: path, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else {
                    if pending.walked, let kind = InputPaths.specialFileKind(path) {
                        return .missing(Problem(source: path, message: "not a regular file (\(kind)); skipped"))
                    }
                    return .file(path)
                }
                if let problem = push(directory: path) { return .missing(problem) }
            } else if path.contains(where: { "*?[".contains($0) }) {
                let matches = InputPaths.glob(path)
                if matches.isEmpty { return .missing(Problem(source: path, message: "no file matches this pattern")) }
                stack.append(contentsOf: matches.reversed().map { Pending(path: $0, walked: true) })
            } else {
                return .missing(Problem(source: path, message: absenceReason(path)))
            }
        }
        return nil
    }

    /// Why an existing-looking path cannot be opened: a link loop, a broken link, a name that is not UTF-8 (Swift
    /// strings repair such names with U+FFFD, so the file cannot be named again), or it is not there.
    private func absenceReason(_ path: String) -> String {
        var status = stat()
        if stat(path, &status) != 0, errno == ELOOP {
            return "symbolic link loop (too many levels of symbolic links); skipped"
        }
        if (try? fileManager.destinationOfSymbolicLink(atPath: path)) != nil {
            return "broken symbolic link (its target does not exist)"
        }
        if path.unicodeScalars.contains("\u{FFFD}") {
            return "no such file, or its name is not valid UTF-8 (shown with \u{FFFD}) and cannot be opened: rename it, or pass it on standard input"
        }
        return "no such file or directory"
    }

    /// Pushes the directory's visible entries; a problem when it cannot be listed.
    private mutating func push(directory: String) -> Problem? {
        let resolved = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visitedDirectories.insert(resolved).inserted else { return nil }
        let names: [String]
        do {
            names = try fileManager.contentsOfDirectory(atPath: directory)
        } catch {
            return Problem(source: directory, message: "cannot list directory (\(error.localizedDescription))")
        }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        let visible = names.filter { !$0.hasPrefix(".") }.sorted()
        stack.append(contentsOf: visible.reversed().map { Pending(path: base + $0, walked: true) })
        return nil
    }

    /// What `specialFileKind(_:)` says of a named pipe.
    static let fifoKind = "a FIFO"

    /// What kind of special file `path` is (FIFO, socket, device); nil for a regular file or a directory.
    static func specialFileKind(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFIFO: return fifoKind
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        default: return nil
        }
    }

    /// The paths matching a shell pattern, sorted.
    static func glob(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { index in
            result.gl_pathv[index].map { String(cString: $0) }
        }.sorted()
    }
}
