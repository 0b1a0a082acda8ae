import CorroborateCore
import Testing

@testable import CorroborateStore

@Suite struct PostgresStoreConfigurationTests {
    @Test(arguments: [
        ("postgres://corroborate:secret@127.0.0.1:5433/news", "127.0.0.1", 5433, "corroborate", "secret", "news"),
        ("postgresql://reader@db.example.org/archive", "db.example.org", 5432, "reader", nil, "archive"),
        ("postgres://us%40er:p%2Fss@localhost/my%20db", "localhost", 5432, "us@er", "p/ss", "my db"),
    ] as [(String, String, Int, String, String?, String)])
    func readsURL(url: String, host: String, port: Int, user: String, password: String?, database: String) throws {
        let configuration = try PostgresStore.Configuration(url: url)
        #expect(configuration.host == host)
        #expect(configuration.port == port)
        #expect(configuration.username == user)
        #expect(configuration.password == password)
        #expect(configuration.database == database)
    }

    @Test func readsSchemaAndTLS() throws {
        let configuration = try PostgresStore.Configuration(url: "postgres://u@h/d?schema=desk_2&sslmode=require")
        #expect(configuration.schema == "desk_2")
        #expect(configuration.tls == .require)
    }

    @Test(arguments: [
        "http://u@h/d", "postgres://h/d", "postgres://u@h/", "postgres://u@h/d?schema=a;drop",
        "postgres://u@h/d?sslmode=verify-ca", "corroborate.sqlite",
    ])
    func rejectsMalformedURL(url: String) {
        #expect(throws: CorroborateError.self) { try PostgresStore.Configuration(url: url) }
    }

    @Test func displayURLHidesPassword() throws {
        let configuration = try PostgresStore.Configuration(url: "postgres://u:secret@h:5432/d")
        #expect(!configuration.displayURL.contains("secret"))
    }

    @Test(arguments: [("postgres://u@h/d", true), ("POSTGRESQL://u@h/d", true), ("./corroborate.sqlite", false)])
    func recognisesPostgresURL(text: String, isPostgres: Bool) {
        #expect(PostgresStore.Configuration.isPostgresURL(text) == isPostgres)
    }
}
