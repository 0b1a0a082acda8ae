import ArgumentParser
import CorroborateStore

/// The `--database` flag shared by the commands that use the store (ingest, serve).
struct DatabaseOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The store: a SQLite file path (created when missing) or a postgres://user@host:port/db URL. (default: ./corroborate.sqlite)",
        valueName: "path-or-url"))
    var database: String = "./corroborate.sqlite"

    /// The store location this flag names.
    var location: StoreLocation { StoreLocation(database) }
}
