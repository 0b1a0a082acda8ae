/// How entity surface forms are compared: case-insensitive, a leading "the " dropped, curly
/// apostrophes straightened and runs of white space collapsed ("the Washington Post" =
/// "The Washington Post" = "Washington Post"). A form whose last word has no capital letter is a
/// role reference ("the Russian president", "the spokesman"), scored apart from names.
enum EntityForm {
    /// The comparison key of a surface form.
    static func key(_ form: String) -> String {
        var words = form.replacingOccurrences(of: "’", with: "'").lowercased().split(whereSeparator: \.isWhitespace)
        if words.count > 1, words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// Whether `form` is a role reference rather than a name.
    static func isReference(_ form: String) -> Bool {
        guard let last = form.split(whereSeparator: \.isWhitespace).last else { return false }
        return !last.contains(where: \.isUppercase)
    }
}
