/// A sentence as position cues read it: lower-cased, every character but letters and apostrophes
/// a separator; the typographic apostrophe (’) is read as the straight one, so "hasn’t" is one
/// word, as "hasn't" is. Each word keeps its offset in the sentence (in Unicode scalars of the folded
/// text) and whether it follows the word before it after exactly one separator, so a cue matches
/// only words written one space apart. Words are indexed by their text: a cue is looked up, not
/// searched for.
struct FoldedWords {
    private(set) var words: [Substring] = []
    private(set) var offsets: [Int] = []
    private var adjacent: [Bool] = []
    private var positions: [Substring: [Int]] = [:]

    var count: Int { words.count }

    init(_ sentence: String) {
        let folded = String(sentence.lowercased().map { $0.isLetter || $0 == "'" ? $0 : $0 == "’" ? "'" : " " })
        var scalarOffset = 0, separators = 1
        var wordStart: String.Index?, wordOffset = 0
        func close(at end: String.Index) {
            guard let start = wordStart else { return }
            positions[folded[start..<end], default: []].append(words.count)
            words.append(folded[start..<end])
            offsets.append(wordOffset)
            wordStart = nil
        }
        var index = folded.startIndex
        while index < folded.endIndex {
            let character = folded[index]
            if character == " " {
                close(at: index)
                separators += 1
            } else if wordStart == nil {
                wordStart = index
                wordOffset = scalarOffset
                adjacent.append(separators == 1)
                separators = 0
            }
            scalarOffset += character.unicodeScalars.count
            index = folded.index(after: index)
        }
        close(at: folded.endIndex)
    }

    /// The first run of words equal to `phrase`, one separator apart, as a word range.
    func first(_ phrase: [Substring]) -> Range<Int>? {
        guard let head = phrase.first, !head.isEmpty, let starts = positions[head] else { return nil }
        for start in starts where start + phrase.count <= words.count {
            var matched = true
            for k in 1..<max(1, phrase.count) where words[start + k] != phrase[k] || !adjacent[start + k] {
                matched = false
                break
            }
            if matched { return start..<(start + phrase.count) }
        }
        return nil
    }
}
