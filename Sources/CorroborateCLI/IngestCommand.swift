import ArgumentParser
import CorroborateStore
import CorroborateStories
import Foundation

/// `corroborate ingest INPUT...`: stores articles and keeps stories up to date in the store.
///
/// Exit status: 0 when the queue was worked through (problems are stored and counted), 1 when the
/// store cannot be opened or written.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store articles from any inputs and update the stories they belong to.",
        discussion: """
            Each input file is one unit of work, stored with its articles and problems in one transaction: an \
            interrupted ingest (Ctrl-C, kill -9, power loss) run again loses nothing committed and duplicates \
            nothing. Articles are keyed by content hash. Several ingests on one database share the queue.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var database: DatabaseOptions

    @Option(help: "Concurrent extraction tasks.")
    var workers = 1

    @Option(help: ArgumentHelp("How long a claimed input stays claimed without a heartbeat, in seconds; a crashed worker's inputs are taken again after it (at once when it ran on this host and its process is gone). A run that waits for another worker's lease says so on standard error.", valueName: "seconds"))
    var lease = 60

    @Option(help: "New articles between story updates.")
    var storyBatch = 500

    func validate() throws {
        guard workers >= 1 else { throw ValidationError("--workers must be at least 1.") }
        guard lease >= 1 else { throw ValidationError("--lease must be at least 1 (second).") }
        guard storyBatch >= 1 else { throw ValidationError("--story-batch must be at least 1.") }
    }

    func run() async throws {
        let store = try await database.location.open()
        var settings = Ingest.Configuration()
        settings.workers = workers
        settings.lease = .seconds(lease)
        settings.storyBatch = storyBatch
        let ingest = Ingest.keepingVectors(
            store: store, reader: input.readerConfiguration, meaning: SentenceMeaning.installed(), configuration: settings)
        let display = IngestDisplay(enabled: !input.quiet)
        let quiet = input.quiet
        let summary = try await ingest.run(inputs: input.inputs, problem: { problem in
            if !quiet { display.report(problem) }
        }, notice: { message in
            if !quiet { display.notice(message) }
        }, progress: { display.update($0) })
        display.finish(summary.progress)
        print(report(summary))
    }

    private func report(_ summary: IngestSummary) -> String {
        let counts = summary.progress
        return """
            ingested \(counts.unitsDone) inputs into \(database.location)\
            \(summary.alreadyIngested > 0 ? " (\(summary.alreadyIngested) already ingested before)" : "")
            articles: \(counts.newArticles) new, \(counts.storedBefore) already stored, \(summary.storedArticles) in the store
            stories: \(summary.storedStories) in the store, \(counts.storiesSaved) briefs saved
            problems: \(counts.problems)
            """
    }
}
