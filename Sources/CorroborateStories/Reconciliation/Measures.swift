import CorroborateCore
import Foundation

/// The words measure slots are read with, and how a stated measure is read.
enum Measures {
    /// Units of length, in metres.
    static let units: [String: Double] = [
        "foot": 0.3048, "feet": 0.3048, "ft": 0.3048, "inch": 0.0254, "inches": 0.0254, "yard": 0.9144, "yards": 0.9144,
        "mile": 1_609.344, "miles": 1_609.344, "metre": 1, "metres": 1, "meter": 1, "meters": 1, "m": 1,
        "kilometre": 1_000, "kilometres": 1_000, "kilometer": 1_000, "kilometers": 1_000, "km": 1_000,
        "centimetre": 0.01, "centimetres": 0.01, "centimeter": 0.01, "centimeters": 0.01, "cm": 0.01,
    ]
    /// The unit a measure is shown in ("16-foot" is "16 feet").
    static let plurals: [String: String] = [
        "foot": "feet", "inch": "inches", "yard": "yards", "mile": "miles", "metre": "metres", "meter": "meters",
        "kilometre": "kilometres", "kilometer": "kilometers", "centimetre": "centimetres", "centimeter": "centimeters",
    ]
    /// Words after a measure that name its dimension ("40 feet wide", "a 16-foot deep crater").
    static let dimensions: [String: String] = [
        "wide": "size", "across": "size", "long": "size", "big": "size", "deep": "depth", "high": "height", "tall": "height",
    ]
    /// Nouns of a dimension: "in diameter", "a depth of 16 feet".
    static let dimensionNouns: [String: String] = [
        "diameter": "size", "width": "size", "length": "size", "size": "size", "depth": "depth", "height": "height", "radius": "radius",
    ]
    /// Words between a thing and its measure: "the asteroid is about", "2014 RC, which measured", "a crater measuring".
    static let linking: Set<String> = [
        "is", "was", "are", "were", "be", "been", "being", "measured", "measures", "measuring", "measure", "estimated",
        "believed", "thought", "said", "to", "stands", "stood", "spans", "spanned", "spanning", "reportedly", "had", "has",
        "with", "roughly", "only", "just",
    ]
    static let determiners: Set<String> = ["a", "an", "the", "this", "that", "its", "their", "his", "her"]
    /// Words that are never the thing measured.
    static let notThings: Set<String> = Set([
        "the", "and", "or", "but", "of", "in", "on", "at", "by", "for", "from", "it", "which", "that", "this", "these", "those",
        "about", "around", "some", "nearly", "almost", "over", "under", "than", "more", "less", "one", "what", "who",
    ]).union(linking).union(determiners)
    /// Nouns of one kind of thing measured.
    static let synonyms: [String: String] = ["hole": "crater", "pit": "crater"]

    /// A measure whose number is at `tokens[index]`: its quantity and unit, dimension, the tokens it spans (from its
    /// qualifier or dimension noun to its dimension word) and the thing named right before or after it.
    static func read(_ tokens: [SlotToken], at index: Int)
        -> (quantity: Quantity, unit: String, dimension: String, first: Int, last: Int, thing: String?)? {
        let parts = tokens[index].lower.split(separator: "-").map(String.init)
        if parts.count >= 2, let number = QuantityReader.value(of: SlotToken(text: parts[0], start: 0, end: 0, attached: false)),
           units[parts[1]] != nil {
            // "a 16-foot deep crater", "a 40-foot-wide crater"
            var last = index
            var dimension = parts.count == 3 ? dimensions[parts[2]] : nil
            if parts.count == 2, last + 1 < tokens.count, let word = dimensions[tokens[last + 1].lower] {
                dimension = word
                last += 1
            }
            guard let dimension, parts.count <= 3 else { return nil }
            var quantity = Quantity(number: number, bound: .exact)
            var first = index
            if let (qualifier, bound, length) = QuantityReader.qualifier(before: index, in: tokens) {
                (quantity.bound, quantity.qualifier) = (bound, qualifier)
                first -= length
            }
            let thing = last + 1 < tokens.count && isThing(tokens[last + 1]) ? tokens[last + 1].lower : nil
            return (quantity, plurals[parts[1]] ?? parts[1], dimension, first, last, thing)
        }
        guard let (quantity, start, end) = QuantityReader.read(tokens, at: index), quantity.bound != .vague,
              end + 1 < tokens.count, units[tokens[end + 1].lower] != nil else { return nil }
        let unit = tokens[end + 1].lower
        var last = end + 1
        // A conversion in brackets restates the measure: "40 feet (12 meters) wide".
        if last + 1 < tokens.count, tokens[last + 1].text == "(",
           let close = tokens[(last + 1)...].prefix(6).firstIndex(where: { $0.text == ")" }) {
            last = close
        }
        var first = start
        var dimension: String?
        if last + 1 < tokens.count, let word = dimensions[tokens[last + 1].lower] {
            dimension = word
            last += 1
        } else if last + 2 < tokens.count, tokens[last + 1].lower == "in", let noun = dimensionNouns[tokens[last + 2].lower] {
            dimension = noun
            last += 2
        } else if start >= 2, tokens[start - 1].lower == "of", let noun = dimensionNouns[tokens[start - 2].lower] {
            // "a depth of 16 feet"
            dimension = noun
            first = start - 2
            if first > 0, determiners.contains(tokens[first - 1].lower) { first -= 1 }
        }
        guard let dimension else { return nil }
        // "a crater 39 feet across": the noun right before the measure, after a determiner.
        var thing: String?
        if first == start, start >= 2, isThing(tokens[start - 1]), determiners.contains(tokens[start - 2].lower) {
            thing = tokens[start - 1].lower
        }
        return (quantity, plurals[unit] ?? unit, dimension, first, last, thing)
    }

    /// The subject a measure is linked to: "the asteroid is about 40 feet", "asteroid 2014 RC, which measured 60 feet".
    static func subject(_ tokens: [SlotToken], before first: Int, mentions: [Mention], name: (Mention) -> String) -> [String] {
        var index = first - 1
        while index >= 0, linking.contains(tokens[index].lower) { index -= 1 }
        guard index < first - 1, index >= 0 else { return [] }
        if ["which", "that"].contains(tokens[index].lower), index >= 2, tokens[index - 1].text == "," {
            // "asteroid 2014 RC, which measured": the name before the comma and the noun it names.
            let comma = tokens[index - 1]
            var start = index - 2
            while start > 0, index - 2 - start < 4, tokens[start].isCapitalised || tokens[start].isDigits { start -= 1 }
            var things = isThing(tokens[start]) ? [thing(tokens[start].lower)] : []
            if let mention = mentions.last(where: { $0.end <= comma.start && comma.start - $0.end <= 1 }) {
                things.append(name(mention))
            } else if start + 1 < index - 1 {
                things.append(tokens[(start + 1)..<(index - 1)].map(\.text).joined(separator: " "))
            }
            return things
        }
        guard index >= 1, isThing(tokens[index]), determiners.contains(tokens[index - 1].lower) else { return [] }
        return [thing(tokens[index].lower)]
    }

    /// A lower-case word that can name a thing measured.
    static func isThing(_ token: SlotToken) -> Bool {
        let word = token.lower
        return !token.isCapitalised && word.count >= 3 && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
            && !notThings.contains(word) && units[word] == nil && dimensions[word] == nil && dimensionNouns[word] == nil
    }

    static func thing(_ word: String) -> String { synonyms[word] ?? word }

    /// The true lengths in metres a stated measure allows: its range widened by half its rounding step.
    static func metres(_ quantity: Quantity, unit: String) -> ClosedRange<Double> {
        let factor = units[unit] ?? 1
        let low = quantity.range.lowerBound, high = quantity.range.upperBound
        return max(0, low - roundingStep(quantity.number) / 2) * factor...(high + roundingStep(quantity.upper ?? quantity.number) / 2) * factor
    }

    /// The step a stated value was rounded to: the largest power of ten dividing it, at most a quarter of it
    /// ("40" -> 10, "39" -> 1, "25,000" -> 1,000 at most 6,250, "1.5" -> 0.1).
    static func roundingStep(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        if value != value.rounded() {
            var step = 0.1
            while abs((value / step).rounded() - value / step) > 1e-6, step > 1e-4 { step /= 10 }
            return step
        }
        var step = 1.0
        while (value / (step * 10)).rounded() == value / (step * 10), step * 10 <= value / 4 { step *= 10 }
        return step
    }

    /// "how big the asteroid is", "how deep the crater is", "the crater's radius", "how big 2014 RC is".
    static func topic(thing: String, dimension: String) -> String {
        let named = thing.first?.isUppercase == true || thing.first?.isNumber == true ? thing : "the \(thing)"
        switch dimension {
        case "depth": return "how deep \(named) is"
        case "height": return "how high \(named) is"
        case "radius": return "\(named)'s radius"
        default: return "how big \(named) is"
        }
    }
}
