import ArgumentParser
import CorroborateCore
import CorroborateReports
import CorroborateExtraction
import CorroborateStore
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
        guard chosen != .json else { return try await streamJSON(with: analysis, workers: workers) }
        let (articles, problems) = await readArticles(with: analysis)
        let brief = await analysis.brief(
            articles: articles, problems: problems, generatedAt: ISO8601DateFormatter().string(from: Date()),
            workers: workers)
        try write(brief, as: chosen)
        if articles.isEmpty && !problems.isEmpty { throw ExitCode.failure }
    }

    /// The JSON brief as a stream: each article is written out as soon as it is extracted and only
    /// its compact story input is kept, then the stories follow (the same bytes as encoding the
    /// whole brief at once).
    private func streamJSON(with analysis: CoverageAnalysis, workers: Int) async throws {
        let destination = try BriefDestination(path: output)
        var writer = BriefJSONWriter(sink: destination.write)
        var progress = ProgressBar(enabled: !input.quiet)
        var problems: [Problem] = [], documents = 0, articles = 0
        var results = analysis.documents(input.inputs).makeAsyncIterator()
        do {
            let inputs = try await analysis.compactInputs(workers: workers) {
                while let result = await results.next() {
                    if result.document != nil { documents += 1 }
                    switch analysis.article(from: result) {
                    case .success(let article):
                        try writer.add(article)
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
            try writer.finishArticles(generatedAt: ISO8601DateFormatter().string(from: Date()), problems: problems)
            for story in await analysis.stories(of: inputs, workers: workers) { try writer.add(story) }
            try writer.finish()
            try destination.commit()
        } catch {
            destination.discard()
            throw error
        }
        if articles == 0 && !problems.isEmpty { throw ExitCode.failure }
    }

    private func readArticles(with analysis: CoverageAnalysis) async -> ([Article], [Problem]) {
        var progress = ProgressBar(enabled: !input.quiet)
        var articles: [Article] = [], problems: [Problem] = []
        var documents = 0
        for await result in analysis.documents(input.inputs) {
            if result.document != nil { documents += 1 }
            switch analysis.article(from: result) {
            case .success(let article):
                articles.append(article)
            case .failure(let problem):
                problems.append(problem)
                if !input.quiet { progress.print("problem: \(problem)") }
            }
            progress.update(documents: documents, articles: articles.count, problems: problems.count)
        }
        progress.finish(documents: documents, articles: articles.count, problems: problems.count)
        return (articles, problems)
    }

    /// Colour only when writing to a terminal and NO_COLOR (https://no-color.org) is not set.
    private var terminalStyle: TerminalStyle {
        let terminal = output == nil && isatty(STDOUT_FILENO) != 0
        return TerminalStyle(enabled: terminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    }

    private func write(_ brief: Brief, as format: Format) throws {
        let text: String
        switch format {
        case .markdown: text = BriefMarkdown(style: terminalStyle).render(brief)
        case .html: text = BriefHTML().render(brief)
        case .json: text = String(decoding: try BriefJSONWriter.encoder().encode(brief), as: UTF8.self) + "\n"
        }
        if let output {
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
