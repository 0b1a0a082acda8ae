import Foundation

/// The line shapes `CreditReader` understands, each a small prefix/suffix scan on one short metadata line
/// (never run on article bodies). Matching ignores case; names keep their case.
enum CreditPatterns {
    /// "(With inputs from agencies)", "With inputs from PTI, Reuters", "(With agency inputs)" -> the names.
    static func inputsFrom(_ line: String) -> [String]? {
        let text = unbracketed(line)
        let lower = text.lowercased()
        if lower.hasPrefix("with agency inputs") || lower.hasPrefix("with inputs from agencies") { return ["agencies"] }
        for marker in ["with inputs from ", "inputs from "] {
            if let range = lower.range(of: marker), lower.hasPrefix(marker) || lower.hasPrefix("with ") {
                let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
                return splitNames(String(text.dropFirst(offset)))
            }
        }
        return nil
    }

    /// "SOURCE:TRTWorld and agencies", "Source: Reuters, AFP" -> every name listed.
    static func sourceList(of line: String) -> [String]? {
        let lower = line.lowercased()
        guard lower.hasPrefix("source:") || lower.hasPrefix("sources:") else { return nil }
        let start = line.index(after: line.firstIndex(of: ":") ?? line.startIndex)
        return splitNames(String(line[start...]))
    }

    /// The first non-agency name of a source line ("SOURCE:TRTWorld and agencies" -> "TRTWorld").
    static func sourceOutlet(of line: String) -> String? {
        sourceList(of: line)?.first { NameKey.of($0) != "agencies" }
    }

    /// "Support The Moscow Times!", "A Message from The Moscow Times:", "By supporting The Moscow Times, ..."
    /// -> "The Moscow Times".
    static func donationSubject(of line: String) -> String? {
        let lower = line.lowercased()
        for marker in ["support ", "a message from ", "by supporting "] where lower.hasPrefix(marker) {
            let rest = line.dropFirst(marker.count)
            let written = rest.prefix { !"!:,.?".contains($0) }.trimmingCharacters(in: .whitespaces)
            let name = written.hasPrefix("the ") ? String(written.dropFirst(4)) : written
            let firstWord = name.split(separator: " ").first?.lowercased() ?? ""
            if firstWord.isEmpty || ["us", "our", "independent", "quality", "today"].contains(firstWord) { return nil }
            return name
        }
        return nil
    }

    /// "© Copyright 2024 The Associated Press. All rights reserved." -> "The Associated Press";
    /// "©2024 GPlusMedia Inc." -> "GPlusMedia Inc"; "Copyright © 2024 BBC." -> "BBC".
    static func copyrightHolder(of line: String) -> String? {
        var rest = Substring(line)
        var sawMark = false
        while true {
            rest = rest.drop { $0 == " " }
            let lower = rest.lowercased()
            if rest.hasPrefix("©") { rest = rest.dropFirst(); sawMark = true; continue }
            if lower.hasPrefix("(c)") { rest = rest.dropFirst(3); sawMark = true; continue }
            if lower.hasPrefix("copyright") { rest = rest.dropFirst(9); sawMark = true; continue }
            if let first = rest.first, first.isNumber || first == "-" || first == "–" || first == "," {
                rest = rest.drop { $0.isNumber || $0 == "-" || $0 == "–" || $0 == "," || $0 == " " }
                continue
            }
            break
        }
        guard sawMark else { return nil }
        let lowerRest = rest.lowercased()
        var end = rest.endIndex
        for stop in [". all rights", ", all rights", " all rights", ". ", "|"] {
            if let range = lowerRest.range(of: stop) {
                let offset = lowerRest.distance(from: lowerRest.startIndex, to: range.lowerBound)
                let candidate = rest.index(rest.startIndex, offsetBy: offset)
                if candidate < end { end = candidate }
            }
        }
        let name = rest[..<end].trimmingCharacters(in: CharacterSet(charactersIn: " .,;"))
        return name.isEmpty ? nil : name
    }

    /// "Reuters contributed to this report", "The Associated Press contributed." -> the name before "contributed".
    static func contributor(of line: String) -> String? {
        guard let range = line.range(of: " contributed", options: .caseInsensitive) else { return nil }
        let name = line[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        return name.split(separator: " ").count <= 5 && !name.isEmpty ? name : nil
    }

    /// "(AP)", "(Reuters)", "— AFP" standing alone -> the name.
    static func bracketedCredit(of line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("("), trimmed.hasSuffix(")"), trimmed.count <= 40 {
            return String(trimmed.dropFirst().dropLast())
        }
        for dash in ["— ", "– ", "- "] where trimmed.hasPrefix(dash) && trimmed.count <= 40 {
            return String(trimmed.dropFirst(dash.count))
        }
        return nil
    }

    /// Whether `text` reads as an organisation's name: 1 to 6 words, the first capitalised.
    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...6).contains(words.count), let first = words.first?.first else { return false }
        return first.isUppercase || first.isNumber
    }

    /// "TRTWorld and agencies" / "PTI, Reuters & AFP" -> the names, split at ",", "/", "&", ";" and " and ".
    static func splitNames(_ text: String) -> [String] {
        var parts: [String] = []
        for piece in text.split(whereSeparator: { ",/&;+".contains($0) }) {
            let words = piece.split(separator: " ", omittingEmptySubsequences: true)
            var current: [Substring] = []
            for word in words {
                if word.lowercased() == "and" {
                    if !current.isEmpty { parts.append(current.joined(separator: " ")) }
                    current = []
                } else {
                    current.append(word)
                }
            }
            if !current.isEmpty { parts.append(current.joined(separator: " ")) }
        }
        return parts.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " .()[]:")) }.filter { !$0.isEmpty }
    }

    private static func unbracketed(_ line: String) -> String {
        line.trimmingCharacters(in: CharacterSet(charactersIn: " ()[]."))
    }
}
