import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct ArticleTextExtractorTests {
    @Test(arguments: [
        ("One.\n\nTwo\ncontinued.", ["One.", "Two continued."]),
        ("Line one.\nLine two.", ["Line one.", "Line two."]),
        ("  spaced   out \n\n\n  ", ["spaced out"]),
        // A heading above a paragraph is a paragraph of its own, not the paragraph's first words.
        ("Intro.\n\nFrom Britain to Syria via Kuwait and the Netherlands\nEmwazi is understood to have arrived in Britain as a young boy, aged six, after being born in Kuwait.",
         ["Intro.", "From Britain to Syria via Kuwait and the Netherlands",
          "Emwazi is understood to have arrived in Britain as a young boy, aged six, after being born in Kuwait."]),
        // A line stopping on a function word goes on with the next line, even before a capital.
        ("Intro.\n\nAccording to reports, Rosenberg said she had contacted Kurdish fighters over the\nInternet before traveling through Iraq to train at one of their camps on the Syrian border.",
         ["Intro.", "According to reports, Rosenberg said she had contacted Kurdish fighters over the Internet before traveling through Iraq to train at one of their camps on the Syrian border."]),
        // A hard-wrapped paragraph is joined; its short last line ends it.
        ("Intro.\n\nThe ministry said on Thursday that the report of a call between the\nTwo leaders was false.\nA caption",
         ["Intro.", "The ministry said on Thursday that the report of a call between the Two leaders was false.", "A caption"]),
    ])
    func paragraphsAreBlocksOrLines(text: String, expected: [String]) {
        #expect(ArticleTextExtractor.paragraphs(in: text) == expected)
    }

    @Test func repeatedParagraphIsKeptOnce() throws {
        let article = try ArticleTextExtractor().article(from: RawDocument(source: "s", content: .articleText("A.\n\nB.\n\nA.")))
        #expect(article.body.map(\.text) == ["A.", "B."])
        #expect(article.removed == [Removed(text: "A.", reason: .duplicate)])
    }

    /// Clean news texts (invented) whose every paragraph is article text, including the cases the boilerplate
    /// labelling must leave alone: a short last sentence, bullet points between prose paragraphs, a heading, a
    /// credit marker named in passing, a long paragraph opening with "UPDATED:", a bracketed source link.
    @Test(arguments: [
        "The bridge reopened on Monday after three weeks of repairs, the city said.\n\nTraffic was light.\n\nWe can only hope.",
        "The council listed three reasons for the delay:\n\n- The steel arrived late\n- Two inspections failed\n- Rain stopped work for a week\n\nIt said the bridge would reopen in May.",
        "Residents were told to stay indoors on Tuesday evening.\n\nWhat happens next\n\nThe mayor will decide on Friday whether the curfew stays in place.",
        "The picture in the post was not of a priest at all. He is a model on Shutterstock, who has never been near the hospital.",
        "UPDATED: The ministry now says that the figures it published on Monday were wrong and that fewer people were hurt.",
        "The service will start in March, the paper reported. (bit.ly/3xYz9Q)\n\nThe company declined to comment.",
    ])
    func cleanNewsTextComesThroughUnchanged(text: String) throws {
        let article = try ArticleTextExtractor().article(from: RawDocument(source: "s", content: .articleText(text)))
        #expect(article.body.map(\.text) == ArticleTextExtractor.paragraphs(in: text))
        #expect(article.removed.isEmpty)
    }

    /// Boilerplate a crawled text field carries is labelled with its reason, and the article around it kept.
    @Test(arguments: [
        ("The bridge reopened on Monday, the city said.\n\nAdvertisement\n\nTraffic was light on the first morning.",
         [Removed(text: "Advertisement", reason: .advertisement)]),
        ("The bridge reopened on Monday, the city said.\n· Repairs run late on the river bridge [City Times]\n· Rumor: the bridge will close again [Harbour Post]",
         [Removed(text: "· Repairs run late on the river bridge [City Times]", reason: .related),
          Removed(text: "· Rumor: the bridge will close again [Harbour Post]", reason: .related)]),
        ("The bridge reopened on Monday, the city said.\n\nSign up now\n\nTraffic was light on the first morning, officials said.",
         [Removed(text: "Sign up now", reason: .newsletter)]),
        ("The bridge reopened on Monday, the city said.\n\nWorkers on the bridge on Sunday. Photo: Reuters\n\nTraffic was light on the first morning.",
         [Removed(text: "Workers on the bridge on Sunday. Photo: Reuters", reason: .caption)]),
        ("The bridge reopened on Monday, the city said.\n\nJane Roe in Vell contributed to this report.",
         [Removed(text: "Jane Roe in Vell contributed to this report.", reason: .metadata)]),
        // A wire credit on its own line, a closed comment section, a tabloid caption opening with its credit.
        ("The bridge reopened on Monday, the city said.\n\n(Reporting by Jane Roe; Editing by John Doe)",
         [Removed(text: "(Reporting by Jane Roe; Editing by John Doe)", reason: .metadata)]),
        ("The bridge reopened on Monday, the city said.\n\nSorry we are not currently accepting comments on this article.",
         [Removed(text: "Sorry we are not currently accepting comments on this article.", reason: .comments)]),
        ("The bridge reopened on Monday, the city said.\n\nVote\n\nView ResultsPolldaddy.com\n\nTraffic was light on the first morning.",
         [Removed(text: "Vote", reason: .other), Removed(text: "View ResultsPolldaddy.com", reason: .other)]),
        ("The bridge reopened on Monday, the city said.\n\nGetty Proud: The mayor cuts the ribbon on the east bank\n\nTraffic was light on the first morning.",
         [Removed(text: "Getty Proud: The mayor cuts the ribbon on the east bank", reason: .caption)]),
        // A labelled caption without the agency, of prose length (FNC-1 s12), between the paragraphs of a quote.
        ("Inspector Anton Karow said: 'The dog is microchipped and we found his name.\n\nCared for: Station staff looked after the dog until the inspectors arrived at the scene on Friday morning\n\n'We contacted the owner registered to the microchip.",
         [Removed(text: "Cared for: Station staff looked after the dog until the inspectors arrived at the scene on Friday morning", reason: .caption)]),
        // Related links between the paragraphs of a quote (FNC-1 s8): the quote goes on after them.
        ("He said: ‘The bridge is safe.\n\nMORE: Would you cross a bridge in a storm?\n\nREAD: Ten bridges to see\n\n‘We checked every bolt.’",
         [Removed(text: "MORE: Would you cross a bridge in a storm?", reason: .related),
          Removed(text: "READ: Ten bridges to see", reason: .related)]),
        // An embedded tweet: its words and its signature (FNC-1 s26), not the article's.
        ("The bridge reopened on Monday, the city said.\n\nThe bridge is open again! pic.twitter.com/qTw0VP0e2t\n\n— Vell City (@VellCity) October 7, 2014\n\nTraffic was light on the first morning.",
         [Removed(text: "The bridge is open again! pic.twitter.com/qTw0VP0e2t", reason: .social),
          Removed(text: "— Vell City (@VellCity) October 7, 2014", reason: .social)]),
        // A tweet with its signature glued on, and a photo post's signature (FNC-1 s49, s169); the line before a
        // photo signature stays.
        ("The bridge reopened on Monday, the city said.\n\nThe bridge is open again!— Vell City (@VellCity) October 7, 2014\n\nTraffic was light on the first morning.",
         [Removed(text: "The bridge is open again!— Vell City (@VellCity) October 7, 2014", reason: .social)]),
        ("The bridge reopened on Monday, the city said.\n\nTake a look:\n\nA photo posted by Vell City (@vellcity) on Jan 7, 2015 at 3:02pm PST\n\nTraffic was light on the first morning.",
         [Removed(text: "A photo posted by Vell City (@vellcity) on Jan 7, 2015 at 3:02pm PST", reason: .social)]),
        // Script left in the text (FNC-1 s169): an ad slot's code, and other markup.
        ("The bridge reopened on Monday, the city said.\n\n<!-- google_ad_client = \"pub-123\"; google_ad_width = 468; //-->\n\n<script src=\"x.js\"></script>\n\nTraffic was light on the first morning.",
         [Removed(text: "<!-- google_ad_client = \"pub-123\"; google_ad_width = 468; //-->", reason: .advertisement),
          Removed(text: "<script src=\"x.js\"></script>", reason: .other)]),
    ])
    func boilerplateIsLabelled(text: String, expected: [Removed]) throws {
        let article = try ArticleTextExtractor().article(from: RawDocument(source: "s", content: .articleText(text)))
        #expect(article.removed == expected)
        #expect(article.body.count == ArticleTextExtractor.paragraphs(in: text).count - expected.count)
        #expect(article.captions == expected.filter { $0.reason == .caption }.map(\.text))
    }

    /// A wire credit glued to the last paragraph's end leaves the paragraph for `removed`; a bracket that is
    /// the paragraph's own, or a credit after an unfinished sentence, stays.
    @Test(arguments: [
        ("Militants hold much of the south, where the government has little control outside the main cities and the army has lost three bases since the spring. (Reporting By Jane Roe in Vell; Editing by John Doe)",
         "Militants hold much of the south, where the government has little control outside the main cities and the army has lost three bases since the spring.",
         "(Reporting By Jane Roe in Vell; Editing by John Doe)"),
        ("\"We are ready for whatever comes next, and we will not leave the bridge until the last of the repairs is finished,\" the mayor said on Monday. (Additional reporting by Jane Roe)",
         "\"We are ready for whatever comes next, and we will not leave the bridge until the last of the repairs is finished,\" the mayor said on Monday.",
         "(Additional reporting by Jane Roe)"),
        ("Militants hold much of the south (reporting by the ministry).", nil, nil),
        ("Militants hold much of the south (editing by Jane Roe)", nil, nil),
        ("(Reporting by Jane Roe; Editing by John Doe)", nil, nil),
    ] as [(String, String?, String?)])
    func trailingWireCredit(paragraph: String, text: String?, credit: String?) throws {
        let split = TrailingCredit.split(paragraph)
        #expect(split?.text == text)
        #expect(split?.credit == credit)
        guard let text, let credit else { return }
        let article = try ArticleTextExtractor().article(from: RawDocument(source: "s", content: .articleText("The bridge reopened on Monday.\n\n" + paragraph)))
        #expect(article.body.map(\.text) == ["The bridge reopened on Monday.", text])
        #expect(article.removed == [Removed(text: credit, reason: .metadata)])
    }

    /// What an embedded post's signature looks like, and prose that only resembles it.
    @Test(arguments: [
        ("— North Korea (@NorthKoreaNews1) October 7, 2014", true),
        ("- Jane Doe (@jdoe) March 3, 2015", true),
        ("— (@jdoe) March 3, 2015", false),
        ("— North Korea (@NorthKoreaNews1) on October 7, 2014", false),
        ("— North Korea (@North Korea) October 7, 2014", false),
        ("The account (@NorthKoreaNews1) posted it on October 7, 2014.", false),
    ])
    func embeddedPostSignatures(text: String, isSignature: Bool) {
        #expect(EmbeddedPost.isSignature(text) == isSignature)
    }

    /// A post glued to its signature, and prose with a dash that only resembles one.
    @Test(arguments: [
        ("Yes they were in good condition...— Tony Vell (@TonyVell) October 6, 2014", true),
        ("Tributes poured in — Vell City (@VellCity) October 7, 2014", true),
        ("The mayor — who opened it — was pleased.", false),
        ("— Vell City (@VellCity) October 7, 2014", false),
    ])
    func gluedSignatures(text: String, isGlued: Bool) {
        #expect(EmbeddedPost.hasGluedSignature(text) == isGlued)
    }

    @Test func readerCommentsGoToComments() throws {
        let text = "The bridge reopened on Monday, the city said.\n\n2 Comments\n\nAbout time too\n\nStill closed for bikes"
        let article = try ArticleTextExtractor().article(from: RawDocument(source: "s", content: .articleText(text)))
        #expect(article.body.map(\.text) == ["The bridge reopened on Monday, the city said."])
        #expect(article.comments == ["About time too", "Still closed for bikes"])
        #expect(article.removed.map(\.reason) == [.comments, .comments, .comments])
    }

    /// Text the labelling would remove whole is kept as body: clean text is not emptied.
    @Test func textOfBoilerplateOnlyIsKeptAsBody() throws {
        let article = try ArticleTextExtractor().article(from: RawDocument(source: "s", content: .articleText("Advertisement")))
        #expect(article.body.map(\.text) == ["Advertisement"])
        #expect(article.removed.isEmpty)
    }

    @Test func emptyTextIsAnError() {
        #expect(throws: CorroborateError.self) {
            try ArticleTextExtractor().article(from: RawDocument(source: "s", content: .articleText(" \n ")))
        }
    }

    /// Character references an escaping step left in clean text are decoded; a bare "&" stays.
    @Test(arguments: [
        ("at the Iguala morgue&nbsp;&hellip; Forensic personnel", "at the Iguala morgue\u{00A0}… Forensic personnel"),
        ("It&#8217;s over, Tom &amp; Jerry said.", "It’s over, Tom & Jerry said."),
        ("AT&T and R&D stay; so does a lone & sign.", "AT&T and R&D stay; so does a lone & sign."),
        ("Tom &amp; Jerry &copy 2014 &#169 AT&amp;T", "Tom & Jerry &copy 2014 &#169 AT&T"),
    ])
    func characterReferencesAreDecoded(_ text: String, _ expected: String) {
        #expect(ArticleTextExtractor.decodingReferences(text) == expected)
    }
}
