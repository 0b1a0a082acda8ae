import CorroborateCore

/// A claim or body tokenised for stance features: lower-cased words with their sentence, stem term and
/// capitalisation, and the stance cues found in them.
///
/// Words are runs of letters and decimal digits; an apostrophe (' or ’) between letters stays inside
/// the word ("didn't"), a final possessive "'s" is dropped from the stem. A sentence ends at a line
/// break, or at ".", "!" or "?" followed by white space. Stems strip "ing", "ed", "es" and "s" from
/// longer words ("denies", "denied" -> "deni"); stopwords and one-character words have no term.
public struct StanceText: Sendable {
    /// One word of the text.
    public struct Word: Sendable, Hashable {
        /// The word, lower-cased, apostrophes as '.
        public var text: String
        /// The hashed stem, nil for stopwords and one-character words.
        public var term: UInt64?
        /// Index of the word's sentence.
        public var sentence: Int
        /// Starts with an upper-case letter and is not the first word of its sentence.
        public var isCapitalized: Bool
        /// Consists of decimal digits only.
        public var isNumber: Bool
    }

    public private(set) var words: [Word] = []
    /// Number of sentences (at least 1).
    public private(set) var sentenceCount = 1
    /// Cues found, in order.
    public private(set) var cues: [StanceCues.Match] = []
    /// The text holds a "?".
    public private(set) var hasQuestionMark = false
    /// Number of sentences holding a quotation mark (" “ ” «).
    public private(set) var quotedSentences = 0
    /// The sentences holding a quotation mark.
    public private(set) var quotedSentenceIndices: Set<Int> = []

    /// Tokenises `text` and finds its cues.
    public init(_ text: String, stopwords: Set<String>, cues: StanceCues) {
        var scanner = Scanner(stopwords: stopwords)
        for scalar in text.unicodeScalars { scanner.consume(scalar) }
        scanner.finishWord()
        words = scanner.words
        sentenceCount = (words.last?.sentence ?? 0) + 1
        hasQuestionMark = scanner.sawQuestionMark
        quotedSentences = scanner.quotedSentences.count
        quotedSentenceIndices = scanner.quotedSentences
        self.cues = cues.matches(in: words.map(\.text))
    }

    /// Each sentence as its lower-cased words joined by single spaces (what sentence embeddings read).
    public var sentenceTexts: [String] {
        var sentences = [[String]](repeating: [], count: sentenceCount)
        for word in words { sentences[word.sentence].append(word.text) }
        return sentences.map { $0.joined(separator: " ") }
    }

    /// The sentence index of each cue of `category`.
    public func cueSentences(_ category: StanceCues.Category) -> [Int] {
        cues.filter { $0.category == category }.map { words[$0.position].sentence }
    }

    /// The stem of a lower-cased word.
    public static func stem(_ word: String) -> String {
        var stem = word
        if stem.hasSuffix("'s") { stem.removeLast(2) }
        let count = stem.count
        if count > 5, stem.hasSuffix("ing") { stem.removeLast(3) } else if count > 4, stem.hasSuffix("ed") {
            stem.removeLast(2)
        } else if count > 4, stem.hasSuffix("es") { stem.removeLast(2) } else if count > 3, stem.hasSuffix("s"),
            !stem.hasSuffix("ss") { stem.removeLast() }
        return stem
    }

    /// The state of one left-to-right pass over the scalars.
    private struct Scanner {
        let stopwords: Set<String>
        var words: [Word] = []
        var current = String.UnicodeScalarView()
        var capitalized = false
        var digitsOnly = true
        var sentence = 0
        var wordsInSentence = 0
        var pendingBreak = false
        var sawTerminator = false
        var sawQuestionMark = false
        var quotedSentences: Set<Int> = []

        init(stopwords: Set<String>) { self.stopwords = stopwords }

        mutating func consume(_ scalar: Unicode.Scalar) {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType == .decimal {
                if current.isEmpty {
                    startWord()
                    capitalized = properties.isUppercase
                }
                if properties.numericType != .decimal { digitsOnly = false }
                current.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
                return
            }
            if (scalar == "'" || scalar == "\u{2019}"), !current.isEmpty {
                current.append("'")
                return
            }
            finishWord()
            mark(scalar)
        }

        mutating func mark(_ scalar: Unicode.Scalar) {
            switch scalar {
            case "\n", "\r", "\u{2029}": pendingBreak = wordsInSentence > 0
            case ".", "!", "?":
                sawTerminator = true
                if scalar == "?" { sawQuestionMark = true }
            case " ", "\t", "\u{00A0}": if sawTerminator { pendingBreak = wordsInSentence > 0 }
            case "\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}": quotedSentences.insert(sentence)
            default: sawTerminator = false
            }
        }

        mutating func startWord() {
            if pendingBreak {
                sentence += 1
                wordsInSentence = 0
            }
            pendingBreak = false
            sawTerminator = false
            digitsOnly = true
        }

        mutating func finishWord() {
            guard !current.isEmpty else { return }
            var text = String(current)
            while text.hasSuffix("'") { text.removeLast() }
            let stem = StanceText.stem(text)
            let hasTerm = stem.count >= 2 && !stem.contains("'") && !stopwords.contains(text) && !stopwords.contains(stem)
            words.append(Word(
                text: text, term: hasTerm ? ContentHash.fnv1a(stem.utf8) : nil, sentence: sentence,
                isCapitalized: capitalized && wordsInSentence > 0, isNumber: digitsOnly
            ))
            wordsInSentence += 1
            current.removeAll(keepingCapacity: true)
        }
    }
}
