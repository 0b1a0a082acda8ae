/// Something a speaker said, as one article carries it.
public struct Quote: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    /// The article id.
    public var article: String
    /// The speaker's entity id.
    public var speaker: String?
    /// The speaker as resolved: "Dmitry Peskov".
    public var speakerName: String?
    /// The quoted words (direct, partial) or the reported content (indirect).
    public var text: String
    public var kind: QuoteKind
    /// The reporting verb or phrase: "told reporters", "said".
    public var cue: String?
    /// Intermediaries named: "RIA Novosti", "AFP".
    public var via: [String]
    /// The sentence the quote was found in.
    public var sentence: String

    public init(
        id: String, article: String, speaker: String? = nil, speakerName: String? = nil, text: String,
        kind: QuoteKind, cue: String? = nil, via: [String] = [], sentence: String
    ) {
        self.id = id
        self.article = article
        self.speaker = speaker
        self.speakerName = speakerName
        self.text = text
        self.kind = kind
        self.cue = cue
        self.via = via
        self.sentence = sentence
    }
}

/// Direct ("..." said X), partial (a few quoted words inside reported speech) or indirect.
public enum QuoteKind: String, Codable, Sendable, Hashable, CaseIterable {
    case direct, partial, indirect
}

/// One utterance as carried by several articles or wordings.
public struct QuoteGroup: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var speaker: String?
    /// Quote ids.
    public var quotes: [String]
    /// Article ids.
    public var articles: [String]

    public init(id: String, speaker: String? = nil, quotes: [String], articles: [String]) {
        self.id = id
        self.speaker = speaker
        self.quotes = quotes
        self.articles = articles
    }
}
