import CorroborateCore
import Testing
@testable import CorroborateText

/// What a refusal ("declined to comment") holds ends before a contrasting clause, which reports on its own.
@Suite struct RefusalContentTests {
    @Test(arguments: [
        ("Mayor Karow declined to comment on the proposed closure, although officials in two offices confirmed that the bridge would close in May.",
         "to comment on the proposed closure", "the bridge would close in May"),
        ("A spokesman for the mayor declined to comment to the Vellmar Post, but two officials said that the council was working on a new plan.",
         "to comment to the Vellmar Post", "the council was working on a new plan"),
    ])
    func refusalEndsBeforeTheContrast(_ text: String, _ refusal: String, _ report: String) throws {
        let document = try attributed(text)
        let found = document.quotes.map { document.string($0.content) }
        #expect(found.contains(refusal), "quotes: \(found)")
        #expect(found.contains(report), "quotes: \(found)")
    }

    /// Other cues keep a ", but" clause that has no subject pronoun.
    @Test func otherCuesKeepTheContrast() throws {
        try expectContentEnds("Smith said the plan was dead, but the committee kept it alive for a year.",
                              at: "the plan was dead, but the committee kept it alive for a year", not: "the plan was dead")
    }
}
