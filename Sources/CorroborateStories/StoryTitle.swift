import CorroborateCore
import Foundation

/// A short neutral title for a story: the article title whose content words the story's other
/// articles carry best (in their titles or their text), so a consensus headline wins over a site
/// name, a section label or a page-furniture title that extraction could not improve
/// ("cbs4denver.com", "SFGate: Daily Dish", "BBC SPORT | library -->"). Without trailing
/// punctuation; "Untitled story" when no article has a title.
enum StoryTitle {
    /// Titles with fewer content words than this count as less informative.
    static let informativeWords = 4

    static func title(for articles: [Article], tokenizer: TermTokenizer) -> String {
        title(for: articles.map { ($0, $0.bodyText) }, tokenizer: tokenizer)
    }

    /// The title of articles given with their body text (a compact ``StoryInput`` keeps the text
    /// in its annotations, not in its article).
    static func title(for pages: [(article: Article, text: String)], tokenizer: TermTokenizer) -> String {
        let titledPages = pages.filter { !($0.article.title ?? "").isEmpty }
        let titled = titledPages.map(\.article)
        guard let first = titled.first?.title else { return "Untitled story" }
        let titleTerms = titled.map { Set(tokenizer.terms(in: $0.title ?? "")) }
        let carried = titled.indices.map { titleTerms[$0].union(tokenizer.terms(in: titledPages[$0].text)) }
        var best: (index: Int, score: Double, shared: Int)?
        for (index, article) in titled.enumerated() where !titleTerms[index].isEmpty {
            let words = titleTerms[index]
            let others = titled.count > 1 ? titled.indices.filter { $0 != index } : [index]
            let shared = others.reduce(0) { $0 + words.intersection(carried[$1]).count }
            let support = Double(shared) / Double(words.count * others.count)
            let informative = Double(min(words.count, informativeWords)) / Double(informativeWords)
            let score = support * (0.5 + 0.5 * informative) * (looksLikeFurniture(article) ? 0.5 : 1)
            if best.map({ score > $0.score || (score == $0.score && shared > $0.shared) }) ?? true {
                best = (index, score, shared)
            }
        }
        let title = best.map { titled[$0.index].title ?? first } ?? first
        return title.trimmingCharacters(in: CharacterSet(charactersIn: " !?.:"))
    }

    /// A title that reads as page furniture: it names its outlet, opens with a domain name
    /// ("ContraCostaTimes.com - ..."), or holds markup remnants or navigation separators.
    static func looksLikeFurniture(_ article: Article) -> Bool {
        let title = (article.title ?? "").lowercased()
        if let outlet = article.outlet?.lowercased(), outlet.count >= 4, title.contains(outlet) { return true }
        if let first = title.split(separator: " ").first, isDomain(first) { return true }
        return furnitureMarks.contains { title.contains($0) }
    }

    private static let furnitureMarks = ["-->", "<!--", "=>", "::", " > ", " | ", " :: "]

    /// "cbs4denver.com", "www.example.org": letters, digits, dots and hyphens ending in a common
    /// top-level domain.
    static func isDomain(_ word: Substring) -> Bool {
        let allowed = word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
        return allowed && word.contains(".") && domainEndings.contains { word.hasSuffix($0) }
    }

    private static let domainEndings = [".com", ".net", ".org", ".co.uk", ".com.au", ".ca", ".in"]
}
