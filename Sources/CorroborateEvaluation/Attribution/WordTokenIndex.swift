import CorroborateCore

/// The word tokens `polnear_score.py` scores over: matches of `\w+(?:['’]\w+)*` (letters,
/// digits and `_`, with inner apostrophes), as scalar ranges of one text.
struct WordTokenIndex {
    private(set) var ranges: [TextRange] = []

    static let pronouns: Set<String> = [
        "he", "she", "it", "they", "i", "we", "you", "him", "her", "them", "me", "us", "his", "its", "their", "our", "my",
        "your", "who", "whom", "which", "that", "himself", "herself", "themselves", "itself", "this", "these", "those",
    ]

    init(_ scalars: [Unicode.Scalar]) {
        ranges = Self.scan(scalars)
    }

    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func scan(_ scalars: [Unicode.Scalar]) -> [TextRange] {
        var ranges: [TextRange] = []
        var index = 0
        while index < scalars.count {
            guard isWord(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count {
                if isWord(scalars[index]) {
                    index += 1
                } else if scalars[index] == "'" || scalars[index] == "’", index + 1 < scalars.count, isWord(scalars[index + 1]) {
                    index += 1
                } else {
                    break
                }
            }
            ranges.append(TextRange(start: start, end: index))
        }
        return ranges
    }

    /// The words of a string.
    static func words(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return scan(scalars).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    /// Indices of the tokens sharing at least one scalar with any fragment.
    func tokens(overlapping fragments: [TextRange]) -> Set<Int> {
        var result = Set<Int>()
        for fragment in fragments where fragment.end > fragment.start {
            var low = 0, high = ranges.count
            while low < high {
                let mid = (low + high) / 2
                if ranges[mid].end <= fragment.start { low = mid + 1 } else { high = mid }
            }
            var index = low
            while index < ranges.count, ranges[index].start < fragment.end {
                if ranges[index].overlaps(fragment) { result.insert(index) }
                index += 1
            }
        }
        return result
    }
}
