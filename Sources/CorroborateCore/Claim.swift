/// A proposition the coverage is about, with every actor's position on it.
public struct Claim: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    /// "Trump and Putin spoke by phone on 2024-11-07".
    public var text: String
    public var positions: [Position]
    public var status: ClaimStatus

    public init(id: String, text: String, positions: [Position], status: ClaimStatus) {
        self.id = id
        self.text = text
        self.positions = positions
        self.status = status
    }
}

/// Where a claim stands once every position is counted.
public enum ClaimStatus: String, Codable, Sendable, Hashable, CaseIterable {
    case confirmed, disputed, denied, unconfirmed, reported
}

/// One actor's stance on a claim.
public struct Position: Codable, Sendable, Hashable {
    /// Entity id of the person, organization or outlet.
    public var holder: String?
    public var holderName: String
    public var stance: Stance
    /// Quote ids that carry the position.
    public var quotes: [String]
    public var articles: [String]

    public init(holder: String? = nil, holderName: String, stance: Stance, quotes: [String] = [], articles: [String]) {
        self.holder = holder
        self.holderName = holderName
        self.stance = stance
        self.quotes = quotes
        self.articles = articles
    }
}

/// How an actor stands on a claim.
public enum Stance: String, Codable, Sendable, Hashable, CaseIterable {
    case asserts, denies, declines, doubts, confirms
}
