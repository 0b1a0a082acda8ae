import CorroborateCore

extension AttributionScan {
    /// Stage 0 (`label`): a paragraph opening with a speaker label and a colon, as transcripts,
    /// interviews and headlines write it: `PENCE: Well, look, ...`, `Q: Why ...`,
    /// `Bernie Sanders: ‘Of Course’ Hillary Clinton Is Qualified`. The label is one to five
    /// capitalised words (connectors "of", "the", "and" inside), not a place of the gazetteer and
    /// not an editorial label (`Resources/attribution-label-exclusions.txt`: "Editor's note",
    /// "The Latest", "Update"); the content runs to the paragraph's end, at least
    /// `minimumReportedWords` words. Runs first: quotes inside are part of the labelled content.
    mutating func findLabels() {
        for start in tokens.indices where start == 0 || tokens[start - 1].kind == .lineBreak {
            guard tokens[start].kind != .lineBreak, let colon = labelColon(from: start) else { continue }
            var end = colon + 1
            while end < tokens.count, tokens[end].kind != .lineBreak { end += 1 }
            let firstWord = tokens[start].kind == .openQuote ? start + 1 : start
            add(content: (colon + 1)..<end, speaker: firstWord..<colon, cue: colon..<(colon + 1), stage: .label)
        }
    }

    /// The colon ending a speaker label that opens the paragraph at `start`, if there is one.
    private func labelColon(from start: Int) -> Int? {
        var index = tokens[start].kind == .openQuote ? start + 1 : start
        let first = index
        var words = 0
        while index < tokens.count, index - first < 12 {
            let token = tokens[index]
            if token.lower == ":" { break }
            if token.isWord {
                guard token.isCapitalized || Self.labelConnectors.contains(token.lower) else { return nil }
                words += 1
            } else if token.kind != .possessive, token.lower != "." {
                return nil
            }
            index += 1
        }
        guard index < tokens.count, tokens[index].lower == ":", (1...5).contains(words), tokens[first].isCapitalized else { return nil }
        let label = WordScanner.text(document.scalars, TextRange(start: tokens[first].start, end: tokens[index - 1].end))
        let lower = label.lowercased().replacingOccurrences(of: "’", with: "'")
        guard !detector.gazetteer.places.contains(label), !detector.labelExclusions.contains(lower) else { return nil }
        return index
    }

    static let labelConnectors: Set<String> = ["of", "the", "and", "for", "&"]

    /// `“...” ― Pamela Padilla` (stage `signature`): a quote followed by a dash and a short run
    /// of capitalised words that ends the paragraph (a trailing period allowed). The dash is the cue.
    mutating func attachSignature(_ index: Int) {
        let segment = segments[index]
        guard !usedSegments[index], !segment.continues else { return }
        var dash = segment.close + 1
        while dash < tokens.count, [",", "."].contains(tokens[dash].lower) { dash += 1 }
        guard dash + 1 < tokens.count, Self.signatureDashes.contains(tokens[dash].lower), !claimed[dash] else { return }
        var end = dash + 1
        var words = 0
        while end < tokens.count, tokens[end].kind != .lineBreak, words <= 6 {
            let token = tokens[end]
            if token.isWord {
                guard token.isCapitalized || Self.labelConnectors.contains(token.lower) else { return }
                words += 1
            } else if ![".", ",", "-"].contains(token.lower), token.kind != .possessive {
                return
            }
            end += 1
        }
        guard (1...6).contains(words), end == tokens.count || tokens[end].kind == .lineBreak else { return }
        while end > dash + 1, !tokens[end - 1].isWord { end -= 1 }
        record(segment: index, speaker: (dash + 1)..<end, cue: dash..<(dash + 1), stage: .signature)
        recordChainBefore(index, speaker: (dash + 1)..<end, cue: dash..<(dash + 1))
    }

    static let signatureDashes: Set<String> = ["―", "—", "–", "-", "~"]
}
