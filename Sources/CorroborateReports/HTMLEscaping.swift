/// HTML escaping for text and attribute values: `&`, `<`, `>`, `"` and `'` become entities, so
/// page text (a `<script>` inside a quote, an `onerror=` attribute) is shown, never run.
public enum HTMLEscaping {
    /// `text` safe inside an element or a double- or single-quoted attribute.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
