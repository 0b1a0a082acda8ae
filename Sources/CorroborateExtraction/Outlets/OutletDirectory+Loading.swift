import CorroborateCore
import Foundation

extension OutletDirectory {
    /// The directory shipped in `Resources/outlets.tsv` (a few hundred outlets and agencies), loaded once;
    /// empty only if the resource is missing from the build, which the tests rule out.
    public static let bundled: OutletDirectory = (try? load(resource: "outlets")) ?? OutletDirectory(entries: [])

    /// Loads a TSV table from the module's resources (`name.tsv`).
    static func load(resource name: String) throws(CorroborateError) -> OutletDirectory {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { throw CorroborateError(.missingResource, source: "\(name).tsv", "outlet table not found in bundle") }
        return try OutletDirectory(tsv: text)
    }

    /// Parses the table format of `outlets.tsv`: `kind<TAB>name<TAB>credit|-<TAB>domains<TAB>aliases`, lists
    /// `|`-separated, `#` lines are comments.
    public init(tsv: String) throws(CorroborateError) {
        var entries: [Outlet] = []
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            entries.append(try Self.entry(from: line, lineNumber: number + 1))
        }
        self.init(entries: entries)
    }

    private static func entry(from line: Substring, lineNumber: Int) throws(CorroborateError) -> Outlet {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard fields.count >= 4, let kind = Outlet.Kind(rawValue: fields[0]), !fields[1].isEmpty else {
            throw CorroborateError(.malformed, source: "outlets.tsv:\(lineNumber)", "expected kind, name, credit, domains")
        }
        func list(_ index: Int) -> [String] {
            index < fields.count ? fields[index].split(separator: "|").map(String.init).filter { !$0.isEmpty } : []
        }
        let credit = fields[2] == "-" || fields[2].isEmpty ? nil : fields[2]
        return Outlet(name: fields[1], credit: credit, domains: list(3), aliases: list(4), kind: kind)
    }
}
