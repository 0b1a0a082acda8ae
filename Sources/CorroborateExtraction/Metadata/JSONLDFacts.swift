import Foundation

/// The article facts in a page's JSON-LD blocks (`@graph`s and arrays flattened): headline, dates,
/// authors, publisher, description. Article-typed objects (`Article`, `NewsArticle`, `BlogPosting`, ...)
/// win over others; invalid JSON is ignored.
struct JSONLDFacts {
    var headline: String?
    /// `datePublished` of an article-typed object.
    var datePublished: String?
    /// `datePublished` of a `WebPage` object: weaker, pages stamp it on undated content.
    var pageDatePublished: String?
    /// `dateModified` of an article-typed object, else of a `WebPage`.
    var dateModified: String?
    var authors: [String] = []
    var publisher: String?
    /// `description` of an article-typed object.
    var description: String?

    /// Schema.org types that describe the article itself.
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "techarticle", "scholarlyarticle", "socialmediaposting",
        "liveblogposting", "posting", "report", "review", "howto", "recipe", "medicalwebpage", "creativework",
    ]

    init(blocks: [String]) {
        var objects: [[String: Any]] = []
        for block in blocks {
            guard let data = block.data(using: .utf8),
                  let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            Self.flatten(value, into: &objects, depth: 0)
        }
        let articles = objects.filter { Self.types(of: $0).contains { Self.articleTypes.contains($0) } }
        let pages = objects.filter { Self.types(of: $0).contains("webpage") }
        for object in articles {
            datePublished = datePublished ?? Self.string(object["datePublished"])
        }
        for object in pages {
            pageDatePublished = pageDatePublished ?? Self.string(object["datePublished"])
        }
        for object in articles {
            description = description ?? Self.string(object["description"])
        }
        for object in articles + pages {
            dateModified = dateModified ?? Self.string(object["dateModified"])
        }
        for object in articles + pages {
            headline = headline ?? Self.string(object["headline"]) ?? (articles.isEmpty ? nil : Self.string(object["name"]))
            publisher = publisher ?? Self.name(object["publisher"])
            if authors.isEmpty { authors = Self.names(object["author"]) }
        }
        if publisher == nil {
            publisher = objects.first { Self.types(of: $0).contains { $0 == "newsmediaorganization" || $0 == "organization" } }
                .flatMap { Self.string($0["name"]) }
        }
    }

    private static func flatten(_ value: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 6 else { return }
        if let array = value as? [Any] {
            for item in array { flatten(item, into: &objects, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { flatten(graph, into: &objects, depth: depth + 1) }
            if let main = object["mainEntity"] as? [String: Any] { flatten(main, into: &objects, depth: depth + 1) }
        }
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        if let types = object["@type"] as? [String] { return types.map { $0.lowercased() } }
        return []
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = HTMLEntities.decode(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            return trimmed.isEmpty ? nil : trimmed
        }
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        return nil
    }

    private static func name(_ value: Any?) -> String? {
        if let object = value as? [String: Any] { return string(object["name"]) }
        if let array = value as? [Any] { return array.lazy.compactMap { name($0) }.first }
        return string(value)
    }

    private static func names(_ value: Any?) -> [String] {
        if let array = value as? [Any] { return array.compactMap { name($0) } }
        return name(value).map { [$0] } ?? []
    }
}
