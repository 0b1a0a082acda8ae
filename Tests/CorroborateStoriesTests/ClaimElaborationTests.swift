import CorroborateCore
import Testing

@testable import CorroborateStories

/// A speaker's statement (a direct quote too) that goes on with a report a sentence or two before it, in words of its
/// own, is the speaker's assertion of the report's claim; one that negates, hedges, says something else or stands
/// too far from the report is not.
@Suite struct ClaimElaborationTests {
    static let report = "The militia has burned the bodies of five of its fighters who had caught the fever, according to an official who told the paper Vell Times."
    static let content = "The militia has burned the bodies of five of its fighters who had caught the fever"

    /// The report, `gap` sentences of filler, then “`statement`,” said Tomas Hulme.
    func holders(after statement: String, gap: Int = 0) -> [[String]] {
        let filler = Array(repeating: "The town lies on the river.", count: gap)
        let quoted = "“\(statement),” said Tomas Hulme."
        let text = ([Self.report] + filler + [quoted]).joined(separator: "\n\n")
        let told = StoryFixtures.range(of: "told the paper Vell Times", in: text)
        let outletReport = QuoteSpan(
            content: StoryFixtures.range(of: Self.content, in: text), speaker: StoryFixtures.range(of: "an official who told the paper Vell Times", in: text),
            cue: StoryFixtures.range(of: "according to", in: text), speakerName: "Vell Times", kind: .indirect)
        let direct = QuoteSpan(
            content: StoryFixtures.range(of: statement, in: text), speaker: StoryFixtures.range(of: "Tomas Hulme", in: text),
            cue: StoryFixtures.range(of: "said", in: text), speakerName: "Tomas Hulme", kind: .direct)
        let input = StoryFixtures.input(
            "a", title: "The militia burns its dead", published: "2015-01-02", text: text, outlet: "A", quotes: [outletReport, direct],
            mentions: [StoryFixtures.mention("Vell Times", in: text, kind: .outlet, entity: "o"),
                       StoryFixtures.mention("Tomas Hulme", in: text, kind: .person, entity: "h")],
            citations: [CitationSpan(start: told.start, end: told.end, source: "Vell Times", kind: .quote)],
            entities: [Entity(id: "o", name: "Vell Times", kind: .outlet, mentions: 1),
                       Entity(id: "h", name: "Tomas Hulme", kind: .person, mentions: 1)])
        return StoryBuilder().story(from: [input]).claims.map { $0.positions.map(\.holderName) }
    }

    @Test(arguments: [
        // goes on with the report in words of its own
        ("The militia burned five of its fighters infected with the fever to stop it spreading", 0, true),
        // a sentence between is still close
        ("The militia burned five of its fighters infected with the fever to stop it spreading", 1, true),
        // too far from the report
        ("The militia burned five of its fighters infected with the fever to stop it spreading", 3, false),
        // a negation says the report is not so
        ("The militia did not burn five of its fighters infected with the fever", 0, false),
        // a hedge says it might be so
        ("The fever could be anywhere, including among the militia fighters who were burned", 0, false),
        // another matter
        ("The bridge over the river will open in the spring", 0, false),
    ])
    func aStatementGoesOnWithTheReportBeforeIt(_ statement: String, _ gap: Int, _ joins: Bool) {
        let claims = holders(after: statement, gap: gap)
        #expect(claims.first == (joins ? ["Vell Times", "Tomas Hulme"] : ["Vell Times"]), "claims: \(claims)")
        #expect(claims.count == 1, "claims: \(claims)")
    }

    @Test(arguments: [
        ("they don't have the means to test for it", true),
        ("there is no proof of it", true),
        ("the militia burned five fighters", false),
    ])
    func aNegationAnywhereIsFound(_ text: String, _ negates: Bool) {
        #expect(ClaimBuilder.negates(text) == negates)
    }
}
