import ArgumentParser
import CorroborateEvaluation
import CorroborateExtraction
import Foundation

/// `corroborate eval extraction DIR`: body, title, author and date quality on WCXB or L3S-GN1.
struct EvalExtractionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Score HTML extraction on a WCXB or L3S-GN1 directory (detected by its layout)."
    )

    @Argument(help: "A data set directory: WCXB (html/ + ground-truth/) or L3S-GN1 (original/ + annotated/).")
    var directory: String

    @Option(help: "List the N pages with the lowest body F1 (default 0).")
    var failures = 0

    @Option(help: "Score only the first N pages (default: all).")
    var limit: Int?

    @Option(help: "Print the extracted article of page ID (a WCXB id or L3S UUID) beside its gold text, and stop.")
    var show: String?

    @Flag(help: "Print every date each WCXB page states, by source, beside the gold date (tab-separated), and stop.")
    var dates = false

    @Flag(help: "Print, for every WCXB page, each body paragraph (B), each removed piece with its reason (R:reason) and the gold text (G), tab-separated with line breaks escaped, and stop: the input for tallying lost and leaked tokens by cause.")
    var dump = false

    func validate() throws {
        guard failures >= 0 else { throw ValidationError("--failures must be 0 or more") }
        guard WCXBDataset.matches(url) || L3SDataset.matches(url) else {
            throw ValidationError("\(directory) has neither WCXB's layout (html/, ground-truth/) nor L3S-GN1's (original/, annotated/)")
        }
    }

    private var url: URL { URL(fileURLWithPath: directory) }

    func run() async throws {
        let extractor = HTMLExtractor()
        if let show {
            try showPage(show, extractor: extractor)
            return
        }
        if dates, WCXBDataset.matches(url) {
            try printDateCandidates(extractor: extractor)
            return
        }
        if dump, WCXBDataset.matches(url) {
            try printBlocks(extractor: extractor)
            return
        }
        if WCXBDataset.matches(url) {
            report(WCXBEvaluation(extractor: extractor, pages: try WCXBDataset.pages(in: url, limit: limit)))
        } else {
            report(L3SEvaluation(extractor: extractor, pages: try L3SDataset.pages(in: url, limit: limit)))
        }
    }

    private func report(_ result: WCXBEvaluation) {
        print("WCXB: \(result.pages.count) pages, \(result.errors) extraction errors")
        print("body      P \(f(result.precision))  R \(f(result.recall))  F1 \(f(result.f1))")
        print("snippets  with \(pct(result.withRate))  without \(pct(result.withoutRate)) (lower is better)")
        print("title     exact \(f(result.titleExact))  lenient \(f(result.titleLenient))")
        print("author    exact \(f(result.authorExact))  lenient \(f(result.authorLenient)) of \(result.authoredPages.count); invented on \(result.authorsInvented) of \(result.pages.count - result.authoredPages.count)")
        print("date      exact \(f(result.dateExact)) of \(result.datedPages.count); invented on \(result.datesInvented) of \(result.pages.count - result.datedPages.count) undated")
        guard failures > 0 else { return }
        print("\nworst pages by body F1:")
        for page in result.pages.sorted(by: { $0.score.f1 < $1.score.f1 }).prefix(failures) {
            print("  \(page.id)  F1 \(f(page.score.f1))  P \(f(page.score.precision))  R \(f(page.score.recall))  \(page.url)\(page.error.map { "  error: \($0)" } ?? "")")
        }
        print("\ndate misses (extracted / gold):")
        for page in result.pages.filter({ $0.predictedDate != $0.goldDate.map { String($0.prefix(10)) } }).prefix(failures) {
            print("  \(page.id)  \(page.predictedDate ?? "-") / \(page.goldDate ?? "-")  \(page.url)")
        }
        print("\ntitle misses (extracted / gold):")
        for page in result.pages.filter({ !$0.titleExact }).prefix(failures) {
            print("  \(page.id)  \(page.predictedTitle ?? "-") / \(page.goldTitle)")
        }
        print("\nauthor misses (extracted / gold):")
        for page in result.pages.filter({ $0.predictedAuthor != $0.goldAuthor }).prefix(failures) {
            print("  \(page.id)  \(page.predictedAuthor ?? "-") / \(page.goldAuthor ?? "-")")
        }
    }

    private func report(_ result: L3SEvaluation) {
        print("L3S-GN1: \(result.pages.count) pages, \(result.errors) extraction errors")
        print("body      P \(f(result.precision))  R \(f(result.recall))  F1 \(f(result.f1))")
        print("headline  exact \(f(result.headlineExact))  contained \(f(result.headlineContained))")
        print("leak      related \(f(result.relatedLeak)) (\(result.relatedPages) pages)  comments \(f(result.commentLeak)) (\(result.commentPages) pages)")
        print("          the gold body itself leaks related \(f(result.goldRelatedLeak))  comments \(f(result.goldCommentLeak)) (common words: the floor)")
        guard failures > 0 else { return }
        print("\nworst pages by body F1:")
        for page in result.pages.sorted(by: { $0.score.f1 < $1.score.f1 }).prefix(failures) {
            print("  \(page.id)  F1 \(f(page.score.f1))  P \(f(page.score.precision))  R \(f(page.score.recall))  \(page.url ?? "")")
        }
        print("\nworst pages by related + comment leak above the gold body's own (ours / gold):")
        let excess: (L3SEvaluation.PageResult) -> Double = {
            ($0.relatedLeak ?? 0) - ($0.goldRelatedLeak ?? 0) + ($0.commentLeak ?? 0) - ($0.goldCommentLeak ?? 0)
        }
        for page in result.pages.filter({ excess($0) > 0 }).sorted(by: { excess($0) > excess($1) }).prefix(failures) {
            let related = page.relatedLeak.map { "\(f($0)) / \(f(page.goldRelatedLeak ?? 0))" } ?? "-"
            let comments = page.commentLeak.map { "\(f($0)) / \(f(page.goldCommentLeak ?? 0))" } ?? "-"
            print("  \(page.id)  related \(related)  comments \(comments)  \(page.url ?? "")")
        }
    }

    private func printDateCandidates(extractor: HTMLExtractor) throws {
        for page in try WCXBDataset.pages(in: url, limit: limit) {
            let document = RawDocument(source: page.id, content: .html(page.html), hints: .init(url: page.url))
            guard let metadata = try? extractor.metadata(from: document) else { continue }
            let candidates = metadata.dateCandidates.map { "\($0.source)=\($0.date.day)" }
            print(([page.id, page.publishDate ?? "-", metadata.published?.day ?? "-"] + candidates).joined(separator: "\t"))
        }
    }

    private func printBlocks(extractor: HTMLExtractor) throws {
        func line(_ id: String, _ kind: String, _ text: String) {
            print([id, kind, text.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: " ")].joined(separator: "\t"))
        }
        for page in try WCXBDataset.pages(in: url, limit: limit) {
            let document = RawDocument(source: page.id, content: .html(page.html), hints: .init(url: page.url))
            guard let article = try? extractor.article(from: document) else { continue }
            line(page.id, "A", article.byline.joined(separator: "|"))
            for paragraph in article.body { line(page.id, "B", paragraph.text) }
            for piece in article.removed { line(page.id, "R:\(piece.reason.rawValue)", piece.text) }
            line(page.id, "G", page.mainContent)
        }
    }

    private func showPage(_ id: String, extractor: HTMLExtractor) throws {
        var html: [UInt8] = []
        var gold = ""
        var pageURL: String?
        if WCXBDataset.matches(url), let page = try WCXBDataset.pages(in: url).first(where: { $0.id == id }) {
            (html, gold, pageURL) = (page.html, page.mainContent, page.url)
            print("gold title: \(page.title) | author: \(page.author ?? "-") | date: \(page.publishDate ?? "-")")
        } else if let page = try L3SDataset.pages(in: url).first(where: { $0.id == id }) {
            (html, gold, pageURL) = (page.html, page.body, page.url)
            print("gold headline: \(page.headline)")
        }
        let article = try extractor.article(from: .init(source: id, content: .html(html), hints: .init(url: pageURL)))
        print("title: \(article.title ?? "-") | byline: \(article.byline) | date: \(article.published?.rawValue ?? "-") | outlet: \(article.outlet ?? "-") | lang: \(article.language ?? "-")")
        print("standfirst: \(article.standfirst ?? "-") | dateline: \(article.dateline ?? "-") \(article.agencies)")
        print("=== BODY")
        for paragraph in article.body { print("  | \(paragraph.text.prefix(300))") }
        print("=== REMOVED")
        for piece in article.removed.prefix(80) { print("  [\(piece.reason.rawValue)] \(piece.text.prefix(120))") }
        print("=== CAPTIONS \(article.captions.count)  COMMENTS \(article.comments.count)")
        for comment in article.comments.prefix(5) { print("  C: \(comment.prefix(120))") }
        print("=== GOLD")
        print(gold.prefix(3000))
    }

    private func f(_ value: Double) -> String { String(format: "%.3f", value) }
    private func pct(_ value: Double) -> String { String(format: "%.1f %%", value * 100) }
}
