import Foundation

/// BERT's text normalisation and pre-tokenisation (HuggingFace `BertNormalizer` followed by
/// `BertPreTokenizer`; equivalent to the original `BasicTokenizer`): text in, words out.
///
/// In order, exactly as the reference:
/// 1. Cleaning: drops U+0000, U+FFFD and control characters (general category C*: Cc, Cf, Cn,
///    Co, Cs, except tab, line feed and carriage return, so VT, FF and U+0085 are dropped);
///    maps every remaining White_Space character (tab, LF, CR, U+00A0, U+2028...) to a space.
/// 2. CJK: puts spaces around each CJK Unified Ideograph (blocks 4E00–9FFF, 3400–4DBF,
///    20000–2A6DF, 2A700–2B73F, 2B740–2B81F, 2B820–2CEAF, F900–FAFF, 2F800–2FA1F).
/// 3. Accents (when lower-casing): canonical decomposition (NFD), then drops every
///    non-spacing mark (Mn): "Türkiye" → "turkiye", "Zürich" → "zurich".
/// 4. Lower-casing, scalar by scalar (full Unicode lower-case mappings).
/// 5. Splitting on White_Space, then isolating each punctuation character (ASCII
///    punctuation `!"#$%&'()*+,-./:;<=>?@[\]^_{|}~` and backquote, or general category P*) as its
///    own word: "U.S." → "u", ".", "s", ".".
public struct BertBasicTokenizer: Sendable {
    /// Whether to lower-case and strip accents (true for uncased models such as MiniLM).
    public var lowercase: Bool

    /// Creates a tokenizer; `lowercase` true for uncased vocabularies.
    public init(lowercase: Bool = true) {
        self.lowercase = lowercase
    }

    /// The words of `text`, each as its Unicode scalars, in order.
    public func words(in text: String) -> [[Unicode.Scalar]] {
        var scalars = Self.cleaned(text)
        if lowercase { scalars = Self.lowercasedWithoutAccents(scalars) }
        return Self.split(scalars)
    }

    /// Steps 1 and 2: cleaning and spaces around CJK ideographs.
    static func cleaned(_ text: String) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                if BertCharacterClass.isASCIIControl(scalar) { continue }
                output.append(BertCharacterClass.isASCIIWhitespace(scalar) ? " " : scalar)
                continue
            }
            if scalar.value == 0xFFFD || BertCharacterClass.isControl(scalar) { continue }
            if scalar.properties.isWhitespace {
                output.append(" ")
            } else if BertCharacterClass.isCJK(scalar) {
                output.append(contentsOf: [" ", scalar, " "])
            } else {
                output.append(scalar)
            }
        }
        return output
    }

    /// Steps 3 and 4: NFD, drop Mn, lower-case.
    static func lowercasedWithoutAccents(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var decomposed = scalars
        if scalars.contains(where: { $0.value >= 0x80 }) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            decomposed = Array(String(view).decomposedStringWithCanonicalMapping.unicodeScalars)
        }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(decomposed.count)
        for scalar in decomposed {
            if scalar.value < 0x80 {
                let value = scalar.value
                output.append((0x41...0x5A).contains(value) ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
            } else if scalar.properties.generalCategory != .nonspacingMark {
                output.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return output
    }

    /// Step 5: whitespace split, punctuation isolated.
    static func split(_ scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var words: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in scalars {
            if scalar == " " || (scalar.value >= 0x80 && scalar.properties.isWhitespace) {
                if !current.isEmpty { words.append(current); current.removeAll(keepingCapacity: true) }
            } else if BertCharacterClass.isPunctuation(scalar) {
                if !current.isEmpty { words.append(current); current.removeAll(keepingCapacity: true) }
                words.append([scalar])
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
