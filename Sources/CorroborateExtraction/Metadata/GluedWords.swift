/// Puts back the space between two inline elements that a page sets side by side without one
/// ("By Kathryn Giuffrida" `<span>` + "Mar 5, 2025" `<span>` -> "GiuffridaMar 5, 2025", "Mental HealthDECEMBER 22,
/// 2022"): a browser shows them apart (margins, separate lines), the joined text glues a name to a month.
///
/// A space goes between a lower-case letter and the upper-case letter after it. Only for reading dates: a word
/// such as "iPhone" or "McDonald" comes apart too, which no date reading minds.
enum GluedWords {
    /// `text` with a space between each lower-case letter and an upper-case letter right after it.
    static func separated(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 4)
        var previousIsLower = false
        for character in text {
            if previousIsLower, character.isUppercase { result.append(" ") }
            result.append(character)
            previousIsLower = character.isLowercase
        }
        return result
    }
}
