import CorroborateCore
import Foundation
import GRDB

/// A row of `article`: the article as JSON, keyed by its content-hash id, with the columns queries need.
struct ArticleRecord: SnakeCaseRecord {
    static let databaseTableName = "article"

    var id: String
    var source: String
    var url: String?
    var outlet: String?
    var title: String?
    var published: String?
    var json: String
    var clustered: Bool
    var storedAt: Double

    init(_ article: Article, storedAt: Date) throws {
        id = article.id
        source = article.source
        url = article.url
        outlet = article.outlet
        title = article.title
        published = article.published?.rawValue
        json = try StoredJSON.encode(article)
        clustered = false
        self.storedAt = storedAt.timeIntervalSince1970
    }

    func article() throws -> Article { try StoredJSON.decode(Article.self, from: json, table: Self.databaseTableName) }
}
