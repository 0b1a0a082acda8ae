import CorroborateCore
import Foundation
import Testing

@Suite struct ArticleCodingTests {
    @Test func everyFieldIsWrittenEvenWhenEmpty() throws {
        let article = Article(id: "a1", source: "x.html")
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(article)) as? [String: Any]
        let keys = Set(json?.keys.map { $0 } ?? [])
        #expect(keys == [
            "id", "source", "url", "outlet", "title", "standfirst", "published", "byline", "dateline",
            "agencies", "language", "body", "removed", "captions", "comments",
        ])
        #expect(json?["published"] is NSNull)
    }

    @Test func roundTripsAFullArticle() throws {
        let article = Article(
            id: "a1", source: "x.html", url: "https://example.com/a", outlet: "The Moscow Times",
            title: "Kremlin Denies", standfirst: "Dek", published: PublicationDate("2024-11-11"),
            byline: ["A. Writer"], dateline: "MOSCOW", agencies: ["AP"], language: "en",
            body: [Paragraph(text: "One. Two.", sentences: ["One.", "Two."])],
            removed: [Removed(text: "Advertisement", reason: .advertisement)],
            captions: ["Photo: AP"], comments: ["First!"])
        let data = try JSONEncoder().encode(article)
        #expect(try JSONDecoder().decode(Article.self, from: data) == article)
    }
}
