import CorroborateStore
import Foundation
import Testing

/// A backend the conformance suite runs against: a name and a factory of empty stores.
struct StoreBackend: Sendable, CustomTestStringConvertible {
    /// What the factory gives: an empty store, or why this backend cannot run here.
    enum Availability {
        case available(any ArticleStore)
        case unavailable(reason: String)
    }

    var name: String
    var makeEmptyStore: @Sendable () async throws -> Availability

    var testDescription: String { name }

    /// An empty store, or nil after printing why the backend is skipped.
    func emptyStore() async throws -> (any ArticleStore)? {
        switch try await makeEmptyStore() {
        case .available(let store): return store
        case .unavailable(let reason):
            print("skipped on \(name): \(reason)")
            return nil
        }
    }
}

/// Every backend of the conformance suite. Adding a backend is one line here.
enum StoreBackends {
    static let all: [StoreBackend] = [.sqlite]
}

extension StoreBackend {
    /// SQLite in a fresh temporary file.
    static let sqlite = StoreBackend(name: "SQLite") {
        .available(try SQLiteStore(path: TemporaryDirectory.make().appendingPathComponent("store.sqlite").path))
    }
}

/// Fresh directories under the system temporary directory.
enum TemporaryDirectory {
    static func make() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("corroborate-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
