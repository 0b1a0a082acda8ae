import CorroborateCore

/// Finds who an article credits: reports ("according to the Washington Post", "Reuters
/// reported", "citing RIA Novosti"), quote intermediaries ("told AFP", "in an interview with
/// CNN"), photo credits ("Arthur Novosiltsev / Moskva News Agency", "Photo: Reuters", "AFP via
/// Getty Images"), agency credits ("(With inputs from agencies)", "SOURCE: TASS and agencies",
/// a "MOSCOW (Reuters)" dateline) and other citations ("citing officials").
///
/// Sources are the outlet and agency mentions of the entity layer, so they come normalised
/// ("WP" -> "The Washington Post"). Cue phrases live in `Resources/citation-cues.tsv`; a
/// phrase before the source may be separated from it by up to `maximumDescriptorWords`
/// describing words ("according to the Russian state-funded news agency RIA Novosti").
public struct CitationDetector: AnnotationComponent {
    /// One cue phrase of the table.
    public struct Cue: Sendable, Hashable {
        /// Lower-cased tokens, as the scanner writes them ("'s" for a possessive).
        public var words: [String]
        /// The kind of citation the cue makes.
        public var kind: CitationKind
        /// Whether the phrase comes before the source (else right after it).
        public var precedesSource: Bool
    }

    /// The component name used in errors and benchmark output.
    public let name = "citations"
    /// Outlet and agency mentions are the sources it cites.
    public let requires: Set<AnnotationLayer> = [.mentions]
    /// Adds citations.
    public let adds: Set<AnnotationLayer> = [.citations]
    /// The cue table, longest phrases first.
    public var cues: [Cue]
    /// How many describing words may sit between a cue before the source and the source.
    public var maximumDescriptorWords = 6

    /// A detector with an explicit cue table.
    public init(cues: [Cue]) {
        self.cues = cues.sorted { $0.words.count > $1.words.count }
    }

    /// A detector with the cue table shipped in the module's resources.
    public static func bundled() throws -> CitationDetector {
        var cues: [Cue] = []
        for line in try ResourceText.lines("citation-cues", "tsv") {
            let fields = line.split(separator: "\t")
            guard fields.count == 3, let kind = CitationKind(rawValue: String(fields[2])) else { continue }
            cues.append(Cue(words: fields[1].split(separator: " ").map(String.init), kind: kind, precedesSource: fields[0] == "before"))
        }
        return CitationDetector(cues: cues)
    }

    /// Adds the citations it finds after any already present.
    public func annotate(_ document: inout TextDocument) {
        document.citations.append(contentsOf: citations(in: document))
        document.present.insert(.citations)
    }

    /// The citations of `document`, in text order.
    public func citations(in document: TextDocument) -> [CitationSpan] {
        let tokens = WordScanner.tokens(of: document.scalars)
        guard !tokens.isEmpty else { return [] }
        let starts = tokens.map(\.start)
        var found: [CitationSpan] = []
        for mention in document.mentions where mention.kind == .outlet || mention.kind == .agency {
            guard let first = Self.index(of: mention.start, in: starts) else { continue }
            var last = first
            while last + 1 < tokens.count, tokens[last + 1].end <= mention.end { last += 1 }
            if let citation = cite(mention, first: first, last: last, tokens) { found.append(citation) }
        }
        found.append(contentsOf: agencyCredits(tokens, document))
        var seen = Set<CitationSpan>()
        return found.sorted { ($0.start, $0.end) < ($1.start, $1.end) }.filter { seen.insert($0).inserted }
    }

    private func cite(_ mention: Mention, first: Int, last: Int, _ tokens: [ScanToken]) -> CitationSpan? {
        if let (cue, start) = cueBefore(first, tokens) {
            return CitationSpan(start: tokens[start].start, end: mention.end, source: mention.entity, kind: cue.kind)
        }
        if let (cue, end) = cueAfter(last + 1, tokens) {
            return CitationSpan(start: mention.start, end: tokens[end].end, source: mention.entity, kind: cue.kind)
        }
        if first > 0, last + 1 < tokens.count, tokens[first - 1].lower == "(", tokens[last + 1].lower == ")" {
            return CitationSpan(start: tokens[first - 1].start, end: tokens[last + 1].end, source: mention.entity, kind: .agency)
        }
        return nil
    }

    /// A cue phrase ending right before token `first` (or before a few describing words): the cue and its first token.
    private func cueBefore(_ first: Int, _ tokens: [ScanToken]) -> (Cue, Int)? {
        var end = first
        for _ in 0...maximumDescriptorWords {
            guard end > 0 else { return nil }
            for cue in cues where cue.precedesSource && matches(cue.words, endingAt: end, tokens) {
                return (cue, end - cue.words.count)
            }
            let previous = tokens[end - 1]
            guard previous.isWord || previous.lower == "-" else { return nil }
            end -= 1
        }
        return nil
    }

    /// A cue phrase starting at token `start`: the cue and its last token.
    private func cueAfter(_ start: Int, _ tokens: [ScanToken]) -> (Cue, Int)? {
        for cue in cues where !cue.precedesSource && start + cue.words.count <= tokens.count {
            if matches(cue.words, endingAt: start + cue.words.count, tokens) { return (cue, start + cue.words.count - 1) }
        }
        return nil
    }

    private func matches(_ words: [String], endingAt end: Int, _ tokens: [ScanToken]) -> Bool {
        guard end - words.count >= 0, end <= tokens.count else { return false }
        for (offset, word) in words.enumerated() where tokens[end - words.count + offset].lower != word { return false }
        return true
    }

    /// "(With inputs from agencies)", "and agencies", "SOURCE: ... and agencies": the generic credit "agencies".
    private func agencyCredits(_ tokens: [ScanToken], _ document: TextDocument) -> [CitationSpan] {
        var credits: [CitationSpan] = []
        for index in 1..<max(1, tokens.count) where tokens[index].lower == "agencies" {
            let previous = tokens[index - 1].lower
            guard previous == "from" || previous == "and" || previous == "agency" || previous == "with" else { continue }
            credits.append(CitationSpan(start: tokens[index - 1].start, end: tokens[index].end, source: "agencies", kind: .agency))
        }
        return credits
    }

    /// The token index starting at scalar `offset`, by binary search.
    static func index(of offset: Int, in starts: [Int]) -> Int? {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low < starts.count && starts[low] == offset ? low : nil
    }
}
