import CorroborateCore
import Foundation

/// The class/id vocabularies that classify page elements, loaded from the module's `Resources/`:
/// `boilerplate-markers.tsv` (value -> removal reason), `content-markers.txt` (article containers),
/// `hidden-classes.txt` (never-visible elements), `boilerplate-phrases.tsv` (short boilerplate lines),
/// `body-terminators.tsv` (short lines after which the article is over).
public struct HTMLVocabulary: Sendable {
    var tokens: [String: RemovalReason] = [:]
    var exact: [String: RemovalReason] = [:]
    var prefixes: [(String, RemovalReason)] = []
    /// Class-name prefixes that describe the post or a state, not the element's role ("has-comments",
    /// "tag-comments", "author-..."): such names never flag an element.
    var statePrefixes: [String] = []
    var contentMarkers: Set<String> = []
    var hiddenClasses: Set<String> = []
    /// Lower-cased lines and line starts that mark a short block as boilerplate.
    private var phraseLines = LinePhrases([])
    /// Lower-cased lines and line starts of short lines that end the article when they follow most of its text.
    private var terminatorLines = LinePhrases([])

    /// The vocabulary shipped with the module.
    public static let standard: HTMLVocabulary = HTMLVocabulary(bundle: .module)

    /// Reads the four resource files from `bundle`; a missing file leaves its table empty.
    public init(bundle: Bundle) {
        for fields in Self.rows(bundle, "boilerplate-markers", "tsv") where fields.count == 3 {
            if fields[0] == "state" {
                statePrefixes.append(fields[1])
                continue
            }
            guard let reason = RemovalReason(rawValue: fields[2]) else { continue }
            switch fields[0] {
            case "token": tokens[fields[1]] = reason
            case "exact": exact[fields[1]] = reason
            case "prefix": prefixes.append((fields[1], reason))
            default: continue
            }
        }
        phraseLines = LinePhrases(Self.reasonRows(bundle, "boilerplate-phrases"))
        terminatorLines = LinePhrases(Self.reasonRows(bundle, "body-terminators"))
        contentMarkers = Set(Self.rows(bundle, "content-markers", "txt").compactMap { $0.first?.lowercased() })
        hiddenClasses = Set(Self.rows(bundle, "hidden-classes", "txt").compactMap(\.first))
    }

    /// The phrase and removal reason of each two-column row of `name`.tsv.
    private static func reasonRows(_ bundle: Bundle, _ name: String) -> [(String, RemovalReason)] {
        rows(bundle, name, "tsv").compactMap { fields in
            guard fields.count == 2, let reason = RemovalReason(rawValue: fields[1]) else { return nil }
            return (fields[0], reason)
        }
    }

    private static func rows(_ bundle: Bundle, _ name: String, _ ext: String) -> [[String]] {
        guard let url = bundle.url(forResource: name, withExtension: ext),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return line.split(separator: "\t").map { String($0).trimmingCharacters(in: .whitespaces) }
        }
    }

    /// The removal reason the `class` and `id` values of an element signal, if any.
    func reason(classes: String?, id: String?) -> RemovalReason? {
        for value in [classes, id].compactMap({ $0 }) {
            for name in Self.names(in: value) {
                if let found = reason(name: name) { return found }
            }
        }
        return nil
    }

    /// The lower-cased, space-separated names in a class or id value (a byte scan).
    static func names(in value: String) -> [String] {
        value.utf8.split(whereSeparator: Ascii.isSpace).map { slice in
            slice.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
                ? String(decoding: slice.map(Ascii.lower), as: UTF8.self) : String(decoding: slice, as: UTF8.self)
        }
    }

    /// The removal reason one lower-cased class name or id signals, if any.
    func reason(name: String) -> RemovalReason? {
        if let found = exact[name] { return found }
        if statePrefixes.contains(where: { name.hasPrefix($0) }) { return nil }
        for (prefix, reason) in prefixes where name.hasPrefix(prefix) { return reason }
        for token in name.utf8.split(whereSeparator: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }) {
            if let found = tokens[String(decoding: token, as: UTF8.self)] { return found }
        }
        return nil
    }

    /// Whether a class or id value names an article-body container.
    func isContentMarker(classes: String?, id: String?) -> Bool {
        for value in [classes, id].compactMap({ $0 }) {
            for name in Self.names(in: value) where contentMarkers.contains(name) { return true }
        }
        return false
    }

    /// Whether a class attribute hides its element from readers.
    func isHiddenClass(_ classes: String) -> Bool {
        Self.names(in: classes).contains { hiddenClasses.contains($0) }
    }

    /// A line lower-cased, without ASCII white space and colons at either end (a byte scan).
    static func wholeLineKey(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let kept = { (byte: UInt8) in !Ascii.isSpace(byte) && byte != UInt8(ascii: ":") }
        guard let first = bytes.firstIndex(where: kept), let last = bytes.lastIndex(where: kept) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self).lowercased()
    }

    /// The reason a short block's text is boilerplate by its wording, if it is.
    func phraseReason(_ text: String) -> RemovalReason? {
        phraseLines.reason(text)
    }

    /// The reason a short line ends the article ("Comments", "Related stories"), if it does.
    func terminatorReason(_ text: String) -> RemovalReason? {
        terminatorLines.reason(text)
    }

}
