import ArgumentParser

/// The `corroborate` command: news coverage in, what is confirmed and disputed out.
@main
struct Corroborate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corroborate",
        abstract: "Reads news coverage from many outlets and reports, story by story, who said what.",
        subcommands: []
    )
}
