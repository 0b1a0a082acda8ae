import CorroborateCore
import Testing

@testable import CorroborateStories

/// Claim texts stand on their own: resolved days and named pairs, the most explicit wording.
@Suite struct ClaimWordingTests {
    let kremlin = "The Kremlin rejected reports that Putin spoke with Trump last week."
    let post = "The Washington Post reported on Sunday that the two spoke on Thursday."

    func story() -> Story {
        let text = kremlin + "\n\n" + post
        let thursday = StoryFixtures.range(of: "Thursday", in: text)
        let a = StoryFixtures.input(
            "a", title: "Kremlin rejects call report", published: "2024-11-11", text: text, outlet: "A",
            timexes: [Timex(start: thursday.start, end: thursday.end, text: "Thursday", type: .date, value: "2024-11-07")],
            mentions: [
                StoryFixtures.mention("Kremlin", in: text, kind: .organization, entity: "k"),
                StoryFixtures.mention("Putin", in: text, kind: .person, entity: "p"),
                StoryFixtures.mention("Trump", in: text, kind: .person, entity: "t"),
                StoryFixtures.mention("The Washington Post", in: text, kind: .outlet, entity: "wp"),
            ],
            citations: [CitationSpan(start: StoryFixtures.range(of: "The Washington Post", in: text).start, end: StoryFixtures.range(of: "The Washington Post", in: text).end, source: "The Washington Post", kind: .report)],
            entities: [
                Entity(id: "k", name: "Kremlin", kind: .organization, mentions: 1),
                Entity(id: "p", name: "Vladimir Putin", kind: .person, aliases: ["Putin"], mentions: 1),
                Entity(id: "t", name: "Donald Trump", kind: .person, aliases: ["Trump"], mentions: 1),
                Entity(id: "wp", name: "The Washington Post", kind: .outlet, mentions: 1),
            ])
        return StoryBuilder().story(from: [a])
    }

    @Test func thePairAndTheDayAreNamed() throws {
        let texts = story().claims.map(\.text)
        #expect(texts.contains("Vladimir Putin and Donald Trump spoke on 2024-11-07"))
    }

    /// A report without "that": the content of the quote its source speaks.
    func reportStory(_ sentence: String, content: String, source: String, cue: String) -> Story {
        let quote = QuoteSpan(
            content: StoryFixtures.range(of: content, in: sentence), speaker: StoryFixtures.range(of: source, in: sentence),
            cue: StoryFixtures.range(of: cue, in: sentence), speakerName: source, kind: .indirect)
        let sourceRange = StoryFixtures.range(of: source, in: sentence)
        let a = StoryFixtures.input(
            "a", title: "Rogen to play Wozniak", published: "2014-11-05", text: sentence, outlet: "A", quotes: [quote],
            mentions: [StoryFixtures.mention(source, in: sentence, kind: .outlet, entity: "s")],
            citations: [CitationSpan(start: sourceRange.start, end: sourceRange.end, source: source, kind: .report)],
            entities: [Entity(id: "s", name: source, kind: .outlet, mentions: 1)])
        return StoryBuilder().story(from: [a])
    }

    @Test func aReportWithoutThatClaimsItsContent() throws {
        let content = "Steve Wozniak will be played onscreen by Seth Rogen in the new film"
        let story = reportStory(content + ", Variety reports.", content: content, source: "Variety", cue: "reports")
        let claim = try #require(story.claims.first)
        #expect(claim.text == content)
        #expect(claim.positions.map(\.holderName) == ["Variety"])
        #expect(claim.positions.map(\.stance) == [.asserts])
    }

    /// A relative "that" before the report's citation opens no claim: the report's content is the claim.
    @Test func aRelativeThatBeforeTheCitationOpensNoClaim() throws {
        let content = "Karow was kidnapped in Vell while working with an organization that assists refugees from the flood"
        let story = reportStory(content + ", the Vell Courier reported.", content: content, source: "the Vell Courier", cue: "reported")
        let texts = story.claims.map(\.text)
        #expect(!texts.contains { $0.hasPrefix("assists refugees") }, "claims: \(texts)")
        #expect(texts == [content])
    }

    @Test(arguments: [
        // a citing verb's object names a source, not a claim
        ("Reuters cited a statement from the ministry spokesperson Anna Smith on the matter.", "a statement from the ministry spokesperson Anna Smith", "Reuters", "cited"),
        // a short object of a long sentence
        ("Bary was an aspiring rapper whose music was played on the radio, the paper said, writing on Facebook.", "writing on Facebook", "the paper", "said"),
    ])
    func aSourcesObjectIsNoClaim(_ sentence: String, _ content: String, _ source: String, _ cue: String) {
        #expect(reportStory(sentence, content: content, source: source, cue: cue).claims.isEmpty)
    }

    @Test(arguments: [
        ("CNN) -- A meteorite crashed down in Managua", "A meteorite crashed down in Managua"),
        ("A meteorite crashed down in Managua -- late on Saturday (local time)", "A meteorite crashed down in Managua -- late on Saturday (local time)"),
        ("Reuters) — Rogen will play Wozniak", "Rogen will play Wozniak"),
    ])
    func aDatelineCreditIsNoPartOfTheClaim(_ text: String, _ expected: String) {
        #expect(ClaimBuilder.withoutDateline(text) == expected)
    }

    @Test(arguments: [
        (["the two spoke", "Putin and Trump spoke on 2024-11-07"], "Putin and Trump spoke on 2024-11-07"),
        (["Putin and Trump spoke", "the two spoke"], "Putin and Trump spoke"),
        (["a call happened"], "a call happened"),
    ])
    func theMostExplicitWordingNamesTheClaim(_ wordings: [String], _ expected: String) {
        #expect(ClaimText.mostExplicit(wordings) == expected)
    }

    @Test(arguments: [
        ("Kyiv was told in advance about the reported call between Trump and Putin", "Kyiv was told in advance"),
        ("the Ukrainian side was informed in advance of the purported conversation", "the Ukrainian side was informed in advance"),
        ("Trump and Putin spoke by phone", "Trump and Putin spoke by phone"),
    ])
    func aReferenceToAnotherClaimIsNotCompared(_ text: String, _ core: String) {
        #expect(ClaimBuilder.comparedCore(text) == core)
    }

    @Test(arguments: [
        ("the call took place", true), ("any conversation had taken place", true),
        ("the Ukrainian side was informed", false), ("Trump called Putin", false),
    ])
    func eventAnaphorsAreRecognised(_ text: String, _ expected: Bool) {
        #expect(ClaimBuilder.startsWithEventAnaphor(text) == expected)
    }

    @Test func theSubjectPhraseNamesTheOwnClaim() {
        let sentence = "Meanwhile, Ukraine's Foreign Ministry said it was not told in advance."
        #expect(ClaimText.subject(before: ["said"], in: sentence, naming: "Foreign Ministry") == "Ukraine's Foreign Ministry")
        #expect(ClaimText.subject(before: ["said"], in: sentence, naming: "Kremlin") == nil)
    }
}

/// Each coordinated clause of a sentence gives its own holder's position.
@Suite struct ClaimHolderTests {
    let sentence = "The Kremlin rejected reports that Putin spoke with Trump last week, and a spokesman for Trump refused to comment."

    @Test func twoClausesTwoHolders() throws {
        let a = StoryFixtures.input(
            "a", title: "Kremlin rejects call report", published: "2024-11-11", text: sentence, outlet: "A",
            mentions: [
                StoryFixtures.mention("Kremlin", in: sentence, kind: .organization, entity: "k"),
                StoryFixtures.mention("Putin", in: sentence, kind: .person, entity: "p"),
                Mention(start: sentence.unicodeScalars.count - 25, end: sentence.unicodeScalars.count - 20, text: "Trump", kind: .person, entity: "t"),
            ],
            entities: [
                Entity(id: "k", name: "Kremlin", kind: .organization, mentions: 1),
                Entity(id: "p", name: "Vladimir Putin", kind: .person, mentions: 1),
                Entity(id: "t", name: "Donald Trump", kind: .person, mentions: 1),
                Entity(id: "c", name: "Steven Cheung", kind: .person, roles: ["Trump's communications director"], mentions: 1),
            ])
        let claim = try #require(StoryBuilder().story(from: [a]).claims.first)
        let stances = Dictionary(claim.positions.map { ($0.holderName, $0.stance) }, uniquingKeysWith: { first, _ in first })
        #expect(stances["Kremlin"] == .denies)
        #expect(stances["Steven Cheung"] == .declines)
    }

    @Test(arguments: [
        ("Peskov denied that the call took place.", "the call took place"),
        ("Kyiv refuted another claim reported by the Post, which stated that officials knew of the call.", "officials knew of the call"),
        ("Cheung declined to confirm the report, emphasising that leaders want good ties.", nil),
        ("Peskov denied the report, saying that relations were bad.", nil),
    ])
    func theDeniedClaimIsTheThatClauseAfterTheCue(_ sentence: String, _ expected: String?) {
        let cue = PositionCues.bundled().stance(in: sentence)?.cue.phrase ?? ""
        #expect(ClaimBuilder().namedClaim(after: cue, in: sentence) == expected)
    }

    @Test func aPossessiveInAnAppositiveDoesNotHoldThePosition() throws {
        let text = "The Post reported that Putin and Trump spoke by phone on Thursday.\n\nSteven Cheung, Trump's communications director, declined to comment on the call."
        let second = String(text.split(separator: "\n").last ?? "")
        let offset = text.unicodeScalars.count - second.unicodeScalars.count
        func shifted(_ mention: Mention) -> Mention {
            Mention(start: mention.start + offset, end: mention.end + offset, text: mention.text, kind: mention.kind, entity: mention.entity)
        }
        let a = StoryFixtures.input(
            "a", title: "Call reported", published: "2024-11-11", text: text, outlet: "A",
            mentions: [
                StoryFixtures.mention("Putin", in: text, kind: .person, entity: "p"),
                StoryFixtures.mention("Trump", in: text, kind: .person, entity: "t"),
                shifted(StoryFixtures.mention("Steven Cheung", in: second, kind: .person, entity: "c")),
                shifted(StoryFixtures.mention("Trump", in: second, kind: .person, entity: "t")),
            ],
            citations: [CitationSpan(start: 0, end: 8, source: "The Post", kind: .report)],
            entities: [
                Entity(id: "p", name: "Vladimir Putin", kind: .person, mentions: 1),
                Entity(id: "t", name: "Donald Trump", kind: .person, mentions: 2),
                Entity(id: "c", name: "Steven Cheung", kind: .person, roles: ["Trump's communications director"], mentions: 1),
            ])
        let holders = StoryBuilder().story(from: [a]).claims.flatMap(\.positions).filter { $0.stance == .declines }.map(\.holderName)
        #expect(holders == ["Steven Cheung"])
    }

    /// "but already Vellia has denied ...": a place right before the cue is its subject, not the person named
    /// earlier; "Vellian media outlets have denied ..., and ... Anton Karow": the bare noun phrase holds the position,
    /// not a name in the next clause.
    @Test func placeAndBareNounSubjectsHoldThePosition() throws {
        let post = "The Vell Post reported that the bridge had collapsed."
        let a = StoryFixtures.input(
            "a", title: "Bridge collapse reported", published: "2024-11-11", text: post, outlet: "A",
            mentions: [StoryFixtures.mention("The Vell Post", in: post, kind: .outlet, entity: "vp")],
            citations: [CitationSpan(start: 0, end: 13, source: "The Vell Post", kind: .report)],
            entities: [Entity(id: "vp", name: "The Vell Post", kind: .outlet, mentions: 1)])
        let place = "Rumours say Anton Karow's bridge had collapsed, but already Vellia has denied that the bridge had collapsed."
        let b = StoryFixtures.input(
            "b", title: "Bridge collapse denied", published: "2024-11-11", text: place, outlet: "B",
            mentions: [
                StoryFixtures.mention("Anton Karow", in: place, kind: .person, entity: "ak"),
                StoryFixtures.mention("Vellia", in: place, kind: .place, entity: "v"),
            ],
            entities: [
                Entity(id: "ak", name: "Anton Karow", kind: .person, mentions: 1),
                Entity(id: "v", name: "Vellia", kind: .place, mentions: 1),
            ])
        let bare = "Vellian media outlets have denied that the bridge had collapsed, and the rumour comes close to the death of Ilse Karow."
        let c = StoryFixtures.input(
            "c", title: "Bridge collapse denied", published: "2024-11-11", text: bare, outlet: "C",
            mentions: [StoryFixtures.mention("Ilse Karow", in: bare, kind: .person, entity: "ik")],
            entities: [Entity(id: "ik", name: "Ilse Karow", kind: .person, mentions: 1)])
        let claim = try #require(StoryBuilder().story(from: [a, b, c]).claims.first)
        let denials = Set(claim.positions.filter { $0.stance == .denies }.map(\.holderName))
        #expect(denials == ["Vellia", "Vellian media outlets"])
    }

    @Test func anAbbreviationDoesNotEndAClaim() {
        let sentence = "The Kremlin denied reports that Putin and U.S. President-elect Trump spoke."
        #expect(ClaimBuilder().clause(after: ["reports that"], in: sentence) == "Putin and U.S. President-elect Trump spoke")
    }

    /// A closing attribution is who reports the claim, not part of it.
    @Test(arguments: [
        ("Media sources have claimed that militants in Mosul have contracted Ebola, Mashable reports.", "militants in Mosul have contracted Ebola"),
        ("Feig confirmed that the agency is reaching out to officials in the region, The Daily Mail noted on Friday.", "the agency is reaching out to officials in the region"),
        ("Feig confirmed that the agency called Moscow, Kyiv and Minsk, Belarus.", "the agency called Moscow, Kyiv and Minsk, Belarus"),
    ])
    func aClosingAttributionIsCut(_ sentence: String, _ claim: String) {
        #expect(ClaimBuilder().clause(after: ["claimed that", "confirmed that"], in: sentence) == claim)
    }

    /// A "that" followed by a verb is a relative pronoun: what follows has no subject and is no claim.
    @Test(arguments: [
        ("Horner is also the name of a hoax story that comes around every now and again.", nil),
        ("The page that was created to rally support for his release said he was well.", nil),
        ("Officials said that the bridge was closed.", "the bridge was closed"),
    ] as [(String, String?)])
    func aRelativeThatOpensNoClaim(_ sentence: String, _ claim: String?) {
        #expect(ClaimBuilder().clause(after: ["that"], in: sentence) == claim)
    }
}

/// A speaker's reported statement is a claim once another holder takes a position on it.
@Suite struct QuotedStatementClaimTests {
    let voss = Entity(id: "v", name: "Mirela Voss", kind: .person, aliases: ["Voss"], mentions: 1)
    let reyhl = Entity(id: "r", name: "Tomas Reyhl", kind: .person, aliases: ["Reyhl"], mentions: 2)

    func input(_ text: String) -> StoryInput {
        let content = "Transport Minister Tomas Reyhl should resign"
        return StoryFixtures.input(
            "a", title: "Minister under fire", published: "2026-03-04", text: text, outlet: "A",
            quotes: [QuoteSpan(content: StoryFixtures.range(of: content, in: text), cue: StoryFixtures.range(of: "said", in: text),
                               speakerName: "Mirela Voss", kind: .indirect)],
            mentions: [StoryFixtures.mention("Mirela Voss", in: text, kind: .person, entity: "v")]
                + (text.contains("Reyhl rejected") ? [StoryFixtures.mention("Reyhl rejected", in: text, kind: .person, entity: "r")].map {
                    Mention(start: $0.start, end: $0.start + 5, text: "Reyhl", kind: .person, entity: "r")
                } : []),
            entities: [voss, reyhl])
    }

    @Test func aStatementRejectedByAnotherHolderIsDisputed() throws {
        let text = "Opposition leader Mirela Voss said Transport Minister Tomas Reyhl should resign.\n\nReyhl rejected calls to resign over the collapse."
        let claim = try #require(StoryBuilder().story(from: [input(text)]).claims.first)
        #expect(claim.text == "Transport Minister Tomas Reyhl should resign")
        #expect(claim.status == .disputed)
        #expect(Set(claim.positions.map { "\($0.holderName) \($0.stance.rawValue)" }) == ["Mirela Voss asserts", "Tomas Reyhl denies"])
    }

    @Test func aStatementNobodyElseTakesUpIsNoClaim() {
        let text = "Opposition leader Mirela Voss said Transport Minister Tomas Reyhl should resign.\n\nFerries began running on Wednesday."
        #expect(StoryBuilder().story(from: [input(text)]).claims.isEmpty)
    }
}

/// A speaker's statement worded as a negation denies another holder's claim it affirms ("Islam
/// says he did not make $72 million" against "... confirms that he made $72 million").
@Suite struct NegatedStatementClaimTests {
    let karow = HarbourReport.karow

    func inputs(statement: String, content: String) -> [StoryInput] {
        let answering = StoryFixtures.input(
            "b", title: "Mayor answers", published: "2026-03-05", text: statement, outlet: "B",
            quotes: [QuoteSpan(content: StoryFixtures.range(of: content, in: statement), cue: StoryFixtures.range(of: "said", in: statement),
                               speakerName: "Ilse Karow", kind: .indirect)],
            mentions: [StoryFixtures.mention("Ilse Karow", in: statement, kind: .person, entity: "k")],
            entities: [karow])
        return [HarbourReport.input(), answering]
    }

    func positions(_ claims: [Claim]) -> Set<String> {
        Set(claims.flatMap { claim in claim.positions.map { "\($0.holderName) \($0.stance.rawValue)" } })
    }

    @Test func aNegatedStatementDeniesTheClaimItAffirms() throws {
        let statement = "Mayor Ilse Karow said she did not sell the harbour land to a developer."
        let claims = StoryBuilder().story(from: inputs(statement: statement, content: "she did not sell the harbour land to a developer")).claims
        let claim = try #require(claims.first { $0.text.contains("harbour land") })
        #expect(claim.status == .disputed)
        #expect(Set(claim.positions.map { "\($0.holderName) \($0.stance.rawValue)" }) == ["The Harbour Ledger asserts", "Ilse Karow denies"])
    }

    @Test(arguments: [
        ("Mayor Ilse Karow said she sold the harbour land to a developer.", "she sold the harbour land to a developer"),
        ("Mayor Ilse Karow said she did not attend the spring fair in the old town.", "she did not attend the spring fair in the old town"),
    ])
    func anAffirmedOrUnrelatedStatementDeniesNothing(statement: String, content: String) {
        let claims = StoryBuilder().story(from: inputs(statement: statement, content: content)).claims
        #expect(!positions(claims).contains("Ilse Karow denies"))
    }

    @Test(arguments: [
        ("he did not make $72 million from trading stocks", true),
        ("the figure isn’t accurate", true),
        ("not only the mayor but the council sold it", false),
        ("the council, which did not meet, sold it", false),
        ("he made $72 million", false),
    ])
    func negatedClauses(clause: String, negated: Bool) {
        #expect(ClaimText.isNegated(clause) == negated)
    }
}

/// A verdict ("hoax", "not true") outside any quote is the writer's, unless a reporting verb gives
/// it to the name before it.
@Suite struct VerdictHolderTests {
    let karow = HarbourReport.karow
    let council = Entity(id: "c", name: "City Council", kind: .organization, mentions: 1)

    func positions(verdict: String) -> Set<String> {
        let answering = StoryFixtures.input(
            "b", title: "A hoax", published: "2026-03-05", text: verdict, outlet: "Outlet B",
            mentions: [verdict.contains("Ilse Karow") ? StoryFixtures.mention("Ilse Karow", in: verdict, kind: .person, entity: "k") : nil,
                       verdict.contains("City Council") ? StoryFixtures.mention("City Council", in: verdict, kind: .organization, entity: "c") : nil].compactMap { $0 },
            entities: [karow, council])
        let claims = StoryBuilder().story(from: [HarbourReport.input(), answering]).claims
        return Set(claims.flatMap { claim in claim.positions.map { "\($0.holderName) \($0.stance.rawValue)" } })
    }

    @Test func aVictimOfAHoaxDoesNotHoldTheDenial() {
        let found = positions(verdict: "Ilse Karow is the victim of a hoax: reports that she sold the harbour land to a developer were invented.")
        #expect(found.contains("Outlet B denies"))
        #expect(!found.contains("Ilse Karow denies"))
    }

    @Test func aVerdictStatedByANameIsItsHolders() {
        let found = positions(verdict: "The City Council called the reports that Karow sold the harbour land to a developer a hoax.")
        #expect(found.contains("City Council denies"))
        #expect(!found.contains("Outlet B denies"))
    }
}

/// The Harbour Ledger's report that Mayor Ilse Karow sold the harbour land, which other articles answer.
enum HarbourReport {
    static let text = "The Harbour Ledger reported that Mayor Ilse Karow sold the harbour land to a developer."
    static let ledger = Entity(id: "l", name: "The Harbour Ledger", kind: .outlet, mentions: 1)
    static let karow = Entity(id: "k", name: "Ilse Karow", kind: .person, aliases: ["Karow"], mentions: 2)

    static func input() -> StoryInput {
        StoryFixtures.input(
            "a", title: "Harbour land sold", published: "2026-03-04", text: text, outlet: "A",
            mentions: [StoryFixtures.mention("The Harbour Ledger", in: text, kind: .outlet, entity: "l"),
                       StoryFixtures.mention("Ilse Karow", in: text, kind: .person, entity: "k")],
            citations: [CitationSpan(start: StoryFixtures.range(of: "The Harbour Ledger", in: text).start,
                                     end: StoryFixtures.range(of: "The Harbour Ledger", in: text).end, source: "The Harbour Ledger", kind: .report)],
            entities: [ledger, karow])
    }
}

/// A role phrase right before a verb cue ("with her lawyers having dismissed") is the cue's subject,
/// not the last name before it.
@Suite struct RoleSubjectHolderTests {
    func positions(_ text: String) -> Set<String> {
        let answering = StoryFixtures.input(
            "b", title: "Mayor away", published: "2026-03-05", text: text, outlet: "Outlet B",
            mentions: [StoryFixtures.mention("Ilse Karow", in: text, kind: .person, entity: "k")], entities: [HarbourReport.karow])
        let claims = StoryBuilder().story(from: [HarbourReport.input(), answering]).claims
        return Set(claims.flatMap { claim in claim.positions.map { "\($0.holderName) \($0.stance.rawValue)" } })
    }

    @Test func herLawyersHoldTheDenial() {
        let found = positions("Ilse Karow was in Berlin, with her lawyers having dismissed reports that she sold the harbour land to a developer.")
        #expect(found.contains("Ilse Karow's lawyers denies"))
        #expect(!found.contains("Ilse Karow denies"))
    }

    @Test func theNamedSubjectStillHoldsIt() {
        let found = positions("Ilse Karow dismissed reports that she sold the harbour land to a developer.")
        #expect(found.contains("Ilse Karow denies"))
    }
}
