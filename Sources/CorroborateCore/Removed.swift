/// A piece of the page that is not article body, with the reason it was taken out.
public struct Removed: Codable, Sendable, Hashable {
    public var text: String
    public var reason: RemovalReason

    public init(text: String, reason: RemovalReason) {
        self.text = text
        self.reason = reason
    }
}

/// Why a piece of a page is not part of the article body (the spec's closed list).
public enum RemovalReason: String, Codable, Sendable, Hashable, CaseIterable {
    case advertisement, navigation, related, subscription, donation, newsletter, comments, caption
    case duplicate, social, legal, metadata, other
}
