import Foundation

/// JSON text of stored values, and decoding that names the table when a value is damaged.
enum StoredJSON {
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from text: String, table: String) throws -> Value {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw StoreError(.corruptValue, database: table, message: "a stored \(Value.self) cannot be decoded", cause: error)
        }
    }
}
