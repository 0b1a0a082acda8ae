import Foundation

/// The word lists the sentence segmenter reads from `Resources/` (see the headers of those files).
public struct SegmentationVocabulary: Sendable {
    /// How an abbreviation decides whether the next sentence continues the current one.
    public enum MergeRule: String, Sendable {
        /// Always continue ("Gen.", "Mr.", "St.").
        case always
        /// Continue when the next sentence starts with a digit ("Jan. 5", "No. 10").
        case digit
        /// Continue unless the next word is a usual sentence opener ("U.S. officials" vs "U.S. The").
        case acronym
    }

    /// Lower-cased abbreviations without their final period, with their rule.
    public var abbreviations: [String: MergeRule]
    /// Lower-cased words that usually open a sentence.
    public var sentenceStarters: Set<String>

    /// A vocabulary from explicit tables.
    public init(abbreviations: [String: MergeRule], sentenceStarters: Set<String>) {
        self.abbreviations = abbreviations
        self.sentenceStarters = sentenceStarters
    }

    /// The vocabulary shipped in the module's resources (empty tables if a file is missing).
    public static let bundled: SegmentationVocabulary = {
        var abbreviations: [String: MergeRule] = [:]
        for line in lines(of: "segmentation-abbreviations", extension: "tsv") {
            let fields = line.split(separator: "\t")
            if fields.count == 2, let rule = MergeRule(rawValue: String(fields[1])) {
                abbreviations[String(fields[0])] = rule
            }
        }
        let starters = Set(lines(of: "segmentation-sentence-starters", extension: "txt"))
        return SegmentationVocabulary(abbreviations: abbreviations, sentenceStarters: starters)
    }()

    /// Non-empty, non-comment lines of a resource file.
    static func lines(of name: String, extension ext: String) -> [String] {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
