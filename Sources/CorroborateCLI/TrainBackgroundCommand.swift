import ArgumentParser
import CorroborateEvaluation
import CorroborateStories
import Foundation

/// `corroborate train background --output FILE`: counts the document frequencies of story terms
/// over general news text (WCXB's gold article bodies, CC-BY-4.0; optionally PolNeAR's train split), the background
/// a small batch's own frequencies are mixed with when clustering (`BackgroundFrequencies`).
struct TrainBackgroundCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "background",
        abstract: "Count the background document frequencies of story terms and write them as TSV.",
        discussion: "The committed Sources/CorroborateStories/Resources/background-frequencies.tsv is this command's output "
            + "with the default settings. It holds hashed terms and counts only, no text. Never count FNC-1 (the clustering eval set)."
    )

    @Option(help: "Also count this extracted PolNeAR folder's train split (holds metadata.tsv, train/; no licence stated, so not in the bundled table). (default: none)")
    var polnear: String?

    @Option(help: "The WCXB article set (holds ground-truth/, html/); each page's gold title and main text is counted.")
    var wcxb: String = "../shared/data/extraction/wcxb-articles-dev"

    @Option(help: "Keep the terms in at least this many documents (rarer ones read as in none).")
    var minimumFrequency: Int32 = 3

    @Option(help: "Where to write the table (TSV). (default: none, only the counts are printed)")
    var output: String?

    func run() async throws {
        let tokenizer = TermTokenizer.english()
        let articles = try polnear.map { try PolNeARCorpus.articles(in: URL(fileURLWithPath: $0), split: "train").map(\.text) } ?? []
        let pages = try WCXBDataset.pages(in: URL(fileURLWithPath: wcxb)).map { [$0.title, $0.mainContent].joined(separator: "\n") }
        let table = BackgroundFrequencies(counting: (articles + pages).map { tokenizer.terms(in: $0) }, minimumFrequency: minimumFrequency)
        let sources = (articles.isEmpty ? [] : ["\(articles.count) PolNeAR train articles (no licence stated: derived counts only) and"])
            + ["\(pages.count) WCXB dev article bodies (CC-BY-4.0, M. Foley, WCXB 2026). Hashed terms and counts only, no text."]
        let header = [
            "Background document frequencies of story terms (TermTokenizer.english, FNV-1a hashes): corroborate train background",
            "--minimum-frequency \(minimumFrequency)" + (polnear == nil ? "" : " --polnear ...") + ". Counted over:",
        ] + sources
        let text = table.tsv(header: header)
        print("documents \(table.documents), terms kept \(table.frequencies.count) (in at least \(minimumFrequency)), \(text.utf8.count) bytes")
        if let output { try text.writeOutput(toPath: output) }
    }
}
