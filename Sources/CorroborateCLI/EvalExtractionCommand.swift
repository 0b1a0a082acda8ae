import ArgumentParser

/// (Stub, to be built.)
struct EvalExtractionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extraction", abstract: "(not built yet)")

    func run() async throws {
        throw ValidationError("not built yet")
    }
}
