/// The time of day that may follow a visible date: ", 15:41 IST", " at 3:41 pm GMT", "T15:41:00+05:30",
/// " 15:41 GMT+3". Only a time with a known zone yields a value: a bare time does not say which day it is in UTC.
struct DateTimeOfDay {
    /// `Thh:mm:ss±hh:mm`, ready to append to a `YYYY-MM-DD` day.
    var suffix: String
    /// The token after the time.
    var end: Int

    private static let leadIns: Set<String> = [",", "at", "um", "à", "a", "las", "-", "|", "t", "·", "/"]

    static func parse(_ t: [DateToken], at start: Int, zones: [String: String]) -> DateTimeOfDay? {
        var k = start
        while k < t.count, leadIns.contains(t[k].text) { k += 1 }
        guard k + 2 < t.count, var hour = t[k].number, t[k].text.count <= 2, t[k + 1].text == ":",
              t[k + 2].text.count == 2, let minute = t[k + 2].number
        else { return nil }
        k += 3
        var second = 0
        if k + 1 < t.count, t[k].text == ":", let value = t[k + 1].number { second = value; k += 2 }
        if k < t.count, t[k].text == ".", k + 1 < t.count, t[k + 1].kind == .number { k += 2 }
        (hour, k) = meridiem(t, k, hour)
        guard hour < 24, minute < 60, second < 60, let (offset, end) = zone(t, k, zones) else { return nil }
        return DateTimeOfDay(suffix: "T\(pad(hour)):\(pad(minute)):\(pad(second))\(offset)", end: end)
    }

    /// "3:41 pm", "3:41 p.m." -> the 24-hour hour and the token after; 99 for an impossible hour.
    private static func meridiem(_ t: [DateToken], _ k: Int, _ hour: Int) -> (Int, Int) {
        guard k < t.count else { return (hour, k) }
        let word = t[k].text
        var end = k + 1
        if word == "a" || word == "p" {
            guard end + 1 < t.count, t[end].text == ".", t[end + 1].text == "m" else { return (hour, k) }
            end += 2
            if end < t.count, t[end].text == "." { end += 1 }
        } else if word != "am" && word != "pm" {
            return (hour, k)
        }
        guard hour >= 1, hour <= 12 else { return (99, end) }
        return (word.hasPrefix("p") ? (hour % 12) + 12 : hour % 12, end)
    }

    private static func zone(_ t: [DateToken], _ k: Int, _ zones: [String: String]) -> (String, Int)? {
        guard k < t.count else { return nil }
        if t[k].text == "+" || t[k].text == "-", let numeric = numericOffset(t, k) { return numeric }
        guard t[k].kind == .word, let base = zones[t[k].text.uppercased()] else { return nil }
        if k + 1 < t.count, base == "+00:00", t[k + 1].text == "+" || t[k + 1].text == "-",
           let numeric = numericOffset(t, k + 1)
        {
            return numeric
        }
        return (base, k + 1)
    }

    /// "+05:30", "+0530", "+3", "-04"
    private static func numericOffset(_ t: [DateToken], _ k: Int) -> (String, Int)? {
        guard k + 1 < t.count, t[k + 1].kind == .number, let value = t[k + 1].number else { return nil }
        let sign = t[k].text
        let digits = t[k + 1].text
        if digits.count == 4 { return ("\(sign)\(pad(value / 100)):\(pad(value % 100))", k + 2) }
        guard digits.count <= 2, value <= 14 else { return nil }
        if k + 3 < t.count, t[k + 2].text == ":", t[k + 3].text.count == 2, let minutes = t[k + 3].number {
            return ("\(sign)\(pad(value)):\(pad(minutes))", k + 4)
        }
        return ("\(sign)\(pad(value)):00", k + 2)
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
