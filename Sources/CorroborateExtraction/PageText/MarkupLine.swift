import CorroborateCore

/// Markup or script left in copied-out text ("<!-- google_ad_client = "pub-..."; //-->", "<script async ...>"):
/// never article text. An ad slot's code is removed as `advertisement`, any other as `other`.
enum MarkupLine {
    /// Relabels the markup lines among `lines`.
    static func mark(_ decisions: inout [LineDecision], _ lines: [PageLine]) {
        for line in lines where line.index < decisions.count {
            guard let reason = reason(line.text) else { continue }
            decisions[line.index] = LineDecision(.removed(reason), by: .markup)
        }
    }

    /// Why `text` is no article text when it opens as a comment or a script element does; nil otherwise.
    static func reason(_ text: String) -> RemovalReason? {
        let lowered = text.lowercased()
        guard openings.contains(where: { lowered.hasPrefix($0) }) else { return nil }
        return adMarkers.contains(where: { lowered.contains($0) }) ? .advertisement : .other
    }

    static let openings = ["<!--", "<script", "</script", "<iframe", "<noscript"]
    /// Words of ad-serving code.
    static let adMarkers = ["google_ad", "adsbygoogle", "googletag", "doubleclick", "ad_client", "ad-slot"]
}
