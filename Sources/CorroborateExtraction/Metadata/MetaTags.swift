/// The facts a page states in its markup: `<meta>` tags, `<title>`, `<h1>`, `<link rel>`, `<html lang>`,
/// JSON-LD blocks and `<time>` elements, gathered in one pass over the tree.
struct MetaTags {
    /// Meta values by lower-cased `name`, `property` or `itemprop`, in page order.
    var meta: [String: [String]] = [:]
    var titleElement: String?
    /// `<h1>` texts with their node index, in page order.
    var headings: [(node: Int, text: String)] = []
    var canonical: String?
    var htmlLanguage: String?
    var jsonLD: [String] = []
    /// `datetime` values of `<time>` elements with their node index.
    var times: [(node: Int, value: String)] = []
    /// `itemprop=datePublished` values (content or datetime attribute, else text).
    var itempropDates: [String] = []
    /// Texts of elements marked as authors (`rel=author`, `itemprop=author`, byline classes).
    var authorTexts: [String] = []
    /// Texts of elements marked as a standfirst/dek.
    var dekTexts: [String] = []

    /// Class values already classified as (byline, dek).
    private var classMemo: [String: (byline: Bool, dek: Bool)] = [:]

    init(document: HTMLDocument) {
        for index in document.nodes.indices where !document.nodes[index].isText {
            read(document.nodes[index], index: index, in: document)
        }
    }

    private mutating func classify(_ value: String?) -> (byline: Bool, dek: Bool) {
        guard let value else { return (false, false) }
        if let known = classMemo[value] { return known }
        let names = HTMLVocabulary.names(in: value)
        let result = (names.contains { MetaTags.bylineClasses.contains($0) }, names.contains { MetaTags.dekClasses.contains($0) })
        classMemo[value] = result
        return result
    }

    /// The first value of meta `key`, trimmed, when non-empty.
    func first(_ key: String) -> String? {
        meta[key]?.lazy.map { $0.trimmingWhitespace() }.first { !$0.isEmpty }
    }

    private mutating func read(_ node: HTMLDocument.Node, index: Int, in document: HTMLDocument) {
        switch node.name {
        case "meta":
            guard let content = node.attribute("content") else { return }
            for key in ["name", "property", "itemprop", "http-equiv"] {
                guard let name = node.attribute(key)?.lowercased() else { continue }
                meta[name, default: []].append(content)
                // JSON-LD set as a meta tag's content (Next.js `metadata.other`): `<meta name="script:ld+json"
                // content="{&quot;@type&quot;:&quot;Article&quot;, ...}">`, the same statement as a script block.
                if key == "name", name == Self.jsonLDMetaName { jsonLD.append(content) }
            }
        case "title" where titleElement == nil:
            // Only its own text: an unclosed <title> holds the scripts and styles that follow it.
            titleElement = collapsed(document.children(of: index).filter { document.nodes[$0].isText }.map { document.nodes[$0].text }.joined())
        case "h1":
            headings.append((index, collapsed(visibleText(of: index, in: document))))
        case "link":
            let rel = node.attribute("rel")?.lowercased() ?? ""
            if rel == "canonical", canonical == nil { canonical = node.attribute("href") }
        case "html" where htmlLanguage == nil:
            htmlLanguage = node.attribute("lang") ?? node.attribute("xml:lang")
        case "script":
            if node.attribute("type")?.lowercased().contains("ld+json") == true {
                jsonLD.append(document.textContent(of: index))
            }
        case "time":
            if let value = node.attribute("datetime") { times.append((index, value)) }
        default:
            break
        }
        readMicrodata(node, index: index, in: document)
    }

    private mutating func readMicrodata(_ node: HTMLDocument.Node, index: Int, in document: HTMLDocument) {
        let itemprop = node.attribute("itemprop")
        if itemprop == "datePublished", node.name != "meta" {
            if let value = node.attribute("datetime") ?? node.attribute("content") ?? Optional(collapsed(document.textContent(of: index))) {
                itempropDates.append(value)
            }
        }
        let marks = classify(node.attribute("class"))
        let rel = node.attribute("rel")?.lowercased()
        let isAuthor = rel == "author" || (itemprop == "author" && node.name != "meta") || marks.byline
        if isAuthor, authorTexts.count < 2, !isInComments(index, document) {
            let text = collapsed(visibleText(of: index, in: document))
            if !text.isEmpty, text.count <= 120 { authorTexts.append(text) }
        }
        if dekTexts.count < 3, marks.dek {
            dekTexts.append(collapsed(document.textContent(of: index)))
        }
    }

    /// The meta name under which some sites set their JSON-LD as the tag's content.
    static let jsonLDMetaName = "script:ld+json"

    /// Class names of elements holding an author's name.
    static let bylineClasses: Set<String> = [
        "byline", "author", "author-name", "authorname", "byline__name", "byline-name", "article-author",
        "post-author", "entry-author", "author_name", "contributor", "writer", "c-byline__author",
        "fn", "vcard",
    ]

    /// Class names of elements holding the standfirst (dek).
    static let dekClasses: Set<String> = [
        "standfirst", "dek", "deck", "subtitle", "subheadline", "sub-headline", "article-summary", "summary",
        "article__standfirst", "article-dek", "lede", "strapline", "intro", "article-intro", "excerpt",
    ]

    private func isInComments(_ node: Int, _ document: HTMLDocument) -> Bool {
        var current = node
        while current > 0 {
            let element = document.nodes[current]
            let marks = ((element.attribute("class") ?? "") + " " + (element.attribute("id") ?? "")).lowercased()
            if marks.contains("comment") || marks.contains("related") || element.name == "footer" { return true }
            current = element.parent
        }
        return false
    }

    /// The text of `node`'s subtree without scripts, styles and other invisible elements.
    private func visibleText(of node: Int, in document: HTMLDocument) -> String {
        var parts: [String] = []
        var stack = [node]
        while let current = stack.popLast() {
            let element = document.nodes[current]
            if element.isText {
                parts.append(element.text)
            } else if !element.traits.contains(.skipped) {
                if element.name == "br" || element.traits.contains(.block) { parts.append(" ") }
                stack.append(contentsOf: document.children(of: current).reversed())
            }
        }
        return parts.joined()
    }

    private func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
