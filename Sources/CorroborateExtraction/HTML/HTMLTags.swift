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
