/// JSON text written by hand where a `JSONEncoder` would be too slow or too rigid (streamed lines).
public enum JSONText {
    /// `text` as a JSON string literal: `"` and `\` escaped, `\n`, `\r`, `\t` as such, other
    /// control characters below U+0020 as `\u00XX`; everything else as it is.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
