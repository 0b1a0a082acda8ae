import ArgumentParser
import CorroborateCore
import CorroborateEvaluation
import CorroborateExtraction
import CorroborateText
import Foundation

/// `corroborate eval entities GOLD...`: entity recognition scores against hand-annotated gold files.
struct EvalEntitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Score entities against gold TSV files: name-form and entity P/R/F1 (by kind), kind accuracy, B-cubed alias clustering, role references and roles.",
        discussion: "Gold files: Examples/entities-gold/dev.tsv and heldout.tsv (format in its README.md). Each file is scored on its own."
    )

    @Argument(help: "Gold TSV files, e.g. Examples/entities-gold/dev.tsv.")
    var gold: [String]

    @Option(help: "The shared folder the gold documents are relative to. Default: ../shared.")
    var shared: String = "../shared"

    @Option(help: "Print up to this many errors (missed, spurious, wrong kind, wrong reference) per file. Default 0.")
    var failures: Int = 0

    func validate() throws {
        guard !gold.isEmpty else { throw ValidationError("give at least one gold file") }
        guard failures >= 0 else { throw ValidationError("--failures must be 0 or more") }
    }

    func run() async throws {
        let recognizer = try EntityRecognizer.bundled()
        let extractor = ArticleExtractor(configuration: ExtractionConfiguration(sentenceSplitter: ICUSentenceSplitter()))
        for path in gold {
            let entities = try EntityGold.entities(in: URL(fileURLWithPath: path))
            var scores = EntityScores()
            for (document, goldEntities) in Self.grouped(entities) {
                let text = try EntityDocumentText.text(of: document, under: URL(fileURLWithPath: shared), extractor: extractor)
                let system = recognizer.entities(in: TextDocument(text: text))
                scores.add(system: system, gold: goldEntities, in: text, document: document.split(separator: "/").last.map(String.init) ?? document)
            }
            scores.failures.prefix(failures).forEach { print($0) }
            print(EntityReport(name: path, scores: scores).lines.joined(separator: "\n"))
        }
    }

    static func grouped(_ entities: [GoldEntity]) -> [(String, [GoldEntity])] {
        var order: [String] = [], byDocument: [String: [GoldEntity]] = [:]
        for entity in entities {
            if byDocument[entity.document] == nil { order.append(entity.document) }
            byDocument[entity.document, default: []].append(entity)
        }
        return order.map { ($0, byDocument[$0] ?? []) }
    }
}
