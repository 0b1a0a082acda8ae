/// Tag name classes the tree builder and the block walker rely on (HTML Living Standard groups).
enum HTMLTags {
    /// Elements that never have content.
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen", "basefont", "frame",
    ]

    /// Elements whose start tag closes an open `p`.
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav",
        "ol", "p", "pre", "section", "table", "ul",
    ]

    /// Inline (phrasing) elements, through which an implied `</p>` still reaches its `p`.
    static let phrasing: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q",
        "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "strike", "big", "tt", "nobr",
    ]

    /// Elements that start a new block of text when walking the tree.
    static let block: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul", "caption", "menu", "legend", "br", "frameset", "noframes",
    ]

    /// Elements whose content is never article text.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "select", "option", "button",
        "input", "textarea", "canvas", "object", "embed", "head", "title", "map", "audio", "video", "picture",
        "datalist", "dialog", "meta", "link",
    ]

    /// Elements that may stay inside `<head>`; any other start tag ends an unclosed head.
    static let headContent: Set<String> = [
        "meta", "link", "title", "script", "style", "base", "noscript", "template", "object", "param",
    ]

    /// Heading elements and their level.
    static let headingLevel: [String: Int] = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]
}

/// The `HTMLTags` groups an element belongs to, looked up once when the tree is built (one hash of the
/// tag name per element instead of one per group test in the builder and the walkers).
public struct TagTraits: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    static let void = TagTraits(rawValue: 1 << 0)
    static let closesParagraph = TagTraits(rawValue: 1 << 1)
    static let phrasing = TagTraits(rawValue: 1 << 2)
    static let block = TagTraits(rawValue: 1 << 3)
    static let skipped = TagTraits(rawValue: 1 << 4)
    static let headContent = TagTraits(rawValue: 1 << 5)

    /// The groups of the lower-cased tag `name` (none for text nodes and unknown tags).
    static func of(_ name: String) -> TagTraits { table[name] ?? [] }

    private static let table: [String: TagTraits] = {
        var table: [String: TagTraits] = [:]
        let groups: [(Set<String>, TagTraits)] = [
            (HTMLTags.void, .void), (HTMLTags.closesParagraph, .closesParagraph), (HTMLTags.phrasing, .phrasing),
            (HTMLTags.block, .block), (HTMLTags.skipped, .skipped), (HTMLTags.headContent, .headContent),
        ]
        for (names, trait) in groups {
            for name in names { table[name, default: []].insert(trait) }
        }
        return table
    }()
}
