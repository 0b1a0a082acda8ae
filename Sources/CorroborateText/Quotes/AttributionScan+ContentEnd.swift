import CorroborateCore

extension AttributionScan {
    /// A place inside a found content where it may end: before token `cut`.
    struct EndPlace {
        /// Index of the content in `found`.
        var item: Int
        /// The first token left out when the content ends here.
        var cut: Int
        /// The content's tokens.
        var content: Range<Int>
        var features: [String]
    }

    /// Contents that may end early: reported speech and the learned stage's, not whole quotes.
    static let trimmedStages: Set<QuoteDetector.Stage> = [.reported, .learned]

    /// Tokens where a clause may close: the content may end before them.
    static let endMarkers: Set<String> = [
        ",", ";", ":", "—", "–", "―", "-", "(", "but", "and", "while", "which", "where", "who", "as", "because", "although",
        "though", "when", "after", "before", "so", "or", "including", "even", "until", "if", "since", "despite",
    ]

    /// The places where found content `item` may end: end markers outside quotation marks with at
    /// least `minimumReportedWords` words before them and a word after them in the content.
    func endPlaces(of item: Int) -> [EndPlace] {
        let found = self.found[item]
        guard Self.trimmedStages.contains(found.stage), found.kind != .direct, let content = tokenRange(of: found.content) else { return [] }
        let total = wordCount(content)
        var places: [EndPlace] = []
        if total >= configuration.minimumReportedWords {
            places.append(EndPlace(item: item, cut: content.lowerBound, content: content, features: dropFeatures(found, content: content, words: total)))
        }
        var words = 0
        let asides = asides(in: content)
        for index in content {
            let token = tokens[index]
            let after = total - words - (token.isWord ? 1 : 0)
            if Self.endMarkers.contains(token.lower), segmentOf[index] < 0, words >= configuration.minimumReportedWords, after > 0,
                !asides.contains(where: { $0.contains(index) })
            {
                let features = endFeatures(found, cut: index, content: content, words: (words, after))
                places.append(EndPlace(item: item, cut: index, content: content, features: features))
            }
            if token.isWord { words += 1 }
        }
        return places
    }

    /// Relative clauses a content carries on after: a pair of dashes around a clause opened by a relative pronoun,
    /// with words after the closing dash ("the supply of sapphire crystal – which will compose the displays – has led to
    /// difficulties"). No clause closes inside or at the opening of one. Other paired dashes are left to the model:
    /// they part clauses as often as they enclose asides ("to move judges in order — and at the pace X moved — Nye
    /// won't get a vote"), and PolNeAR leaves most asides out of the content.
    func asides(in content: Range<Int>) -> [ClosedRange<Int>] {
        var asides: [ClosedRange<Int>] = []
        var index = content.lowerBound
        while index < content.upperBound {
            let mark = tokens[index].lower
            let close: String? = Self.asideDashes.contains(mark) && index + 1 < content.upperBound
                && Self.relativePronouns.contains(tokens[index + 1].lower) ? mark : nil
            if let close, let end = ((index + 1)..<content.upperBound).first(where: { tokens[$0].lower == close }),
                ((end + 1)..<content.upperBound).contains(where: { tokens[$0].isWord })
            {
                asides.append(index...end)
                index = end + 1
            } else {
                index += 1
            }
        }
        return asides
    }

    static let asideDashes: Set<String> = ["—", "–", "―", "-"]
    /// Words that open a relative clause (`asides(in:)`, `opensRelative`).
    static let relativePronouns: Set<String> = ["which", "who", "whom", "whose", "where"]

    /// Ends each reported or learned content before its first place `model` cuts at (at its
    /// first word: the content is dropped).
    mutating func trimContents(_ model: ContentEndModel) {
        var dropped = Set<Int>()
        for item in found.indices {
            guard let place = endPlaces(of: item).first(where: { model.cuts($0.features) }) else { continue }
            guard let span = wordSpan(place.content.lowerBound..<place.cut) else {
                dropped.insert(item)
                continue
            }
            found[item].content = span
            if found[item].kind == .partial, !(place.content.lowerBound..<place.cut).contains(where: { segmentOf[$0] >= 0 }) {
                found[item].kind = .indirect
            }
        }
        if !dropped.isEmpty { found = found.indices.filter { !dropped.contains($0) }.map { found[$0] } }
    }

    /// The features of a content's first word as a place (ending there drops the content): its
    /// cue word and neighbours, the speaker's kind, the content's side and length, and the stage.
    private func dropFeatures(_ found: Found, content: Range<Int>, words: Int) -> [String] {
        let cue = found.cue.map { tokens[$0.lowerBound].lower } ?? "<none>"
        let beforeCue = found.cue.map { $0.lowerBound > 0 ? featureText($0.lowerBound - 1) : "<s>" } ?? "<none>"
        let afterCue = found.cue.map { $0.upperBound < tokens.count ? featureText($0.upperBound) : "</s>" } ?? "<none>"
        let speaker = speakerKind(found.speaker)
        let side = found.cue.map { $0.lowerBound < content.lowerBound ? "after" : "before" } ?? "none"
        let length = Self.wordBucket(words)
        var features = [
            "m=<start>", "cue=" + cue, "pc=" + beforeCue + "_" + cue, "cn=" + cue + "_" + afterCue, "dspk=" + speaker,
            "cue_spk=" + cue + "_" + speaker, "dside=" + side, "cue_side=" + cue + "_" + side, "len=" + length,
            "cue_len=" + cue + "_" + length, "stage=" + found.stage.rawValue, "dstart=" + featureText(content.lowerBound),
        ]
        if let speaker = found.speaker { features.append("dhead=" + tokens[speaker.upperBound - 1].lower) }
        if found.kind == .partial { features.append("dpartial") }
        if paragraphOf[content.lowerBound] == 0 { features.append("dheadline") }
        return features
    }

    /// "none", "pronoun", "named" (ends with a capitalised word) or "noun".
    private func speakerKind(_ speaker: Range<Int>?) -> String {
        guard let speaker else { return "none" }
        if speaker.count == 1, SpeakerPhrases.pronouns.contains(tokens[speaker.lowerBound].lower) { return "pronoun" }
        return tokens[speaker.upperBound - 1].isCapitalized ? "named" : "noun"
    }

    /// The features of a place: the marker and its neighbours, the words before and after it,
    /// the stage, the content's side of its cue, and whether the content reaches its sentence's end.
    private func endFeatures(_ found: Found, cut: Int, content: Range<Int>, words: (before: Int, after: Int)) -> [String] {
        let marker = tokens[cut].lower
        let previous = cut > content.lowerBound ? featureText(cut - 1) : "<s>"
        let next = cut + 1 < content.upperBound ? featureText(cut + 1) : "</s>"
        let afterNext = cut + 2 < content.upperBound ? featureText(cut + 2) : "</s>"
        let before = Self.wordBucket(words.before), after = Self.wordBucket(words.after)
        let side = found.cue.map { $0.lowerBound < content.lowerBound ? "after" : "before" } ?? "none"
        var features = [
            "m=" + marker, "p=" + previous, "n=" + next, "n2=" + afterNext, "pm=" + previous + "_" + marker,
            "mn=" + marker + "_" + next, "mnn=" + marker + "_" + next + "_" + afterNext, "b=" + before, "a=" + after,
            "m_a=" + marker + "_" + after, "m_b=" + marker + "_" + before, "stage=" + found.stage.rawValue, "side=" + side,
            "m_side=" + marker + "_" + side,
        ]
        if cut + 1 < content.upperBound, tokens[cut + 1].isCapitalized { features.append("ncap") }
        if content.upperBound >= sentence(of: cut).upperBound - 1 { features.append("sentence-end") }
        if found.kind == .partial { features.append("partial") }
        return features
    }

    private static func wordBucket(_ words: Int) -> String {
        switch words {
        case ..<3: return "1"
        case ..<6: return "3"
        case ..<11: return "6"
        case ..<21: return "11"
        default: return "21"
        }
    }

    /// The tokens inside scalar range `range`.
    func tokenRange(of range: TextRange) -> Range<Int>? {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < range.start { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < tokens.count, tokens[end].end <= range.end { end += 1 }
        return end > low ? low..<end : nil
    }
}
