import CorroborateCore
import CorroborateExtraction
import Foundation

/// The work units of some command-line inputs: every file they name (directories walked, globs
/// expanded), keyed by path, size and modification time; and the inputs that name nothing.
public struct IngestPlan: Sendable, Hashable {
    public var units: [IngestUnit]
    /// Missing paths, globs matching nothing, standard input (which cannot be queued).
    public var problems: [Problem]

    /// Expands `inputs` as the extract command does.
    public init(inputs: [String]) {
        var units: [IngestUnit] = [], problems: [Problem] = []
        var paths = InputPaths(inputs)
        while let input = paths.next() {
            switch input {
            case .file(let path): units.append(IngestPlan.unit(path))
            case .missing(let problem): problems.append(problem)
            case .standardInput:
                problems.append(Problem(source: "-", message: "standard input cannot be queued for ingest; save it to a file first"))
            }
        }
        self.units = units
        self.problems = problems
    }

    /// The unit of a file: the same path with the same size and modification time keeps its id.
    static func unit(_ path: String) -> IngestUnit {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        return IngestUnit(id: ContentHash.hex("\(absolute)\u{0}\(size)\u{0}\(modified)"), path: absolute)
    }

    /// The unit recording a problem with an input that is no file (so it is stored once, like any unit).
    static func problemUnit(_ problem: Problem) -> IngestUnit {
        IngestUnit(id: ContentHash.hex("problem\u{0}\(problem.source)\u{0}\(problem.message)"), path: problem.source)
    }
}
