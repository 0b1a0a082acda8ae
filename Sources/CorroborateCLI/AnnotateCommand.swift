import ArgumentParser
import CorroborateCore
import CorroborateExtraction
import CorroborateReports
import CorroborateText
import Foundation

/// `corroborate annotate INPUT...`: one AnnotatedArticle JSON line per input article
/// (`shared/spec/annotations.md`): sentences, mentions, quotes, timexes and citations, all as
/// Unicode scalar offsets into `text`.
struct AnnotateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate articles: sentences, entity mentions, quotes, dates and citations, as JSON lines.",
        discussion: """
            Without --raw, inputs are read and extracted like `corroborate extract` (pages, feeds, WARC, JSON \
            lines) and `text` is the body paragraphs joined by a blank line. With --raw, each input file is the \
            article text itself and `text` is its exact content.
            """
    )

    /// Output formats (one for now).
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl
    }

    @Argument(help: ArgumentHelp("Files, directories (read recursively), glob patterns, or - for standard input.", valueName: "input"))
    var inputs: [String]

    @Option(help: "Output format: jsonl, one JSON object per article per line. (default: jsonl)")
    var format: Format = .jsonl

    @Flag(help: "Each input file is the article text (UTF-8): skip extraction; offsets index the file directly.")
    var raw = false

    @Option(help: ArgumentHelp(
        "Publication date to resolve relative dates against (YYYY-MM-DD); overrides what extraction found. (default: none)",
        valueName: "YYYY-MM-DD"))
    var published: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .shortAndLong, help: "No problem lines on standard error.")
    var quiet = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("Give at least one input (a file, a directory, a glob or -).") }
        if let published, PublicationDate(published)?.rawValue.count != 10 {
            throw ValidationError("--published must be a day, YYYY-MM-DD (got \(published)).")
        }
    }

    func run() async throws {
        let publication = published.flatMap(PublicationDate.init)
        let handle = try openOutput()
        var writer = AnnotationWriter(handle: handle)
        let pipeline = AnnotationPipeline.standard
        var written = 0, problems = 0
        let articles = raw ? RawArticles(inputs: inputs, published: publication).all() : await extractedArticles(published: publication)
        for item in articles {
            switch item {
            case .article(let article, let text):
                try writer.write(pipeline.annotatedArticle(article, text: text, referenceDay: publication?.calendarDay))
                written += 1
            case .problem(let problem):
                problems += 1
                if !quiet { StandardError.write("problem: \(problem)\n") }
            }
        }
        if written == 0 && problems > 0 { throw ExitCode.failure }
    }

    /// Articles extracted from every input, with `published` overriding the extracted date.
    func extractedArticles(published: PublicationDate?) async -> [AnnotationInput] {
        let extractor = ArticleExtractor(configuration: ExtractionConfiguration(sentenceSplitter: ICUSentenceSplitter()))
        var result: [AnnotationInput] = []
        for await item in DocumentReader(inputs: inputs) {
            switch item {
            case .document(let document):
                do {
                    var article = try extractor.article(from: document)
                    if let published { article.published = published }
                    result.append(.article(article, text: nil))
                } catch {
                    result.append(.problem(error.problem))
                }
            case .problem(let problem):
                result.append(.problem(problem))
            }
        }
        return result
    }

    func openOutput() throws -> FileHandle {
        guard let output else { return FileHandle.standardOutput }
        return try OutputFile.openInPlace(output)
    }
}

/// One article to annotate (with the exact text to use under `--raw`), or a problem to report.
enum AnnotationInput {
    case article(Article, text: String?)
    case problem(Problem)
}

/// Writes annotated articles as JSON lines.
struct AnnotationWriter {
    let handle: FileHandle
    let encoder: JSONEncoder

    init(handle: FileHandle) {
        self.handle = handle
        encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
    }

    mutating func write(_ annotated: AnnotatedArticle) throws {
        var line = try encoder.encode(annotated)
        line.append(0x0A)
        handle.write(line)
    }
}
