import ArgumentParser

/// (Stub, to be built.)
struct EvalAttributionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "attribution", abstract: "(not built yet)")

    func run() async throws {
        throw ValidationError("not built yet")
    }
}
