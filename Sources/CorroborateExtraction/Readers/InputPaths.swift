import CorroborateCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Expands command-line inputs lazily into the files to read: `-` is standard input; a directory is
/// walked recursively in sorted order (one directory listed at a time), skipping hidden entries
/// (names starting with `.`) and directories already visited through a link; a path that does not
/// exist but contains `*`, `?` or `[` is a glob, expanded and sorted. A missing path is a problem.
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

    private var stack: [String]
    private var visitedDirectories: Set<String> = []
    private let fileManager = FileManager.default

    /// The inputs in `arguments`, in order.
    public init(_ arguments: [String]) {
        stack = arguments.reversed()
    }

    /// The next input, walking into directories and globs as they come; nil at the end.
    public mutating func next() -> Input? {
        while let path = stack.popLast() {
            if path == "-" { return .standardInput }
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: path, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else { return .file(path) }
                if let problem = push(directory: path) { return .missing(problem) }
            } else if path.contains(where: { "*?[".contains($0) }) {
                let matches = InputPaths.glob(path)
                if matches.isEmpty { return .missing(Problem(source: path, message: "no file matches this pattern")) }
                stack.append(contentsOf: matches.reversed())
            } else {
                return .missing(Problem(source: path, message: "no such file or directory"))
            }
        }
        return nil
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
        stack.append(contentsOf: visible.reversed().map { base + $0 })
        return nil
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
