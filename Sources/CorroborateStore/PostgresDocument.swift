import CorroborateCore
import Foundation

/// Records stored whole as their spec JSON (a `text` column: JSON escapes every character,
/// U+0000 included, which PostgreSQL text and jsonb refuse).
enum PostgresDocument {
    static func encode<Value: Encodable>(_ value: Value, id: String) throws -> String {
        do {
            return String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        } catch {
            throw CorroborateError(.malformed, source: id, "cannot encode for the database", cause: error)
        }
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from document: String, id: String) throws -> Value {
        do {
            return try JSONDecoder().decode(type, from: Data(document.utf8))
        } catch {
            throw CorroborateError(.malformed, source: id, "stored document does not decode", cause: error)
        }
    }

    /// `text` without U+0000, which PostgreSQL text values cannot hold.
    static func searchable(_ text: String) -> String {
        text.contains("\u{0}") ? text.replacingOccurrences(of: "\u{0}", with: " ") : text
    }
}
