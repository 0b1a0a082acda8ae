import CorroborateCore

extension PostgresStore {
    /// Where a ``PostgresStore`` connects and how: server, credentials, database and schema.
    public struct Configuration: Sendable, Hashable {
        /// Whether the connection uses TLS.
        public enum TLSMode: String, Sendable, Hashable, CaseIterable {
            /// Plain TCP (the default: loopback and private networks).
            case disable
            /// TLS with full certificate verification; fails when the server has none.
            case require
        }

        public var host: String
        public var port: Int
        public var username: String
        public var password: String?
        public var database: String
        /// The schema holding Corroborate's tables; nil means the server's default (`public`).
        /// Created when missing. Letters, digits and underscores only.
        public var schema: String?
        public var tls: TLSMode
        /// Connections kept open at most (each ingest worker and request holds one at a time).
        public var maximumConnections: Int

        public init(
            host: String = "127.0.0.1", port: Int = 5432, username: String, password: String? = nil,
            database: String, schema: String? = nil, tls: TLSMode = .disable, maximumConnections: Int = 8
        ) {
            self.host = host
            self.port = port
            self.username = username
            self.password = password
            self.database = database
            self.schema = schema
            self.tls = tls
            self.maximumConnections = maximumConnections
        }

        /// The URL without the password, for messages and logs.
        public var displayURL: String {
            let schemaPart = schema.map { "?schema=\($0)" } ?? ""
            return "postgres://\(username)@\(host):\(port)/\(database)\(schemaPart)"
        }

        /// True when `name` can be used as a schema name without quoting: `[A-Za-z_][A-Za-z0-9_]*`, at most 63 bytes.
        public static func isValidSchemaName(_ name: String) -> Bool {
            guard let first = name.utf8.first, name.utf8.count <= 63 else { return false }
            func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) || byte == 95 }
            return isLetter(first) && name.utf8.allSatisfy { isLetter($0) || (48...57).contains($0) }
        }
    }
}
