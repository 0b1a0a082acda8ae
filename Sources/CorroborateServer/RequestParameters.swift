import Foundation
import CorroborateCore
import CorroborateStore

/// Reads and checks the parameters the routes share; every refusal is a ``RequestError`` (400)
/// naming the parameter and what it accepts.
struct RequestParameters: Sendable {
    let items: QueryItems
    let configuration: ServerConfiguration

    init(query: String?, configuration: ServerConfiguration) {
        items = QueryItems(query)
        self.configuration = configuration
    }

    /// The story filter and page: `from`, `to` (YYYY-MM-DD), `outlet`, `entity`, `q`,
    /// `disputed` (true/false), `offset`, `limit`.
    func storyQuery() throws -> StoryQuery {
        let query = StoryQuery(
            from: try day("from"), to: try day("to"), outlet: try text("outlet"), entity: try text("entity"),
            text: try text("q"), disputedOnly: try flag("disputed"), offset: try offset(), limit: try limit()
        )
        if let from = query.from, let to = query.to, to < from {
            throw RequestError.badRequest("to (\(to)) is before from (\(from))")
        }
        return query
    }

    /// `offset`: 0 when absent, 0 ... maximumOffset.
    func offset() throws -> Int {
        try integer("offset", default: 0, in: 0...configuration.maximumOffset)
    }

    /// `limit`: the default page size when absent, 1 ... maximumPageSize.
    func limit(default value: Int? = nil, maximum: Int? = nil) throws -> Int {
        try integer("limit", default: value ?? configuration.defaultPageSize, in: 1...(maximum ?? configuration.maximumPageSize))
    }

    /// `status`: a claim status, or nil when absent.
    func claimStatus(default value: ClaimStatus? = nil) throws -> ClaimStatus? {
        guard let raw = items["status"] else { return value }
        guard let status = ClaimStatus(rawValue: raw) else {
            let accepted = ClaimStatus.allCases.map(\.rawValue).joined(separator: ", ")
            throw RequestError.badRequest("status must be one of \(accepted), not \(raw.debugDescription)")
        }
        return status
    }

    /// A free-text parameter: trimmed, at most 200 characters.
    func text(_ name: String) throws -> String? {
        guard let value = items[name] else { return nil }
        guard value.count <= 200 else { throw RequestError.badRequest("\(name) is longer than 200 characters") }
        return value
    }

    private func day(_ name: String) throws -> CalendarDay? {
        guard let raw = items[name] else { return nil }
        guard raw.utf8.count == 10, let day = PublicationDate(raw)?.calendarDay else {
            throw RequestError.badRequest("\(name) must be a date YYYY-MM-DD, not \(raw.debugDescription)")
        }
        return day
    }

    private func flag(_ name: String) throws -> Bool {
        guard let raw = items[name] else { return false }
        switch raw {
        case "false", "0", "no": return false
        case "true", "1", "yes", "on": return true
        default: throw RequestError.badRequest("\(name) must be true or false, not \(raw.debugDescription)")
        }
    }

    private func integer(_ name: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let raw = items[name] else { return value }
        guard let number = Int(raw), range.contains(number) else {
            throw RequestError.badRequest("\(name) must be an integer from \(range.lowerBound) to \(range.upperBound), not \(raw.debugDescription)")
        }
        return number
    }
}

/// Identifiers in paths: story and article ids are short ASCII tokens (`s-3fa1...`, content hashes).
enum Identifier {
    /// `raw` when it is 1-128 characters of letters, digits, `-`, `_`, `.` or `:`; otherwise a 400.
    static func checked(_ raw: String, kind: String) throws -> String {
        let allowed = raw.utf8.allSatisfy { byte in
            (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
        }
        guard allowed, (1...128).contains(raw.utf8.count) else {
            throw RequestError.badRequest("\(kind) id must be 1-128 letters, digits, '-', '_', '.' or ':'")
        }
        return raw
    }

    /// An entity name from a path: 1-200 characters, no control characters.
    static func checkedName(_ raw: String) throws -> String {
        let name = raw.trimmingCharacters(in: .whitespaces)
        guard (1...200).contains(name.count), !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw RequestError.badRequest("entity name must be 1-200 characters without control characters")
        }
        return name
    }
}
