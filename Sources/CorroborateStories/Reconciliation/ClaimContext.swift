import CorroborateCore

/// Makes a claim's wording stand on its own, as the spec's "Trump and Putin spoke by phone on
/// 2024-11-07" does: a relative date is replaced by the calendar day it was resolved to ("on
/// Thursday" -> "on 2024-11-07"), and "the two" / "the two leaders" by the two people the article
/// named last ("Vladimir Putin and Donald J Trump"). Two outlets' wordings of one claim then share
/// their names and dates, which is what compares them.
struct ClaimContext {
    let input: StoryInput
    let entities: StoryEntities

    /// The text of `range` with its day-precise dates and its pair anaphors made explicit.
    func explicitText(_ range: TextRange) -> String {
        var replacements: [(range: TextRange, text: String)] = []
        for timex in input.annotated.timexes where timex.type == .date && range.start <= timex.start && timex.end <= range.end {
            if Self.isDay(timex.value), timex.text != timex.value { replacements.append((TextRange(start: timex.start, end: timex.end), timex.value)) }
        }
        for anaphor in pairAnaphors(in: range) where !replacements.contains(where: { $0.range.overlaps(anaphor.range) }) {
            replacements.append(anaphor)
        }
        var text = ""
        var cursor = range.start
        for replacement in replacements.sorted(by: { $0.range.start < $1.range.start }) where replacement.range.start >= cursor {
            text += input.string(TextRange(start: cursor, end: replacement.range.start)) + replacement.text
            cursor = replacement.range.end
        }
        return text + input.string(TextRange(start: cursor, end: range.end))
    }

    /// The two people an anaphor before `offset` stands for: the first two distinct people named
    /// in the latest sentence (up to five back, the anaphor's own sentence up to it) that names two,
    /// in the order it names them; nil when none does. "Trump held a call with Putin. Peskov
    /// denied it. The two spoke on Thursday" pairs Trump and Putin, not Putin and Peskov.
    func lastPair(before offset: Int) -> (String, String)? {
        let sentences = input.annotated.sentences
        let current = sentences.firstIndex { $0.start <= offset && offset < $0.end } ?? sentences.count
        for index in stride(from: min(current, sentences.count - 1), through: max(0, current - 5), by: -1) where index >= 0 {
            let sentence = sentences[index]
            var names: [String] = []
            for mention in input.annotated.mentions where mention.kind == .person && mention.start >= sentence.start && mention.end <= min(sentence.end, offset) {
                let name = name(of: mention)
                if !names.contains(name) { names.append(name) }
            }
            if names.count >= 2 { return (names[0], names[1]) }
        }
        return nil
    }

    /// Whether `text` names a person or organization of the story.
    func namesSomeone(_ text: String) -> Bool {
        entities.entities.contains { entity in
            (entity.kind == .person || entity.kind == .organization || entity.kind == .outlet || entity.kind == .agency)
                && entity.aliases.contains { $0.count > 2 && text.contains($0) }
        }
    }

    private func name(of mention: Mention) -> String {
        let id = entities.id(article: input.article.id, key: mention.entity)
        return id.flatMap { id in entities.entity(id: id)?.name } ?? mention.text
    }

    /// "the two", "the two leaders", "both men" in `range`, with the pair they stand for.
    private func pairAnaphors(in range: TextRange) -> [(range: TextRange, text: String)] {
        let scalars = Array(input.string(range).unicodeScalars)
        let lowered = String(String.UnicodeScalarView(scalars)).lowercased()
        guard lowered.unicodeScalars.count == scalars.count else { return [] }
        var found: [(range: TextRange, text: String)] = []
        for phrase in Self.pairPhrases {
            var searchFrom = lowered.startIndex
            while let match = lowered.range(of: phrase, range: searchFrom..<lowered.endIndex) {
                searchFrom = match.upperBound
                let start = lowered.unicodeScalars.distance(from: lowered.unicodeScalars.startIndex, to: match.lowerBound)
                let end = start + phrase.unicodeScalars.count
                guard start == 0 || !Self.isWordScalar(scalars[start - 1]), end == scalars.count || !Self.isWordScalar(scalars[end]) else { continue }
                if phrase == "the two", let next = Self.word(after: end, in: scalars), Self.notPeople.contains(next) || next.first?.isNumber == true { continue }
                let absolute = TextRange(start: range.start + start, end: range.start + end)
                guard !found.contains(where: { $0.range.overlaps(absolute) }), let pair = lastPair(before: absolute.start) else { continue }
                found.append((absolute, "\(pair.0) and \(pair.1)"))
            }
        }
        return found
    }

    private static func word(after offset: Int, in scalars: [Unicode.Scalar]) -> String? {
        var index = offset
        while index < scalars.count, scalars[index] == " " { index += 1 }
        var word = String.UnicodeScalarView()
        while index < scalars.count, isWordScalar(scalars[index]) { word.append(scalars[index]); index += 1 }
        return word.isEmpty ? nil : String(word).lowercased()
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    static func isDay(_ value: String) -> Bool {
        let parts = value.split(separator: "-")
        return value.count == 10 && parts.count == 3 && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }

    /// Longest first, so "the two leaders" is replaced whole.
    static let pairPhrases = ["the two leaders", "the two presidents", "the two men", "the two women", "both leaders", "both men", "the pair", "the two"]
    /// Words after "the two" that make it two things rather than two people named before.
    static let notPeople: Set<String> = [
        "countries", "nations", "sides", "companies", "parties", "teams", "states", "governments", "sides'", "of",
        "days", "weeks", "months", "years", "hours", "issues", "cases", "cities", "firms", "banks", "groups", "main",
        "largest", "biggest", "sets", "types", "kinds", "bills", "deals", "reports", "and", "or",
    ]
}
