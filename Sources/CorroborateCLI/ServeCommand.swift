import ArgumentParser
import CorroborateServer
import CorroborateStore
import Hummingbird

/// `corroborate serve`: the web app and JSON API over a stored history.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the stored stories: web pages and a JSON API (OpenAPI at /openapi.json)."
    )

    @OptionGroup var store: DatabaseOptions

    @Option(help: "The address to listen on; 0.0.0.0 for every interface. (default: 127.0.0.1)")
    var host = "127.0.0.1"

    @Option(help: "The TCP port to listen on. (default: 8080)")
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, not \(port).") }
        guard !host.isEmpty else { throw ValidationError("--host must not be empty.") }
    }

    func run() async throws {
        let app = buildApplication(ServerConfiguration(host: host, port: port), store: try await store.location.open())
        try await app.runService()
    }
}
