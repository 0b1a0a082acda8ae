import CorroborateReports
import Foundation

/// Small builders shared by the pages. Every text that comes from a page, a request or the
/// store goes through ``HTML/text(_:)``; links are built from escaped, percent-encoded parts.
enum HTML {
    /// `text` escaped for an element or a quoted attribute.
    static func text(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// `value` percent-encoded for one path segment or query value (only `A-Z a-z 0-9 - . _ ~` stay).
    static func component(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// A query string (`?a=1&b=x`) of the non-nil pairs, in order; "" when none.
    static func query(_ pairs: [(String, String?)]) -> String {
        let parts = pairs.compactMap { name, value in value.map { "\(name)=\(component($0))" } }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }

    /// `<a href="...">label</a>`; `href` must already be built from encoded parts.
    static func link(_ href: String, _ label: String, className: String? = nil) -> String {
        let classAttribute = className.map { " class=\"\(text($0))\"" } ?? ""
        return "<a href=\"\(text(href))\"\(classAttribute)>\(text(label))</a>"
    }

    /// A link to an outside page only for `http:` and `https:` URLs; any other scheme
    /// (`javascript:`, `data:`) is shown as text, never made clickable.
    static func externalLink(_ url: String, _ label: String) -> String {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return "<code>\(text(url))</code>" }
        return "<a href=\"\(text(url))\" rel=\"noopener noreferrer nofollow\">\(text(label))</a>"
    }

    /// Paths of the web app, with every variable part encoded.
    static func storyPath(_ id: String) -> String { "/stories/" + component(id) }
    static func entityPath(_ name: String) -> String { "/entities/" + component(name) }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
