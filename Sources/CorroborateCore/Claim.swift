/// A proposition the coverage is about, with every actor's position on it.
public struct Claim: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    /// "Trump and Putin spoke by phone on 2024-11-07".
    public var text: String
    public var positions: [Position]
    public var status: ClaimStatus
    /// How each article of the story stands toward the claim as a whole text, as the stance
    /// model reads it (FNC-1's labels); empty when no model was used. An addition to the spec.
    public var coverage: [ArticleStance]

    public init(id: String, text: String, positions: [Position], status: ClaimStatus, coverage: [ArticleStance] = []) {
        self.id = id
        self.text = text
        self.positions = positions
        self.status = status
        self.coverage = coverage
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        text = try container.decode(String.self, forKey: .text)
        positions = try container.decode([Position].self, forKey: .positions)
        status = try container.decode(ClaimStatus.self, forKey: .status)
        coverage = try container.decodeIfPresent([ArticleStance].self, forKey: .coverage) ?? []
    }
}

/// One article's stance toward a claim, read from its whole text.
public struct ArticleStance: Codable, Sendable, Hashable {
    public var article: String
    public var stance: CoverageStance

    public init(article: String, stance: CoverageStance) {
        self.article = article
        self.stance = stance
    }
}

/// What an article's text does with a claim (FNC-1's stance labels): states it as true, refutes
/// it, reports it without taking a side, or is about something else.
public enum CoverageStance: String, Codable, Sendable, Hashable, CaseIterable {
    case agree, disagree, discuss, unrelated
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
