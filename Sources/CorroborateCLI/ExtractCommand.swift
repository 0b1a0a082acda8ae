import ArgumentParser
import CorroborateCore
import CorroborateExtraction
import CorroborateText

/// `corroborate extract INPUT...`: one clean Article per input article.
///
/// Exit status: 0 when at least one article was extracted, or when there were no problems at all;
/// 1 when every input failed (each failure is listed in the output and on standard error).
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract clean articles (body, removed boilerplate, metadata) from news pages, feeds, WARC and JSON lines.",
        discussion: """
            Problems (unreadable inputs and why) go to standard error and, in json and markdown output, into the \
            output. Exits with 1 only when nothing could be extracted and something went wrong.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let extractor = ArticleExtractor(configuration: ExtractionConfiguration(sentenceSplitter: ICUSentenceSplitter()))
        var writer = ArticleWriter(handle: try output.openOutput(), format: output.format)
        var progress = ProgressBar(enabled: !input.quiet)
        var problems: [Problem] = []
        var documents = 0, articles = 0
        writer.begin()
        for await result in input.documents {
            switch result {
            case .document(let document):
                documents += 1
                do {
                    try writer.write(try extractor.article(from: document))
                    articles += 1
                } catch let error as CorroborateError {
                    report(error.problem, into: &problems, progress: progress)
                }
            case .problem(let problem):
                report(problem, into: &problems, progress: progress)
            }
            progress.update(documents: documents, articles: articles, problems: problems.count)
        }
        progress.finish(documents: documents, articles: articles, problems: problems.count)
        try writer.end(problems: problems)
        if articles == 0 && !problems.isEmpty { throw ExitCode.failure }
    }

    private func report(_ problem: Problem, into problems: inout [Problem], progress: ProgressBar) {
        problems.append(problem)
        if !input.quiet { progress.print("problem: \(problem)") }
    }
}
