import CorroborateCore

/// Parses the dates feeds, WARC headers and JSON records carry into a `PublicationDate`.
///
/// Accepted: ISO 8601 / RFC 3339 (`2024-11-11`, `2024-11-11T15:41:00Z`, `2024-11-11T15:41:00.5+05:30`,
/// `2024-11-11T15:41:00+0530`, `2024-11-11 15:41:00` taken as a day only since its zone is unknown),
/// and RFC 822 / RFC 1123 as RSS writes them (`Mon, 11 Nov 2024 15:41:00 +0530`, `11 Nov 2024 15:41 GMT`,
/// US zone names EST/EDT/CST/CDT/MST/MDT/PST/PDT, two-digit years as 20xx). Anything else is nil.
enum FeedDate {
    static func parse(_ text: String) -> PublicationDate? {
        let trimmed = text.trimmingWhitespace()
        return iso8601(trimmed) ?? rfc822(trimmed)
    }

    private static func iso8601(_ text: String) -> PublicationDate? {
        if let date = PublicationDate(text) { return date }
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, let day = PublicationDate(String(decoding: bytes[0..<10], as: UTF8.self)) else { return nil }
        // "+0530" -> "+05:30"
        if bytes.count >= 15, bytes[10] == UInt8(ascii: "T") {
            let tail = bytes.suffix(5)
            if tail.first == UInt8(ascii: "+") || tail.first == UInt8(ascii: "-"), tail.dropFirst().allSatisfy(isDigit) {
                let fixed = String(decoding: bytes.dropLast(2), as: UTF8.self) + ":" + String(decoding: bytes.suffix(2), as: UTF8.self)
                if let date = PublicationDate(fixed) { return date }
            }
        }
        return day
    }

    private static func rfc822(_ text: String) -> PublicationDate? {
        var parts = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = parts.first, first.first?.isLetter == true { parts.removeFirst() }
        guard parts.count >= 3, let day = Int(parts[0]), let month = month(parts[1]), var year = Int(parts[2]) else { return nil }
        if year < 100 { year += 2000 }
        guard let date = PublicationDate(year: year, month: month, day: day) else { return nil }
        guard parts.count >= 5, let time = clock(parts[3]), let offset = zone(parts[4]) else { return date }
        return PublicationDate("\(date.rawValue)T\(time)\(offset)") ?? date
    }

    private static func month(_ name: String) -> Int? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return months.firstIndex(of: String(name.lowercased().prefix(3))).map { $0 + 1 }
    }

    /// "15:41" or "15:41:00" -> "15:41:00".
    private static func clock(_ text: String) -> String? {
        let pieces = text.split(separator: ":")
        guard pieces.count == 2 || pieces.count == 3, pieces.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }) else { return nil }
        return pieces.count == 2 ? text + ":00" : text
    }

    private static func zone(_ text: String) -> String? {
        let named = ["gmt": "Z", "ut": "Z", "utc": "Z", "z": "Z", "est": "-05:00", "edt": "-04:00", "cst": "-06:00",
                     "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00"]
        if let offset = named[text.lowercased()] { return offset }
        let bytes = Array(text.utf8)
        guard bytes.count == 5, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
              bytes.dropFirst().allSatisfy(isDigit) else { return nil }
        return String(decoding: bytes[0..<3], as: UTF8.self) + ":" + String(decoding: bytes[3..<5], as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
