import ArgumentParser
import CorroborateCore
import CorroborateReports
import CorroborateExtraction
import CorroborateStore
import CorroborateStories
import Foundation

/// `corroborate analyze INPUT...`: the brief of `shared/spec/brief.md` - articles extracted,
/// annotated, clustered into stories and reconciled across outlets.
///
/// Exit status: 0 when at least one article was read (problems are listed in the brief and on
/// standard error), 1 when nothing could be read.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Cluster coverage into stories and reconcile outlets: claims, quotes, agreements, discrepancies, timeline.",
        discussion: """
            Reads any mix of inputs (pages, page text, feeds, WARC, JSON lines) and writes one brief. Markdown is \
            the default on a terminal, JSON otherwise.
            """
    )

    /// Brief formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json, html
    }

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Output format: markdown, json (the spec's brief) or html (one self-contained page). (default: markdown on a terminal, else json)")
    var format: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: "Articles annotated and stories reconciled at once. (default: the machine's cores)")
    var workers: Int?

    func validate() throws {
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1.") }
    }

    func run() async throws {
        let analysis = CoverageAnalysis.standard(reader: input.readerConfiguration)
        let workers = workers ?? ProcessInfo.processInfo.activeProcessorCount
        let chosen = format ?? (output == nil && isatty(STDOUT_FILENO) != 0 ? .markdown : .json)
        let destination = try BriefDestination(path: output)
        let brief: any BriefStream = switch chosen {
        case .json: JSONBriefStream(writer: BriefJSONWriter(sink: destination.write))
        case .markdown: PageBriefStream.markdown(BriefMarkdown(style: terminalStyle), sink: destination.write)
        case .html: PageBriefStream.html(BriefHTML(), sink: destination.write)
        }
        let spill: StoryInputSpillFile
        do {
            spill = try StoryInputSpillFile()
        } catch {
            destination.discard()
            throw error
        }
        defer { spill.close() }
        try await stream(with: analysis, workers: workers, to: brief, spill: spill, destination: destination)
    }

    /// The brief as a stream: each article is handed to `brief` as soon as it is extracted, and
    /// its compact story input and clustering key go to `spill` once annotated (only its id and day
    /// stay in memory, with the document frequencies of all terms); then
    /// the stories are built from the spill and written one by one, in brief order (the same
    /// bytes as rendering the whole brief at once).
    private func stream(
        with analysis: CoverageAnalysis, workers: Int, to brief: some BriefStream, spill: StoryInputSpillFile,
        destination: BriefDestination
    ) async throws {
        var brief = brief
        var progress = ProgressBar(enabled: !input.quiet)
        var problems: [Problem] = [], documents = 0, articles = 0
        var results = analysis.documents(input.inputs).makeAsyncIterator()
        do {
            let inputs = try await analysis.spilledInputs(workers: workers, keepingParagraphs: BriefHTML.leadParagraphs, spill: spill) {
                while let result = await results.next() {
                    if result.document != nil { documents += 1 }
                    switch analysis.article(from: result) {
                    case .success(let article):
                        try brief.add(article)
                        articles += 1
                        progress.update(documents: documents, articles: articles, problems: problems.count)
                        return article
                    case .failure(let problem):
                        problems.append(problem)
                        if !input.quiet { progress.print("problem: \(problem)") }
                        progress.update(documents: documents, articles: articles, problems: problems.count)
                    }
                }
                return nil
            }
            progress.finish(documents: documents, articles: articles, problems: problems.count)
            let plan = try analysis.storyPlan(of: inputs, spill: spill)
            try brief.startStories(
                count: plan.count, articles: articles, generatedAt: ISO8601DateFormatter().string(from: Date()), problems: problems)
            try await analysis.stories(of: plan, spill: spill, workers: workers) { story, inputs in
                let byID = Dictionary(inputs.map { ($0.article.id, $0.article) }, uniquingKeysWith: { first, _ in first })
                try brief.add(story, articles: byID)
            }
            try brief.finish()
            try destination.commit()
        } catch {
            destination.discard()
            throw error
        }
        if articles == 0 && !problems.isEmpty { throw ExitCode.failure }
    }

    /// Colour only when writing to a terminal and NO_COLOR (https://no-color.org) is not set.
    private var terminalStyle: TerminalStyle {
        let terminal = output == nil && isatty(STDOUT_FILENO) != 0
        return TerminalStyle(enabled: terminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    }
}
