import CorroborateCore

/// One recognised temporal expression, as token indices into the tagger's tokens.
struct DateMatch: Sendable {
    /// First token, inclusive.
    var first: Int
    /// Last token, exclusive.
    var end: Int
    var type: TimexType
    var value: String

    init(_ first: Int, _ end: Int, _ type: TimexType, _ value: String) {
        self.first = first
        self.end = end
        self.type = type
        self.value = value
    }
}

/// How precise a value is, for the placeholder used when no reference day is known.
enum DateGranularity {
    case day, week, month, quarter, year

    var unknown: String {
        switch self {
        case .day: "XXXX-XX-XX"
        case .week: "XXXX-WXX"
        case .month: "XXXX-XX"
        case .quarter: "XXXX-QX"
        case .year: "XXXX"
        }
    }
}
