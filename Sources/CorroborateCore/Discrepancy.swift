/// The same slot (a date, a number, a name) filled differently by different outlets.
public struct Discrepancy: Codable, Sendable, Hashable {
    /// "when the Washington Post published its report".
    public var topic: String
    /// Two or more values, each with the articles and sentences that give it.
    public var values: [DiscrepancyValue]

    public init(topic: String, values: [DiscrepancyValue]) {
        self.topic = topic
        self.values = values
    }
}

/// One of the values a discrepancy's slot is filled with.
public struct DiscrepancyValue: Codable, Sendable, Hashable {
    public var value: String
    public var articles: [String]
    public var sentences: [String]

    public init(value: String, articles: [String], sentences: [String]) {
        self.value = value
        self.articles = articles
        self.sentences = sentences
    }
}

/// What only one outlet reports. When the outlet's text was published again by others (near
/// duplicates, wire copy), the exclusive is listed once, under the first article, and `copies`
/// names the other articles of that text (absent when there are none; an extension of the spec).
public struct Exclusive: Codable, Sendable, Hashable {
    public var article: String
    public var statements: [String]
    public var copies: [String]?

    public init(article: String, statements: [String], copies: [String]? = nil) {
        self.article = article
        self.statements = statements
        self.copies = copies
    }
}
