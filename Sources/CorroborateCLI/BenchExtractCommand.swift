import ArgumentParser

/// (Stub, to be built.)
struct BenchExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "(not built yet)")

    func run() async throws {
        throw ValidationError("not built yet")
    }
}
