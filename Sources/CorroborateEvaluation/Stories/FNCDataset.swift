import CorroborateCore
import Foundation

/// An FNC-1 split as `../shared/data/stance/fnc1-train/README.md` describes it: any directory with
/// one `*bodies.csv` and one `*stances.csv`, and optionally `story_clusters.csv`.
public struct FNCDataset: Sendable {
    /// One headline/body pair with its gold stance (nil when the file has no Stance column).
    public struct Pair: Sendable, Hashable {
        public var headline: String
        public var bodyID: String
        public var stance: String?
    }

    /// Body texts by Body ID, in file order.
    public var bodies: [(id: String, text: String)]
    public var pairs: [Pair]
    /// Gold story id per Body ID, when `story_clusters.csv` is present.
    public var stories: [String: String]

    /// Loads the split in `directory`.
    public init(directory: String) throws(CorroborateError) {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        guard let bodiesFile = files.first(where: { $0.hasSuffix("bodies.csv") }),
              let stancesFile = files.first(where: { $0.hasSuffix("stances.csv") })
        else {
            throw CorroborateError(.missingResource, source: directory, "no *bodies.csv and *stances.csv here")
        }
        let bodyTable = try Self.table(directory, bodiesFile)
        bodies = bodyTable.records.compactMap { record in
            guard let id = record["Body ID"], let text = record["articleBody"] else { return nil }
            return (id, text)
        }
        pairs = try Self.table(directory, stancesFile).records.compactMap { record in
            guard let headline = record["Headline"], let id = record["Body ID"] else { return nil }
            return Pair(headline: headline, bodyID: id, stance: record["Stance"])
        }
        stories = [:]
        if files.contains("story_clusters.csv") {
            for record in try Self.table(directory, "story_clusters.csv").records {
                if let id = record["Body ID"], let story = record["story"] { stories[id] = story }
            }
        }
    }

    private static func table(_ directory: String, _ name: String) throws(CorroborateError) -> CSVTable {
        let path = (directory as NSString).appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CorroborateError(.unreadable, source: path, "cannot read the file")
        }
        return CSVTable(parsing: String(decoding: data, as: UTF8.self))
    }
}
