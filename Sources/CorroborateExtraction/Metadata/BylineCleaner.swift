/// Cleans author strings into names: drops "By ", "Written by ", "Posted by ", "Author:", trailing
/// " | date" parts, e-mail addresses, URLs, and strings that are the outlet name; splits on " and ", "&"
/// and ";" (not on commas, which carry credentials: "Dylan Bailey, MS, RD"). Names longer than 80
/// characters or without a letter are dropped; duplicates keep their first place.
enum BylineCleaner {
    static let prefixes = ["written by ", "posted by ", "reviewed by ", "story by ", "words by ", "author: ", "by: ", "by ", "von ", "par ", "por "]

    /// Lower-cased label texts that stand where a name should.
    static let genericLabels: Set<String> = [
        "written by", "the author", "author", "authors", "by", "admin", "administrator", "posted by", "staff",
        "about the author", "editor", "guest", "unknown",
    ]

    static func names(from sources: [String], outlet: String?) -> [String] {
        var result: [String] = []
        var seen = Set<String>()
        for source in sources {
            for name in split(strip(source)) {
                let key = TitleCleaner.key(name)
                guard isName(name, outlet: outlet), seen.insert(key).inserted else { continue }
                result.append(name)
            }
        }
        return result
    }

    private static func strip(_ text: String) -> String {
        var value = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        var changed = true
        while changed {
            changed = false
            for prefix in prefixes where value.lowercased().hasPrefix(prefix) {
                value = String(value.dropFirst(prefix.count)).trimmingWhitespace()
                changed = true
            }
        }
        if let bar = value.range(of: " | ") { value = String(value[..<bar.lowerBound]) }
        return value.trimmingWhitespace()
    }

    private static func split(_ text: String) -> [String] {
        text.replacingAll(" and ", with: ";").replacingAll(" & ", with: ";").replacingAll(" und ", with: ";")
            .split(separator: ";").map { String($0).trimming(",") }.filter { !$0.isEmpty }
    }

    private static func isName(_ name: String, outlet: String?) -> Bool {
        guard name.count <= 80, name.contains(where: \.isLetter), !name.contains("@"), !name.contains("http"),
              !name.contains("/")
        else { return false }
        if let outlet, TitleCleaner.key(outlet) == TitleCleaner.key(name) { return false }
        let key = TitleCleaner.key(name)
        return !genericLabels.contains(key) && !key.contains("©") && !key.contains("copyright")
            && !key.contains("{") && !key.hasSuffix(" says:")
    }
}
