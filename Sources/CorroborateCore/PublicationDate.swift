/// A date as the spec writes it: `YYYY-MM-DD` when only the day is known, or a full ISO 8601
/// date-time with offset (`2024-11-11T15:41:00+05:30`) when the time is known.
///
/// Encoded as a plain JSON string. Only well-formed values can be constructed.
public struct PublicationDate: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The ISO 8601 text.
    public let rawValue: String

    /// Accepts `YYYY-MM-DD` or `YYYY-MM-DDThh:mm[:ss[.fff]](Z|±hh:mm)`; anything else is nil.
    public init?(_ text: String) {
        guard PublicationDate.isWellFormed(text) else { return nil }
        rawValue = text
    }

    /// A day-only date; nil when the day does not exist (2024-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard CalendarDay(year: year, month: month, day: day) != nil else { return nil }
        rawValue = PublicationDate.format(year: year, month: month, day: day)
    }

    /// The calendar day part, `YYYY-MM-DD`.
    public var day: String { String(rawValue.prefix(10)) }

    /// The calendar day as numbers.
    public var calendarDay: CalendarDay? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return CalendarDay(year: parts[0], month: parts[1], day: parts[2])
    }

    public var description: String { rawValue }

    public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PublicationDate(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not an ISO 8601 date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    static func format(year: Int, month: Int, day: Int) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    static func isWellFormed(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, isDay(bytes[0..<10]) else { return false }
        if bytes.count == 10 { return true }
        return isTimeWithOffset(bytes[10...])
    }

    private static func isDay(_ bytes: ArraySlice<UInt8>) -> Bool {
        let b = Array(bytes)
        guard b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ isDigit(b[$0]) })
        else { return false }
        let year = number(b[0..<4]), month = number(b[5..<7]), day = number(b[8..<10])
        return CalendarDay(year: year, month: month, day: day) != nil
    }

    private static func isTimeWithOffset(_ bytes: ArraySlice<UInt8>) -> Bool {
        let b = Array(bytes)
        guard b.count >= 7, b[0] == UInt8(ascii: "T"), isDigit(b[1]), isDigit(b[2]), b[3] == UInt8(ascii: ":"),
              isDigit(b[4]), isDigit(b[5])
        else { return false }
        var index = 6
        if index < b.count, b[index] == UInt8(ascii: ":") {
            guard index + 2 < b.count, isDigit(b[index + 1]), isDigit(b[index + 2]) else { return false }
            index += 3
            if index < b.count, b[index] == UInt8(ascii: ".") {
                index += 1
                while index < b.count, isDigit(b[index]) { index += 1 }
            }
        }
        let offset = Array(b[index...])
        if offset == [UInt8(ascii: "Z")] { return true }
        return offset.count == 6 && (offset[0] == UInt8(ascii: "+") || offset[0] == UInt8(ascii: "-"))
            && isDigit(offset[1]) && isDigit(offset[2]) && offset[3] == UInt8(ascii: ":")
            && isDigit(offset[4]) && isDigit(offset[5])
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    private static func number(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 * 10 + Int($1 - 48) }
    }
}
