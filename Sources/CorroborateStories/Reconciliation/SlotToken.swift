/// One token of a sentence as the discrepancy slots read it: a word ("bodies", "23-year-old", "U.S."), a number
/// ("1,200", "1.2") or one punctuation mark ("$", "%", ","), with its scalar offsets in the article text.
///
/// Digits and letters are split where they meet ("1.2bn" is "1.2" and "bn") unless a hyphen joins them
/// ("23-year-old"); commas and points join digits ("1,200.5"), apostrophes join letters ("Kenya's").
struct SlotToken: Sendable, Hashable {
    var text: String
    var start: Int
    var end: Int
    /// No whitespace between this token and the one before it.
    var attached: Bool

    var lower: String { text.lowercased() }
    var isPunctuation: Bool { !text.unicodeScalars.contains { $0.properties.isAlphabetic || Self.isDigit($0) } }
    var isDigits: Bool { text.unicodeScalars.allSatisfy { Self.isDigit($0) || $0 == "," || $0 == "." } && text.unicodeScalars.first.map(Self.isDigit) == true }
    var isCapitalised: Bool { text.unicodeScalars.first?.properties.isUppercase == true }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// The tokens of `text`, whose first scalar is at `offset` in the article.
    static func tokens(in text: String, offset: Int) -> [SlotToken] {
        let scalars = Array(text.unicodeScalars)
        func kind(_ index: Int) -> Int {
            guard index < scalars.count else { return 0 }
            return isDigit(scalars[index]) ? 1 : scalars[index].properties.isAlphabetic ? 2 : 0
        }
        var tokens: [SlotToken] = []
        var index = 0
        var attached = false
        while index < scalars.count {
            if scalars[index].properties.isWhitespace {
                attached = false
                index += 1
                continue
            }
            var end = index + 1
            var current = kind(index)
            var runLength = 1
            while current != 0, end < scalars.count {
                let next = kind(end)
                if next == current {
                    end += 1
                    runLength += 1
                    continue
                }
                guard next == 0 else { break }
                let mark = scalars[end], after = kind(end + 1)
                if mark == "-", after != 0 {
                    current = after
                } else if mark == "'" || mark == "’", current == 2, after == 2 {
                } else if mark == "," || mark == ".", current == 1, after == 1 {
                } else if mark == ".", current == 2, runLength == 1 {
                    // Initials: "U.S.", "U.N." keep their points.
                    end += 1
                    if after != 2 { break }
                    runLength = 0
                    continue
                } else {
                    break
                }
                end += 2
                runLength = 1
            }
            let string = String(String.UnicodeScalarView(scalars[index..<end]))
            tokens.append(SlotToken(text: string, start: offset + index, end: offset + end, attached: attached))
            attached = true
            index = end
        }
        return tokens
    }
}
