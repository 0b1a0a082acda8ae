import Foundation

/// A number as an outlet states it, normalised: "12" = "twelve"; "$1.2bn" = "$1.2 billion" = "1,200 million
/// dollars"; "at least 12", "about 40", "up to 10", "30 to 40", "dozens of". Its `range` holds every exact value
/// the statement allows, so "at least 12" and "14" agree while "at least 12" and "9" contradict.
struct Quantity: Sendable, Hashable {
    enum Bound: String, Sendable {
        case exact, atLeast, atMost, about, nearly, range, vague
    }

    var number: Double
    /// The second number of a range ("30 to 40").
    var upper: Double?
    var bound: Bound
    /// "at least", "about" ..., as stated in the display value.
    var qualifier: String?
    /// "$", "£", "€" for sums of money.
    var currency: String?
    var isPercent = false

    /// The smallest and largest exact values the statement allows.
    var range: ClosedRange<Double> {
        switch bound {
        case .exact: return number...number
        case .range: return min(number, upper ?? number)...max(number, upper ?? number)
        case .atLeast: return number...Double.infinity
        case .atMost: return 0...number
        case .about: return number * 0.9...number * 1.1
        case .nearly: return number * 0.9...number
        case .vague: return number...(upper ?? Double.infinity)
        }
    }

    /// True when no exact value agrees with both statements. A vague count ("dozens of", "thousands of") is an
    /// impression, not a count, and contradicts nothing.
    func contradicts(_ other: Quantity) -> Bool {
        guard bound != .vague, other.bound != .vague else { return false }
        // A relative tolerance, so that "$1.2bn" (1.2 x 1e9) and "1,200 million" are one value.
        let slack = 1e-9 * max(abs(number), abs(other.number))
        return range.upperBound + slack < other.range.lowerBound || other.range.upperBound + slack < range.lowerBound
    }

    /// True when the statements are more than `ratio` times apart ("six people were killed" and "80,000 people
    /// dead" in a drug war): counts of different scopes, not one count given two ways.
    func isApart(from other: Quantity, ratio: Double) -> Bool {
        let (low, high) = range.upperBound < other.range.lowerBound ? (range.upperBound, other.range.lowerBound)
            : (other.range.upperBound, range.lowerBound)
        return low <= 0 ? high > 0 : high / low > ratio
    }

    /// "at least 10", "$1.2 billion", "30 to 40", "about 8,000", "12%".
    var display: String {
        if bound == .vague, let qualifier { return qualifier }
        var text = (currency ?? "") + Self.format(number)
        if bound == .range, let upper { text += " to " + Self.format(upper) }
        if isPercent { text += "%" }
        return qualifier.map { "\($0) \(text)" } ?? text
    }

    static func format(_ value: Double) -> String {
        for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] where value >= scale {
            return "\(plain(value / scale)) \(word)"
        }
        guard value == value.rounded(), value < 1e15 else { return plain(value) }
        let digits = String(Int(value))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return grouped
    }

    private static func plain(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%g", value)
    }
}

/// Reads the quantity whose number is at a token: its qualifier and currency before, its scale, range and
/// percent sign after.
enum QuantityReader {
    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Double] = [
        "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3,
    ]
    /// Scale words that only scale a number written against them or after a currency sign ("$5m", "5bn").
    static let attachedScales: Set<String> = ["bn", "m", "k"]
    /// "dozens of", "hundreds of": the smallest and largest values they allow.
    static let vague: [String: (Double, Double)] = [
        "dozens": (13, 999), "scores": (20, 999), "hundreds": (100, 9_999), "thousands": (1_000, .infinity),
        "millions": (1e6, .infinity),
    ]
    /// Qualifiers before a number (up to three words), by the bound they put on it.
    static let qualifiers: [String: Quantity.Bound] = [
        "at least": .atLeast, "more than": .atLeast, "over": .atLeast, "upwards of": .atLeast, "in excess of": .atLeast,
        "no fewer than": .atLeast, "no less than": .atLeast, "a minimum of": .atLeast, "a further": .atLeast,
        "up to": .atMost, "as many as": .atMost, "fewer than": .atMost, "less than": .atMost, "no more than": .atMost,
        "at most": .atMost, "under": .atMost, "no older than": .atMost, "a maximum of": .atMost, "nearly": .nearly,
        "almost": .nearly, "just under": .nearly, "close to": .nearly,
        "about": .about, "around": .about, "some": .about, "approximately": .about, "roughly": .about,
        "an estimated": .about, "estimated": .about, "an approximate": .about, "approx": .about,
    ]
    static let currencies: [String: String] = ["$": "$", "£": "£", "€": "€", "dollars": "$", "pounds": "£", "euros": "€"]

    /// The value of a number token alone ("1,200" -> 1200, "twenty-five" -> 25), or nil.
    static func value(of token: SlotToken) -> Double? {
        if token.isDigits {
            let digits = token.text.replacingOccurrences(of: ",", with: "")
            return digits.filter { $0 == "." }.count <= 1 ? Double(digits) : nil
        }
        let word = token.lower
        if let unit = units[word] ?? tens[word] { return unit }
        let parts = word.split(separator: "-").map(String.init)
        if parts.count == 2, let ten = tens[parts[0]], let unit = units[parts[1]], unit < 10 { return ten + unit }
        return nil
    }

    /// The quantity whose number starts at `tokens[index]`, with the token range it spans (qualifier and
    /// currency included), or nil when the token is no number.
    static func read(_ tokens: [SlotToken], at index: Int) -> (quantity: Quantity, first: Int, last: Int)? {
        let word = tokens[index].lower
        if let (low, high) = vague[word], index + 1 < tokens.count, tokens[index + 1].lower == "of" {
            var quantity = Quantity(number: low, upper: high, bound: .vague, qualifier: "\(word) of")
            if index + 2 < tokens.count, tokens[index + 2].lower == "thousands", word != "thousands" {
                quantity.number *= 1_000
                quantity.upper = high * 1_000
            }
            return (quantity, index, index + 1)
        }
        guard var number = value(of: tokens[index]) else { return nil }
        var last = index
        var first = index
        if word == "dozen", index > 0 {
            // "a dozen" is 12 ("over a dozen": at least 12); "several dozen", "a few dozen" are vague.
            let before = tokens[index - 1].lower
            if before == "several" || before == "few" {
                return (Quantity(number: 24, upper: 999, bound: .vague, qualifier: "\(before) dozen"), index - 1, index)
            }
            if before == "a" { first = index - 1 }
        }
        // Scales: "1.2 million", "two hundred thousand", "$5m", "1.2bn".
        var currency: String?
        if first > 0, let sign = currencies[tokens[first - 1].text], tokens[first - 1].isPunctuation {
            currency = sign
            first -= 1
        }
        while last + 1 < tokens.count, let scale = scales[tokens[last + 1].lower] {
            let next = tokens[last + 1]
            if attachedScales.contains(next.lower), !(next.attached || currency != nil) { break }
            number *= scale
            last += 1
        }
        var quantity = Quantity(number: number, bound: .exact)
        quantity.currency = currency
        // A range: "30 to 40", "four or five", "10-12".
        if last + 2 < tokens.count, ["to", "or", "-", "–"].contains(tokens[last + 1].lower),
           let upper = value(of: tokens[last + 2]), upper > number {
            quantity.bound = .range
            quantity.upper = upper
            last += 2
            while last + 1 < tokens.count, let scale = scales[tokens[last + 1].lower], !attachedScales.contains(tokens[last + 1].lower) {
                quantity.upper = (quantity.upper ?? upper) * scale
                if quantity.number < 1_000 { quantity.number *= scale }
                last += 1
            }
        }
        if last + 1 < tokens.count {
            let next = tokens[last + 1].lower
            if next == "%" || next == "percent" {
                quantity.isPercent = true
                last += 1
            } else if next == "per", last + 2 < tokens.count, tokens[last + 2].lower == "cent" {
                quantity.isPercent = true
                last += 2
            } else if quantity.currency == nil, let sign = currencies[next], !tokens[last + 1].isPunctuation {
                quantity.currency = sign
                last += 1
            }
        }
        if quantity.bound == .exact, let (qualifier, bound, length) = qualifier(before: first, in: tokens) {
            quantity.bound = bound
            quantity.qualifier = qualifier
            first -= length
        }
        return (quantity, first, last)
    }

    /// The qualifier of up to three words right before token `index`, longest first.
    static func qualifier(before index: Int, in tokens: [SlotToken]) -> (String, Quantity.Bound, Int)? {
        for length in stride(from: 3, through: 1, by: -1) where index - length >= 0 {
            let phrase = tokens[(index - length)..<index].map(\.lower).joined(separator: " ")
            if let bound = qualifiers[phrase] { return (phrase, bound, length) }
        }
        return nil
    }
}
