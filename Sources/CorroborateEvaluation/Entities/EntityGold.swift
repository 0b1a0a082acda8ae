import CorroborateCore
import Foundation

/// One hand-annotated entity of one document: its kind, its fullest name, every surface form
/// written in the document, and its roles.
public struct GoldEntity: Sendable, Hashable {
    /// The document, relative to the shared folder: "examples/kremlin-call/000_….txt",
    /// "data/extraction/l3s-gn1-dev/UUID" (an L3S-GN1 page: headline and body) or
    /// "data/stance/fnc1-train/train_bodies.csv#ID" (an FNC-1 body).
    public var document: String
    public var kind: EntityKind
    public var name: String
    /// Surface forms as written: names ("Dmitry Peskov", "Peskov") and role references, whose last
    /// word has no capital letter ("the Russian president").
    public var aliases: [String]
    public var roles: [String]
}

/// Reads the entity gold files of `Examples/entities-gold/`: tab-separated lines
/// `document, kind, name, aliases (|), roles (|)`; `#` lines are comments.
public enum EntityGold {
    /// Every entity of the file at `url`, in file order.
    public static func entities(in url: URL) throws(CorroborateError) -> [GoldEntity] {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw CorroborateError(.unreadable, source: url.path, "cannot read the entity gold file", cause: error)
        }
        var entities: [GoldEntity] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty, !line.hasPrefix("#") else { continue }
            entities.append(try entity(line, at: "\(url.lastPathComponent):\(number + 1)"))
        }
        return entities
    }

    static func entity(_ line: Substring, at location: String) throws(CorroborateError) -> GoldEntity {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count >= 4, let kind = EntityKind(rawValue: fields[1]) else {
            throw CorroborateError(.invalidArgument, source: location, "expected document, kind, name, aliases[, roles] with a known kind")
        }
        let aliases = list(fields[3]), roles = fields.count > 4 ? list(fields[4]) : []
        return GoldEntity(document: fields[0], kind: kind, name: fields[2], aliases: aliases.isEmpty ? [fields[2]] : aliases, roles: roles)
    }

    private static func list(_ field: String) -> [String] {
        field.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
