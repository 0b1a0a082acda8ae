import ArgumentParser

/// (Stub, to be built.)
struct EvalDatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dates", abstract: "(not built yet)")

    func run() async throws {
        throw ValidationError("not built yet")
    }
}
