import CorroborateCore
import Foundation

/// One TimeML document (TempEval-3 TBAQ format): the raw text of `<TEXT>`, its creation day and its
/// gold TIMEX3 annotations with scalar offsets into that text.
///
/// The raw text is the content of `<TEXT>…</TEXT>` with every tag removed and the XML entities
/// (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&#NN;` `&#xNN;`) decoded, as the data set's README says.
public struct TimeMLDocument: Sendable {
    /// The file the document was read from.
    public var source: String
    /// The raw text.
    public var text: String
    /// The document creation day (the DCT), which relative expressions resolve against.
    public var creationDay: CalendarDay?
    /// The gold timexes inside `<TEXT>` (the DCT is not one of them).
    public var timexes: [Timex]

    /// A document from its parts.
    public init(source: String, text: String, creationDay: CalendarDay?, timexes: [Timex]) {
        self.source = source
        self.text = text
        self.creationDay = creationDay
        self.timexes = timexes
    }

    /// Reads and parses the TimeML file at `url`.
    public static func load(from url: URL) throws(CorroborateError) -> TimeMLDocument {
        let markup: String
        do {
            markup = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw CorroborateError(.unreadable, source: url.path, "cannot read the TimeML file", cause: error)
        }
        return try parse(markup, source: url.path)
    }

    /// Parses TimeML markup.
    public static func parse(_ markup: String, source: String) throws(CorroborateError) -> TimeMLDocument {
        guard let open = markup.range(of: "<TEXT>"), let close = markup.range(of: "</TEXT>", range: open.upperBound..<markup.endIndex)
        else { throw CorroborateError(.malformed, source: source, "no <TEXT> element") }
        var reader = TimeMLTextReader()
        reader.read(Array(markup[open.upperBound..<close.lowerBound].unicodeScalars))
        return TimeMLDocument(
            source: source, text: reader.text, creationDay: creationDay(in: markup), timexes: reader.timexes)
    }

    /// The day of the `CREATION_TIME` TIMEX3's value.
    static func creationDay(in markup: String) -> CalendarDay? {
        guard let marker = markup.range(of: "functionInDocument=\"CREATION_TIME\"") else { return nil }
        let tagStart = markup[..<marker.lowerBound].range(of: "<TIMEX3", options: .backwards)?.lowerBound ?? marker.lowerBound
        let tagEnd = markup[marker.upperBound...].firstIndex(of: ">") ?? markup.endIndex
        let attributes = TimeMLTextReader.attributes(of: String(markup[tagStart..<tagEnd]))
        guard let value = attributes["value"], value.count >= 10 else { return nil }
        return PublicationDate(String(value.prefix(10)))?.calendarDay
    }
}

/// Strips the tags of a TimeML `<TEXT>` body, decoding entities and collecting TIMEX3 spans.
struct TimeMLTextReader {
    private(set) var scalars = String.UnicodeScalarView()
    private(set) var timexes: [Timex] = []
    private var count = 0
    private var openTimexes: [(start: Int, attributes: [String: String])] = []

    var text: String { String(scalars) }

    mutating func read(_ input: [Unicode.Scalar]) {
        var index = 0
        while index < input.count {
            let scalar = input[index]
            if scalar == "<", let end = input[index...].firstIndex(of: ">") {
                handleTag(String(String.UnicodeScalarView(input[(index + 1)..<end])))
                index = end + 1
            } else if scalar == "&", let end = input[index...].prefix(12).firstIndex(of: ";"),
                      let decoded = Self.entity(String(String.UnicodeScalarView(input[(index + 1)..<end]))) {
                append(decoded)
                index = end + 1
            } else {
                append(scalar)
                index += 1
            }
        }
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
        scalars.append(scalar)
        count += 1
    }

    private mutating func handleTag(_ tag: String) {
        if tag.hasPrefix("TIMEX3") {
            openTimexes.append((count, Self.attributes(of: tag)))
        } else if tag.hasPrefix("/TIMEX3"), let open = openTimexes.popLast() {
            let text = String(String.UnicodeScalarView(Array(scalars)[open.start..<count]))
            let type = TimexType(rawValue: open.attributes["type"] ?? "DATE") ?? .date
            timexes.append(Timex(start: open.start, end: count, text: text, type: type, value: open.attributes["value"] ?? ""))
        }
    }

    static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let number = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return number.flatMap(Unicode.Scalar.init)
        }
    }

    /// `key="value"` pairs of a tag.
    static func attributes(of tag: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(tag)
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).last.map(String.init) ?? ""
            let afterEquals = rest[rest.index(after: equals)...]
            guard let quote = afterEquals.first, quote == "\"" || quote == "'" else { break }
            let valueStart = afterEquals.index(after: afterEquals.startIndex)
            guard let valueEnd = afterEquals[valueStart...].firstIndex(of: quote) else { break }
            result[key] = String(afterEquals[valueStart..<valueEnd])
            rest = afterEquals[afterEquals.index(after: valueEnd)...]
        }
        return result
    }
}
