import ArgumentParser

/// (Stub, to be built.)
struct BenchAnnotateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "annotate", abstract: "(not built yet)")

    func run() async throws {
        throw ValidationError("not built yet")
    }
}
