/// BERT's tokenizer: `BertBasicTokenizer` words split into WordPiece ids by greedy
/// longest-match-first, framed by `[CLS]` … `[SEP]` and truncated to a maximum length.
///
/// A word longer than `maxCharactersPerWord` scalars, or one that no sequence of vocabulary
/// pieces spells (continuations carry the `##` prefix), becomes a single `[UNK]`.
public struct WordPieceTokenizer: Sendable {
    /// The vocabulary.
    public let vocabulary: WordPieceVocabulary
    /// Normalisation and pre-tokenisation.
    public var basic: BertBasicTokenizer
    /// The most tokens in one encoded text, `[CLS]` and `[SEP]` included (256 for MiniLM).
    public var maxTokens: Int
    /// Words longer than this (in Unicode scalars) become `[UNK]` (100, as in BERT).
    public var maxCharactersPerWord: Int

    /// Creates a tokenizer over `vocabulary`.
    public init(vocabulary: WordPieceVocabulary, lowercase: Bool = true, maxTokens: Int = 256,
                maxCharactersPerWord: Int = 100) {
        self.vocabulary = vocabulary
        self.basic = BertBasicTokenizer(lowercase: lowercase)
        self.maxTokens = max(2, maxTokens)
        self.maxCharactersPerWord = maxCharactersPerWord
    }

    /// The ids of `text`: `[CLS]`, the word pieces (the first `maxTokens - 2` of them), `[SEP]`.
    public func encode(_ text: String) -> [Int32] {
        var ids: [Int32] = [vocabulary.classifierID]
        let limit = maxTokens - 1
        for word in basic.words(in: text) {
            appendPieces(of: word, to: &ids)
            if ids.count >= limit { break }
        }
        if ids.count > limit { ids.removeLast(ids.count - limit) }
        ids.append(vocabulary.separatorID)
        return ids
    }

    /// The tokens of `ids`, for display and tests.
    public func tokens(_ ids: [Int32]) -> [String] {
        ids.map { vocabulary.tokens.indices.contains(Int($0)) ? vocabulary.tokens[Int($0)] : "[UNK]" }
    }

    /// Appends the pieces of one word, or `[UNK]` when it cannot be spelled.
    func appendPieces(of word: [Unicode.Scalar], to ids: inout [Int32]) {
        guard word.count <= maxCharactersPerWord else {
            ids.append(vocabulary.unknownID)
            return
        }
        let start = ids.count
        var begin = 0
        while begin < word.count {
            guard let (id, end) = longestPiece(in: word, from: begin) else {
                ids.removeLast(ids.count - start)
                ids.append(vocabulary.unknownID)
                return
            }
            ids.append(id)
            begin = end
        }
    }

    /// The longest vocabulary piece starting at `begin` (with `##` unless at the word's start).
    private func longestPiece(in word: [Unicode.Scalar], from begin: Int) -> (Int32, Int)? {
        var end = word.count
        while end > begin {
            var piece = String.UnicodeScalarView()
            if begin > 0 { piece.append(contentsOf: "##".unicodeScalars) }
            piece.append(contentsOf: word[begin..<end])
            if let id = vocabulary.id(of: String(piece)) { return (id, end) }
            end -= 1
        }
        return nil
    }
}
