import CorroborateReports
import Foundation

extension String {
    /// Writes the string as the whole content of a file named on the command line, through
    /// ``OutputFile``: a regular file replaced whole, a device such as `/dev/null` written in place.
    func writeOutput(toPath path: String) throws {
        try OutputFile.write(Data(utf8), toPath: path)
    }
}
