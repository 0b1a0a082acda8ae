import Foundation

extension OutletDirectory {
    /// `title` without a trailing or leading site name: "Kremlin denies call | The Moscow Times" ->
    /// "Kremlin denies call". Separators: " | ", " - ", " – ", " — ", " :: ", " · ". A part is dropped when the
    /// directory knows it or it equals `siteName`; after " | " also any part of at most four words.
    public func titleWithoutSiteName(_ title: String, siteName: String? = nil) -> String {
        var result = title.trimmingWhitespace()
        for separator in [" | ", " :: ", " · ", " — ", " – ", " - "] {
            guard let range = result.range(of: separator, options: .backwards) else { continue }
            let suffix = String(result[range.upperBound...]).trimmingWhitespace()
            let head = String(result[..<range.lowerBound]).trimmingWhitespace()
            guard !head.isEmpty else { continue }
            if isSiteName(suffix, siteName: siteName)
                || (separator == " | " && suffix.split(separator: " ").count <= 4)
            {
                result = head
                break
            }
        }
        if let range = result.range(of: " | ") {
            let prefix = String(result[..<range.lowerBound]).trimmingWhitespace()
            if isSiteName(prefix, siteName: siteName) { result = String(result[range.upperBound...]).trimmingWhitespace() }
        }
        return result
    }

    private func isSiteName(_ text: String, siteName: String?) -> Bool {
        if let siteName, NameKey.of(siteName) == NameKey.of(text) { return true }
        return outlet(named: text) != nil
    }
}
