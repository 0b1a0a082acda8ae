import Foundation
import CorroborateStore
import Testing

@Test func storyQueryDefaultsToTheFirstPageOfTwenty() {
    let query = StoryQuery()
    #expect(query.offset == 0)
    #expect(query.limit == 20)
    #expect(query.disputedOnly == false)
}

@Test func anUndatedStorySummaryWritesNullDates() throws {
    let summary = StorySummary(id: "s", title: "T", firstPublished: nil, lastPublished: nil, articleCount: 1, outlets: [], disputedClaims: 0)
    let json = String(decoding: try JSONEncoder().encode(summary), as: UTF8.self)
    #expect(json.contains(#""firstPublished":null"#))
    #expect(json.contains(#""lastPublished":null"#))
}
