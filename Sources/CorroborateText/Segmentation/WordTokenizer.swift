import CorroborateCore
import CorroborateICU

/// Splits a document into word, number, punctuation and symbol tokens with ICU's word breaks.
///
/// Whitespace is not a token. ICU keeps "U.S" and "don't" and "3.5" whole and splits "." "," "“"
/// off; a token's kind comes from ICU's rule status (number, letters) or, for the rest, from the
/// scalar's general category (symbols such as "$" "%" "+" are `.symbol`, the rest `.punctuation`).
public struct WordTokenizer: AnnotationComponent {
    /// A tokenizer.
    public init() {}

    public var name: String { "tokens" }
    public var requires: Set<AnnotationLayer> { [] }
    public var adds: Set<AnnotationLayer> { [.tokens] }

    public func annotate(_ document: inout TextDocument) {
        document.tokens = tokens(in: document.scalars)
        document.present.insert(.tokens)
    }

    /// The tokens of `scalars`, in order.
    public func tokens(in scalars: [Unicode.Scalar]) -> [Token] {
        let boundaries = ICUBreaks.boundaries(.word, in: scalars)
        var result: [Token] = []
        result.reserveCapacity(boundaries.count / 2)
        for (lower, upper) in zip(boundaries, boundaries.dropFirst()) {
            let range = TextRange(start: lower.offset, end: upper.offset)
            guard !range.isEmpty, !scalars[range.start].properties.isWhitespace else { continue }
            result.append(Token(range: range, kind: Self.kind(status: upper.status, first: scalars[range.start])))
        }
        return result
    }

    static func kind(status: Int, first: Unicode.Scalar) -> Token.Kind {
        switch status {
        case 100..<200: return .number
        case 200..<500: return .word
        default:
            switch first.properties.generalCategory {
            case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return .symbol
            case .decimalNumber: return .number
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter: return .word
            default: return .punctuation
            }
        }
    }
}
