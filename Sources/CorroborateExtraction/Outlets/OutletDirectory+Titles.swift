import Foundation

extension OutletDirectory {
    /// `title` without a trailing or leading site name: "Kremlin denies call | The Moscow Times" ->
    /// "Kremlin denies call". Separators: " | ", " - ", " – ", " — ", " :: ", " · ". A part is dropped when the
    /// directory knows it or it equals `siteName`; after " | " also any part of at most four words.
    public func titleWithoutSiteName(_ title: String, siteName: String? = nil) -> String {
        var result = title.trimmingWhitespace()
        if let range = result.range(of: " | ") {
            let prefix = String(result[..<range.lowerBound]).trimmingWhitespace()
            if isSiteName(prefix, siteName: siteName) { return String(result[range.upperBound...]).trimmingWhitespace() }
        }
        for separator in [" | ", " :: ", " · ", " — ", " – ", " - "] {
            guard let range = result.range(of: separator, options: .backwards) else { continue }
            let suffix = String(result[range.upperBound...]).trimmingWhitespace()
            let head = String(result[..<range.lowerBound]).trimmingWhitespace()
            guard !head.isEmpty else { continue }
            let suffixWords = suffix.split(separator: " ").count
            if isSiteName(suffix, siteName: siteName)
                || (separator == " | " && suffixWords <= 4 && suffixWords < head.split(separator: " ").count)
            {
                return head
            }
        }
        return result
    }

    private func isSiteName(_ text: String, siteName: String?) -> Bool {
        if let siteName, NameKey.of(siteName) == NameKey.of(text) { return true }
        return outlet(named: text) != nil
    }
}
