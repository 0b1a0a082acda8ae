import ArgumentParser

/// (Stub, to be built.)
struct BenchEmbedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "embed", abstract: "(not built yet)")

    func run() async throws {
        throw ValidationError("not built yet")
    }
}
