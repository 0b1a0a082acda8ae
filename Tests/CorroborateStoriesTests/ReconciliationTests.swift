import CorroborateCore
import Testing

@testable import CorroborateStories

@Suite struct ClaimBuilderTests {
    let post = "The Washington Post reported on Sunday that Trump and Putin spoke by phone about the war in Ukraine."
    let kremlin = "The Kremlin denied reports that Trump and Putin spoke by phone about Ukraine."
    let cheung = "Steven Cheung declined to confirm or deny the report of the phone call."

    func story() -> Story { StoryBuilder().story(from: storyInputs()) }

    func storyInputs() -> [StoryInput] {
        let a = StoryFixtures.input(
            "a", title: "Kremlin denies call", published: "2024-11-11", text: post + "\n\n" + cheung, outlet: "Outlet A",
            mentions: [
                StoryFixtures.mention("The Washington Post", in: post, kind: .outlet, entity: "wp"),
                StoryFixtures.mention("Steven Cheung", in: post + "\n\n" + cheung, kind: .person, entity: "cheung"),
            ],
            citations: [CitationSpan(start: 0, end: 19, source: "The Washington Post", kind: .report)],
            entities: [
                Entity(id: "wp", name: "The Washington Post", kind: .outlet, mentions: 1),
                Entity(id: "cheung", name: "Steven Cheung", kind: .person, mentions: 1),
            ])
        let b = StoryFixtures.input(
            "b", title: "Kremlin denies Trump call", published: "2024-11-11", text: kremlin, outlet: "Outlet B",
            mentions: [StoryFixtures.mention("Kremlin", in: kremlin, kind: .organization, entity: "k")],
            entities: [Entity(id: "k", name: "Kremlin", kind: .organization, mentions: 1)])
        return [a, b]
    }

    @Test func reportedAndDeniedIsDisputed() throws {
        let claim = try #require(story().claims.first)
        #expect(claim.status == .disputed)
        let stances = Dictionary(claim.positions.map { ($0.holderName, $0.stance) }, uniquingKeysWith: { first, _ in first })
        #expect(stances["The Washington Post"] == .asserts)
        #expect(stances["Kremlin"] == .denies)
        #expect(stances["Steven Cheung"] == .declines)
    }

    /// Every article's stance toward each claim, asked of the stance model only when a story has
    /// several articles to compare.
    @Test(arguments: [2, 1])
    func coverageIsReadForStoriesOfSeveralArticles(_ articles: Int) throws {
        let inputs = storyInputs().prefix(articles)
        var builder = StoryBuilder()
        builder.claimBuilder.coverageStances = { bodies, claims in claims.map { _ in bodies.map { _ in CoverageStance.discuss } } }
        let claims = builder.story(from: Array(inputs)).claims
        try #require(!claims.isEmpty)
        for claim in claims { #expect(claim.coverage.map(\.article) == (articles == 1 ? [] : ["a", "b"])) }
    }

    @Test func claimTextIsTheReportedClause() throws {
        let claim = try #require(story().claims.first)
        #expect(claim.text.hasPrefix("Trump and Putin spoke by phone"))
    }

    @Test(arguments: [
        ("Peskov said it was pure fiction.", CorroborateCore.Stance.denies),
        ("He declined to confirm or deny the report.", .declines),
        ("The ministry confirmed the talks.", .confirms),
        ("We do not comment on private calls.", .declines),
        ("They met in Sochi.", nil),
        ("Analysts questioned the report.", .doubts),
        ("The FBI has questioned a man who says he recorded audio of gunfire.", nil),
        ("Police questioned him for hours.", nil),
    ])
    func cuesGiveStances(_ sentence: String, _ expected: CorroborateCore.Stance?) {
        #expect(PositionCues.bundled().stance(in: sentence)?.stance == expected)
    }
}

@Suite struct AgreementFinderTests {
    @Test func sameFactFromTwoOutletsIsAnAgreementAndTheRestExclusive() {
        let a = "Trump has pledged to end the war in Ukraine before taking office in January.\n\nThe Kremlin spokesman spoke to reporters in a conference call on Monday morning."
        let b = "Trump pledged to end the war in Ukraine before he takes office in January.\n\nUkraine sent a massive wave of drones that rattled Moscow and its suburbs over the weekend."
        let story = StoryBuilder().story(from: [
            StoryFixtures.input("a", title: "A", published: "2024-11-11", text: a, outlet: "A",
                                mentions: [StoryFixtures.mention("Kremlin", in: a, kind: .organization, entity: "k")]),
            StoryFixtures.input("b", title: "B", published: "2024-11-11", text: b, outlet: "B",
                                mentions: [StoryFixtures.mention("Moscow", in: b, kind: .place, entity: "m")]),
        ])
        #expect(story.agreements.count == 1)
        #expect(story.agreements.first?.articles == ["a", "b"])
        #expect(story.exclusives.map(\.article).sorted() == ["a", "b"])
        #expect(story.exclusives.first { $0.article == "b" }?.statements.first?.contains("drones") == true)
    }

    /// A sentence that names nothing, asks, or breaks off is no exclusive statement, however long.
    @Test(arguments: [
        ("Stay tuned for more developments as the new administration prepares to take the reins.", false),
        ("What was allegedly discussed between the two men during that long phone call?", false),
        ("Reuters cited a statement from a ministry spokesperson, who confirmed:", false),
        ("Ukraine sent a massive wave of drones that rattled Moscow and its suburbs.", true),
    ])
    func onlyStatementsOfFactAreExclusive(_ sentence: String, _ exclusive: Bool) {
        let other = "Trump pledged to end the war in Ukraine before he takes office in January."
        let text = other + "\n\n" + sentence
        let mentions = ["Reuters", "Moscow"].filter { sentence.contains($0) }.map { StoryFixtures.mention($0, in: text, kind: .place, entity: $0) }
        let story = StoryBuilder().story(from: [
            StoryFixtures.input("a", title: "A", published: "2024-11-11", text: text, outlet: "A", mentions: mentions),
            StoryFixtures.input("b", title: "B", published: "2024-11-11", text: other, outlet: "B"),
        ])
        #expect(story.exclusives.contains { $0.statements.contains(sentence) } == exclusive)
    }

    /// Two outlets printing one wire text: its exclusive is listed once, naming the copy.
    @Test func anExclusiveOfCopiedTextIsListedOnceWithItsCopies() {
        let wire = "Trump has pledged to end the war in Ukraine before taking office in January, his aides said on Monday.\n\nUkraine sent a massive wave of drones that rattled Moscow and its suburbs over the weekend, officials in the region said.\n\nThe Kremlin spokesman spoke to reporters in a conference call on Monday morning and gave no details."
        let other = "Trump pledged to end the war in Ukraine before he takes office in January."
        let mentions = { (text: String) in [StoryFixtures.mention("Moscow", in: text, kind: .place, entity: "m")] }
        let story = StoryBuilder().story(from: [
            StoryFixtures.input("a", title: "A", published: "2024-11-11", text: wire, outlet: "A", mentions: mentions(wire)),
            StoryFixtures.input("a2", title: "A", published: "2024-11-11", text: wire, outlet: "A2", mentions: mentions(wire)),
            StoryFixtures.input("b", title: "B", published: "2024-11-11", text: other, outlet: "B"),
        ])
        #expect(story.nearDuplicates == [["a", "a2"]])
        let drones = story.exclusives.filter { $0.statements.contains { $0.contains("drones") } }
        #expect(drones.map(\.article) == ["a"])
        #expect(drones.first?.copies == ["a2"])
    }

    /// "Inspector Anton Karow said:" in every outlet introduces each one's quote: it states nothing, so it is no
    /// agreement.
    @Test func aQuotesLeadInIsNoAgreement() {
        let lead = "Vell City Council bridge inspector Anton Karow said:"
        let a = lead + "\n\n“The bridge is safe and we checked every bolt.”"
        let b = lead + "\n\n“We will reopen the bridge on Monday morning.”"
        let story = StoryBuilder().story(from: [
            StoryFixtures.input("a", title: "A", published: "2024-11-11", text: a, outlet: "A"),
            StoryFixtures.input("b", title: "B", published: "2024-11-11", text: b, outlet: "B"),
        ])
        #expect(!story.agreements.contains { $0.text.hasSuffix(":") }, "agreements: \(story.agreements.map(\.text))")
    }

    @Test func oneOutletAloneHasNoAgreementsOrExclusives() {
        let story = StoryBuilder().story(from: [
            StoryFixtures.input("a", title: "A", published: "2024-11-11", text: "Trump has pledged to end the war in Ukraine before taking office.", outlet: "A"),
        ])
        #expect(story.agreements.isEmpty)
        #expect(story.exclusives.isEmpty)
    }
}

@Suite struct DiscrepancyFinderTests {
    @Test func sameReportDatedDifferentlyIsADiscrepancy() {
        let a = "The Washington Post reported on Thursday, citing anonymous sources, that the two spoke."
        let b = "The Washington Post first reported on Sunday, citing anonymous sources, that the two spoke on Thursday."
        func timex(_ text: String, in sentence: String, _ value: String) -> Timex {
            let found = StoryFixtures.range(of: text, in: sentence)
            return Timex(start: found.start, end: found.end, text: text, type: .date, value: value)
        }
        let story = StoryBuilder().story(from: [
            StoryFixtures.input("a", title: "A", published: "2024-11-11", text: a, outlet: "TRT World",
                                timexes: [timex("on Thursday", in: a, "2024-11-07")],
                                mentions: [StoryFixtures.mention("The Washington Post", in: a, kind: .outlet, entity: "wp")],
                                entities: [Entity(id: "wp", name: "The Washington Post", kind: .outlet, mentions: 1)]),
            StoryFixtures.input("b", title: "B", published: "2024-11-12", text: b, outlet: "Japan Today",
                                timexes: [timex("on Sunday", in: b, "2024-11-10"), timex("on Thursday", in: b, "2024-11-07")],
                                mentions: [StoryFixtures.mention("The Washington Post", in: b, kind: .outlet, entity: "wp")],
                                entities: [Entity(id: "wp", name: "The Washington Post", kind: .outlet, mentions: 1)]),
        ])
        #expect(story.discrepancies.count == 1)
        #expect(story.discrepancies.first?.topic == "when The Washington Post reported")
        #expect(story.discrepancies.first?.values.map(\.value) == ["2024-11-07", "2024-11-10"])
        #expect(story.discrepancies.first?.values.map(\.articles) == [["a"], ["b"]])
    }
}

/// A date right before an event noun dates that event: "In a 10 November report, The Washington Post
/// cited ..." is when the Post reported.
@Suite struct DatedEventNounTests {
    func story(_ second: String, _ dated: String, _ value: String) -> Story {
        let a = "The Washington Post reported on Thursday, citing anonymous sources, that the two spoke."
        func input(_ id: String, _ text: String, _ date: String, _ day: String, outlet: String) -> StoryInput {
            let found = StoryFixtures.range(of: date, in: text)
            return StoryFixtures.input(
                id, title: id, published: "2024-11-12", text: text, outlet: outlet,
                timexes: [Timex(start: found.start, end: found.end, text: date, type: .date, value: day)],
                mentions: [StoryFixtures.mention("The Washington Post", in: text, kind: .outlet, entity: "wp")],
                entities: [Entity(id: "wp", name: "The Washington Post", kind: .outlet, mentions: 1)])
        }
        return StoryBuilder().story(from: [
            input("a", a, "on Thursday", "2024-11-07", outlet: "TRT World"), input("b", second, dated, value, outlet: "Kyiv Independent"),
        ])
    }

    @Test(arguments: [
        "In a 10 November report, The Washington Post cited sources familiar with the call.",
        "Sunday's report by The Washington Post cited sources familiar with the call.",
    ])
    func aDatedReportNounIsWhenItWasReported(_ text: String) {
        let date = text.hasPrefix("Sunday") ? "Sunday" : "10 November"
        let found = story(text, date, "2024-11-10").discrepancies
        #expect(found.first?.topic == "when The Washington Post reported")
        #expect(found.first?.values.map(\.value) == ["2024-11-07", "2024-11-10"])
    }

    /// A noun of no event kind ("deadline") dates nothing.
    @Test func otherNounsDateNothing() {
        let found = story("The 10 November deadline, The Washington Post noted, passed quietly.", "10 November", "2024-11-10").discrepancies
        #expect(found.isEmpty)
    }
}

@Suite struct ClaimTextTests {
    @Test(arguments: [
        ("it was not told in advance about the call", "Foreign Ministry", "Foreign Ministry was told in advance about the call"),
        ("the ministry wasn't informed of the talks", "Foreign Ministry", "the ministry was informed of the talks"),
        ("they never agreed to a ceasefire", "Hamas", "Hamas agreed to a ceasefire"),
        ("the two leaders spoke by phone", "Kremlin", "the two leaders spoke by phone"),
    ])
    func aDenialsOwnWordingIsStatedPositively(_ clause: String, _ holder: String, _ expected: String) {
        #expect(ClaimText.affirmed(clause, holder: holder) == expected)
    }
}

@Suite struct ClaimClauseTests {
    @Test(arguments: [
        ("Peskov denied reports that the call ever took place, labelling the report as pure fiction.", "the call took place"),
        ("The Kremlin rejected reports that Putin spoke with Trump last week, and a spokesman for Trump refused to comment.", "Putin spoke with Trump last week"),
    ])
    func aClaimClauseStopsWhereCommentBegins(_ sentence: String, _ expected: String) {
        #expect(ClaimBuilder().clause(after: ["reports that"], in: sentence) == expected)
    }

    /// "denied that in a statement": "that" is the object, and a preposition opens no claim.
    @Test(arguments: [
        ("The Department of Homeland Security flatly denied that in a statement to MailOnline.", nil),
        ("The ministry denied that in 2014, Russia annexed the peninsula.", "in 2014, Russia annexed the peninsula"),
    ] as [(String, String?)])
    func aPrepositionOpensNoClaim(_ sentence: String, _ expected: String?) {
        #expect(ClaimBuilder().clause(after: ["denied that"], in: sentence) == expected)
    }

    /// Quotation marks go, a curly apostrophe between letters stays.
    @Test func anApostropheIsNoQuotationMark() {
        let sentence = "A fighter denied reports that “al-Baghdadi’s wife” had been ‘arrested’ in Lebanon."
        #expect(ClaimBuilder().clause(after: ["reports that"], in: sentence) == "al-Baghdadi’s wife had been arrested in Lebanon")
    }
}

@Suite struct PlatformHolderTests {
    /// Supporters posting on a platform hold their position; the platform does not.
    @Test func postersOnAPlatformHoldThePosition() throws {
        let post = "The Washington Post reported that the leader's wife was arrested in Lebanon."
        let doubt = "The group did not immediately comment on the detentions, but the faction's supporters on Twitter and militant websites cast doubt on the reports that the leader's wife was arrested."
        let text = post + "\n\n" + doubt
        let a = StoryFixtures.input(
            "a", title: "Wife arrested", published: "2014-12-02", text: text, outlet: "A",
            mentions: [
                StoryFixtures.mention("The Washington Post", in: text, kind: .outlet, entity: "wp"),
                StoryFixtures.mention("Twitter", in: text, kind: .organization, entity: "tw"),
            ],
            citations: [CitationSpan(start: 0, end: 19, source: "The Washington Post", kind: .report)],
            entities: [
                Entity(id: "wp", name: "The Washington Post", kind: .outlet, mentions: 1),
                Entity(id: "tw", name: "Twitter", kind: .organization, mentions: 1),
            ])
        let positions = StoryBuilder().story(from: [a]).claims.flatMap(\.positions)
        let doubting = try #require(positions.first { $0.stance == .doubts })
        #expect(doubting.holderName == "the faction's supporters")
    }
}

@Suite struct ClaimSeparationTests {
    /// Two denials that share no content word stay two claims, however close a sentence encoder
    /// would put them.
    @Test func claimsSharingNoContentWordStayApart() {
        let post = "The Washington Post reported that Trump and Putin discussed Ukraine by phone."
        let kyiv = "Tykhyi said reports that the Ukrainian side was informed in advance are false."
        let a = StoryFixtures.input(
            "a", title: "Call", published: "2024-11-11", text: post + "\n\n" + kyiv, outlet: "A",
            mentions: [StoryFixtures.mention("Tykhyi", in: post + "\n\n" + kyiv, kind: .person, entity: "t")],
            citations: [CitationSpan(start: 0, end: 19, source: "The Washington Post", kind: .report)],
            entities: [Entity(id: "t", name: "Heorhii Tykhyi", kind: .person, mentions: 1)])
        let claims = StoryBuilder().story(from: [a]).claims
        #expect(claims.count == 2)
        #expect(claims.contains { $0.text.contains("in advance") && $0.status == .denied })
    }
}
