import CorroborateReports
import Foundation

/// Where a brief written in pieces goes: standard output as the pieces come, or an ``OutputFile``
/// (a regular file appears whole on ``commit()``; a device or FIFO is written in place).
final class BriefDestination {
    private let file: OutputFile?

    /// Standard output when `path` is nil, else the output file at `path`.
    init(path: String?) throws {
        file = try path.map(OutputFile.init(path:))
    }

    /// Appends `data`.
    func write(_ data: Data) throws {
        guard let file else {
            try FileHandle.standardOutput.write(contentsOf: data)
            return
        }
        try file.write(data)
    }

    /// Makes the file whole at its path (nothing to do on standard output).
    func commit() throws {
        try file?.commit()
    }

    /// Removes the temporary file of a brief that will not be finished.
    func discard() {
        file?.discard()
    }
}
