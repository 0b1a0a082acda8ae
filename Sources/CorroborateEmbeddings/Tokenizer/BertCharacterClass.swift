/// The character classes BERT's tokenizer uses (HuggingFace `tokenizers`, `bert` normalizer and
/// pre-tokenizer), as Unicode scalar predicates.
enum BertCharacterClass {
    /// Tab, line feed, carriage return and space: the ASCII whitespace that survives cleaning.
    static func isASCIIWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20: true
        default: false
        }
    }

    /// ASCII control characters that cleaning removes: NUL, the other C0 controls (VT and FF
    /// included) and DEL, but not tab, line feed or carriage return, which become spaces.
    static func isASCIIControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F: true
        default: false
        }
    }

    /// General category C* (Cc, Cf, Cn, Co, Cs): removed by cleaning. Checked before whitespace,
    /// so U+0085 (Cc and White_Space) is removed, not turned into a space.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .unassigned, .privateUse, .surrogate: true
        default: false
        }
    }

    /// CJK Unified Ideographs and their extensions and compatibility blocks, as BERT defines them.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F,
             0x2B740...0x2B81F, 0x2B820...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            true
        default:
            false
        }
    }

    /// ASCII punctuation (33–47, 58–64, 91–96, 123–126, which includes `$+<=>^`|~`), or any
    /// scalar of general category P* (Pc, Pd, Ps, Pe, Pi, Pf, Po): “ ” ’ — « » and so on.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 33...47, 58...64, 91...96, 123...126: return true
        case 0..<128: return false
        default: break
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
