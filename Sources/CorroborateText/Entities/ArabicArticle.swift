/// The Arabic article written before a name: "al-Baghdadi", "el-Sisi".
public enum ArabicArticle {
    /// The lower-cased `word` without a leading "al-" or "el-" ("al-baghdadi" -> "baghdadi"), or nil
    /// when it has none (or nothing longer than one letter follows it).
    public static func stripped(_ word: some StringProtocol) -> String? {
        guard word.count > 4, word.hasPrefix("al-") || word.hasPrefix("el-") else { return nil }
        return String(word.dropFirst(3))
    }
}
