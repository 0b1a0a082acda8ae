import CorroborateCore

/// Reads publication dates written in the forms pages use.
///
/// Machine forms: ISO 8601 (`2024-11-11`, `2024-11-11T15:41:00+05:30`, `2024-11-11 15:41`, `2024/11/11`),
/// compact `20241111`. Human forms, English month names and abbreviations plus German, French and Spanish
/// month names and the Spanish/Portuguese abbreviations that are no English word ("04-ago-2021", "dic"): "November 11, 2024", "Nov. 11, 2024", "11 November 2024", "Mon, 11 Nov 2024 15:41 GMT",
/// "11.11.2024" (day first, dots only), "10/31/2024" and "31/10/2024" (only when one number is above 12).
/// Years outside 1990...2035 are refused; so are impossible days.
public enum DateText {
    /// Lower-cased month names and abbreviations -> month number.
    public static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names: [[String]] = [
            ["january", "jan", "januar", "janvier", "enero", "ene", "jänner"], ["february", "feb", "februar", "février", "fevrier", "febrero"],
            ["march", "mar", "märz", "maerz", "mars", "marzo"], ["april", "apr", "avril", "abril", "abr"],
            ["may", "mai", "mayo"], ["june", "jun", "juni", "juin", "junio"], ["july", "jul", "juli", "juillet", "julio"],
            ["august", "aug", "août", "aout", "agosto", "ago"], ["september", "sep", "sept", "septembre", "septiembre", "setiembre"],
            ["october", "oct", "oktober", "octobre", "octubre"], ["november", "nov", "novembre", "noviembre"],
            ["december", "dec", "dezember", "décembre", "decembre", "diciembre", "dic", "dez"],
        ]
        for (index, group) in names.enumerated() { for name in group { table[name] = index + 1 } }
        return table
    }()

    /// The date a machine-readable value states (meta content, `datetime`, JSON-LD), or nil.
    public static func machine(_ value: String) -> PublicationDate? {
        let text = value.trimmingWhitespace()
        if let full = PublicationDate(text) { return full }
        let bytes = Array(text.utf8)
        if bytes.count >= 10, let date = isoDay(bytes) {
            if bytes.count > 10, let withTime = timed(date, bytes) { return withTime }
            return date
        }
        if bytes.count >= 8, bytes.prefix(8).allSatisfy(Ascii.isDigit), bytes.count == 8 || !Ascii.isDigit(bytes[8]) {
            let digits = Array(bytes.prefix(8))
            return validated(year: number(digits[0..<4]), month: number(digits[4..<6]), day: number(digits[6..<8]))
        }
        return human(text)
    }

    /// The first date written out in human form in `text` ("November 11, 2024", "11 Nov 2024",
    /// "2024-11-11"), or nil.
    public static func human(_ text: String) -> PublicationDate? {
        let words = wordsAndNumbers(text)
        for index in words.indices {
            if let date = monthFirst(words, index) ?? dayFirst(words, index) ?? isoWord(words[index]) ?? dottedDay(words[index])
                ?? slashedDay(words[index]) {
                return date
            }
        }
        return nil
    }

    /// The two days a numeric date with both numbers at most 12 may be ("03/01/2017": 1 March or 3 January),
    /// month-first reading first, for the first such date in `text`; nil when `text` holds none.
    public static func ambiguousDays(_ text: String) -> (monthFirst: PublicationDate, dayFirst: PublicationDate)? {
        for word in wordsAndNumbers(text) {
            let parts = word.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
                  let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2]),
                  first <= 12, second <= 12, first != second,
                  let a = validated(year: year, month: first, day: second), let b = validated(year: year, month: second, day: first)
            else { continue }
            return (a, b)
        }
        return nil
    }

    /// Whether `text` states a span of days rather than one day: two dates joined by a dash or "to"
    /// ("2025-12-12 - 2025-12-17", "March 3, 2026 – March 5, 2026", "Jan 5, 2025 to Jan 7, 2025"): an event's
    /// dates, no publication date.
    public static func isDateRange(_ text: String) -> Bool {
        for joint in [" - ", " – ", " — ", " to ", " until ", " through "] {
            guard let range = text.range(of: joint) else { continue }
            if human(String(text[..<range.lowerBound])) != nil, human(String(text[range.upperBound...])) != nil { return true }
        }
        return false
    }

    private static func monthFirst(_ words: [String], _ index: Int) -> PublicationDate? {
        guard index + 2 < words.count, let month = months[words[index]],
              let day = Int(words[index + 1]), words[index + 1].count <= 2, let year = Int(words[index + 2]),
              words[index + 2].count == 4
        else { return nil }
        return validated(year: year, month: month, day: day)
    }

    private static func dayFirst(_ words: [String], _ index: Int) -> PublicationDate? {
        guard index + 2 < words.count, let day = Int(words[index]), words[index].count <= 2,
              let month = months[words[index + 1]], let year = Int(words[index + 2]), words[index + 2].count == 4
        else { return nil }
        return validated(year: year, month: month, day: day)
    }

    /// `DD.MM.YYYY` (European order; only with dots, where the order is not in doubt).
    private static func dottedDay(_ word: String) -> PublicationDate? {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return validated(year: year, month: month, day: day)
    }

    /// `M/D/YYYY` or `D/M/YYYY` when the order is not in doubt (one of the two numbers is above 12).
    private static func slashedDay(_ word: String) -> PublicationDate? {
        let parts = word.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        if first > 12, second <= 12 { return validated(year: year, month: second, day: first) }
        if second > 12, first <= 12 { return validated(year: year, month: first, day: second) }
        return nil
    }

    private static func isoWord(_ word: String) -> PublicationDate? {
        let bytes = Array(word.utf8)
        return bytes.count == 10 ? isoDay(bytes) : nil
    }

    /// Lower-cased runs of letters or digits; ordinal suffixes ("11th") and periods are dropped.
    private static func wordsAndNumbers(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func close() {
            while current.hasSuffix(".") || current.hasSuffix("/") { current.removeLast() }
            guard !current.isEmpty else { return }
            for suffix in ["st", "nd", "rd", "th"] where current.hasSuffix(suffix) && Int(current.dropLast(2)) != nil {
                current = String(current.dropLast(2))
            }
            words.append(current)
            current = ""
        }
        for character in text.lowercased() {
            // A year or an ISO day glued to the next word ("Dec 17, 2025Julian", "2022-11-23T08:10") ends there.
            if character.isLetter, current.count == 4 || current.count == 10, current.first?.isNumber == true,
               current.count == 4 ? Int(current) != nil : isoDay(Array(current.utf8)) != nil {
                close()
            }
            let dotted = (character == "." || character == "/") && !current.isEmpty
                && current.allSatisfy { $0.isNumber || $0 == "." || $0 == "/" }
            if character.isLetter || character.isNumber || character == "-" && current.count == 4 && Int(current) != nil
                || character == "-" && current.count == 7 || dotted {
                current.append(character)
            } else {
                close()
            }
        }
        close()
        return words
    }

    private static func isoDay(_ b: [UInt8]) -> PublicationDate? {
        let separators: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")]
        guard b.count >= 10, separators.contains(b[4]), b[7] == b[4],
              [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ Ascii.isDigit(b[$0]) })
        else { return nil }
        return validated(year: number(b[0..<4]), month: number(b[5..<7]), day: number(b[8..<10]))
    }

    private static func timed(_ day: PublicationDate, _ b: [UInt8]) -> PublicationDate? {
        var text = String(decoding: b, as: UTF8.self)
        if b[10] == UInt8(ascii: " ") { text = day.rawValue + "T" + String(text.dropFirst(11)) }
        return PublicationDate(text)
    }

    private static func validated(year: Int, month: Int, day: Int) -> PublicationDate? {
        guard (1990...2035).contains(year) else { return nil }
        return PublicationDate(year: year, month: month, day: day)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int { digits.reduce(0) { $0 * 10 + Int($1 - 48) } }
}
