import CorroborateStore
import Testing

@Test func storyQueryDefaultsToTheFirstPageOfTwenty() {
    let query = StoryQuery()
    #expect(query.offset == 0)
    #expect(query.limit == 20)
    #expect(query.disputedOnly == false)
}
