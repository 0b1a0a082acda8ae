import CorroborateCore
import Testing

@testable import CorroborateStories

/// The brief reports a quote as somebody's statement only with a plausible speaker and a cue of
/// saying; annotation's recall-tuned leftovers ("Stay tuned for more developments" as a speaker,
/// "seems to have hinted") stay out.
@Suite struct QuoteCredibilityTests {
    let credibility = QuoteCredibility.bundled()

    func quote(_ kind: QuoteKind, speaker: String?, entity: String? = nil, cue: String?, text: String = "the report was untrue", sentence: String = "") -> Quote {
        Quote(id: "q", article: "a", speaker: entity, speakerName: speaker, text: text, kind: kind, cue: cue, via: [], sentence: sentence)
    }

    @Test(arguments: [
        ("Dmitry Peskov", "e1", "said", true),
        ("Kremlin", "e2", "denied", true),
        ("Steven Cheung", "e3", "declined", true),
        ("Sources", nil, "indicated", true),
        ("several sources familiar with the phone call", nil, "According to", true),
        ("a media report", nil, "claims", true),
        ("Steven Cheung", "e3", "seems", false),
        ("Stay tuned for more developments", nil, "promising", false),
        ("has already seen him", nil, "speak", false),
        ("there are no concrete", nil, "plans", false),
        ("Ukraine over the weekend sent", nil, "a", false),
        ("Ukraine’s Foreign Ministry refuted another", nil, "claim", false),
    ] as [(String, String?, String, Bool)])
    func reportedSpeechNeedsASpeakerAndASaying(_ speaker: String, _ entity: String?, _ cue: String, _ kept: Bool) throws {
        let credibility = try #require(credibility)
        let text = cue == "declined" ? "to confirm or deny the report" : "the report was untrue"
        #expect((credibility.reported(quote(.indirect, speaker: speaker, entity: entity, cue: cue, text: text)) != nil) == kept)
    }

    @Test func aQuestionWithoutASpeakerIsNoStatement() throws {
        let credibility = try #require(credibility)
        #expect(credibility.reported(quote(.indirect, speaker: nil, cue: "Asked", text: "about the report")) == nil)
    }

    @Test func aDirectQuotationStaysWithoutAnImplausibleSpeaker() throws {
        let credibility = try #require(credibility)
        let kept = try #require(credibility.reported(quote(.direct, speaker: "Stay tuned for more developments", cue: nil)))
        #expect(kept.speakerName == nil)
        #expect(credibility.reported(quote(.direct, speaker: "Dmitry Peskov", entity: "e1", cue: "said"))?.speakerName == "Dmitry Peskov")
    }

    @Test(arguments: [
        ("Reuters", "cited", "a statement from Ukrainian Foreign Ministry spokesperson Heorhii Tykhyi", false),
        ("The Washington Post", "cited", "sources familiar with the 7 November call", false),
        ("The Washington Post", "citing", "a report in the Wall Street Journal", false),
        ("RIA Novosti", "quoted", "sources close to the Kremlin", false),
        ("The Washington Post", "cited", "the sizable U.S. military presence in Europe", true),
        ("Reuters", "cited", "a statement saying the call never happened", true),
        ("Reuters", "said", "a statement from the ministry was expected", true),
    ])
    func citingASourceIsNoStatement(_ speaker: String, _ cue: String, _ text: String, _ kept: Bool) throws {
        let credibility = try #require(credibility)
        #expect((credibility.reported(quote(.indirect, speaker: speaker, entity: "e", cue: cue, text: text)) != nil) == kept)
    }

    @Test(arguments: [
        ("reported", "in the Middle East for five years, was kidnapped on Nov. 22, 2012", false),
        ("writing", "for GlobalPost or recording video for AFP", false),
        ("referring", "to the militant group by an earlier name", false),
        ("posted", "was created to rally support for his release", false),
        ("declined", "to comment on the call", true),
        ("urged", "people not to share the video", true),
        ("said", "the report was untrue", true),
        ("said", "inflation would fall", true),
        ("told", "Reuters the call never happened", true),
        ("reported", "On Friday, he gave an interview with Voice of America", true),
        ("said", "In one attack, militants ambushed travelers", true),
        ("said", "at a distance of about 25,000 miles -- just one-tenth the distance", false),
        ("called", "on Reyhl to resign", true),
        ("told", "“after much deliberation and conflicting feelings” Bale “came to the conclusion”", true),
        ("insisted", "on a recount", false),
        ("according to", "between 15 and 55 passengers travel from West Africa", true),
        ("continued", "firing the fatal shots anyway", false),
        ("continued", "to test other remains", false),
        ("questioned", "a man who says he recorded audio of gunfire", false),
        ("questioned", "whether the recording was genuine", true),
        ("continued", "the report was untrue", true),
        ("said", "shooting the boy was a mistake", true),
    ])
    func aPrepositionOrASubjectlessVerbOpensNoStatement(_ cue: String, _ text: String, _ kept: Bool) throws {
        let credibility = try #require(credibility)
        #expect((credibility.reported(quote(.indirect, speaker: "James Foley", entity: "e", cue: cue, text: text)) != nil) == kept)
        #expect((credibility.reported(quote(.partial, speaker: "James Foley", entity: "e", cue: cue, text: text)) != nil) == kept)
    }

    /// "According to" a rule or a design names no source: "according to its radical vision of Islam".
    @Test(arguments: [
        ("seeking to reshape the Middle East according to its radical vision of Islam.", false),
        ("Everything went according to plan, officials said.", false),
        ("The vote was held according to the company's website, which lists the results.", true),
        ("Turnout rose, according to his spokesman.", true),
    ])
    func accordingToARuleIsNoSource(_ sentence: String, _ kept: Bool) throws {
        let credibility = try #require(credibility)
        let quoted = quote(.indirect, speaker: "Islam", entity: "e1", cue: "according to", text: "the group is seeking to reshape the region", sentence: sentence)
        #expect((credibility.reported(quoted) != nil) == kept)
    }

    /// A posted picture is no statement; a picture talked about can be.
    @Test(arguments: [
        ("tweeted", "an official photo", false),
        ("shared", "a video of the arrest", false),
        ("said", "a video of the arrest shows the officer firing", true),
        ("tweeted", "the report was fake news", true),
    ])
    func aPostedPictureIsNoStatement(_ cue: String, _ text: String, _ kept: Bool) throws {
        let credibility = try #require(credibility)
        #expect((credibility.reported(quote(.indirect, speaker: "Zack Snyder", entity: "e1", cue: cue, text: text)) != nil) == kept)
    }

    /// A phrase naming one person by role is a plausible speaker.
    @Test(arguments: ["An Islamic State fighter", "a soldier at the border", "one woman", "one of his close friends", "some of the residents"])
    func aPersonByRoleIsAPlausibleSpeaker(_ speaker: String) throws {
        let credibility = try #require(credibility)
        #expect(credibility.reported(quote(.indirect, speaker: speaker, cue: "denied", text: "the wife had been arrested")) != nil)
    }

    /// A cue in the passive tells what was said of its subject, who is no speaker; "was quoted as
    /// saying" keeps its speaker.
    @Test(arguments: [
        ("Growing up in west London, he was described as a polite, mild-mannered man.", "described", true),
        ("Emwazi is reported to have links with a former suspect.", "reported", true),
        ("Mr Omar claims he was held and questioned for four days.", "questioned", true),
        ("He is widely believed to have travelled to Syria.", "believed", true),
        ("Peskov was quoted as saying the report was untrue.", "quoted", false),
        ("Peskov said the report was untrue.", "said", false),
        ("The ministry has reported that the call was held.", "reported", false),
        ("As of 4 p.m., police were saying they hadn't heard about this.", "saying", false),
        ("He was released on Monday and said he was treated well.", "said", false),
    ])
    func aPassiveCueNamesNoSpeaker(_ sentence: String, _ cue: String, _ passive: Bool) throws {
        let credibility = try #require(credibility)
        let quoted = quote(.indirect, speaker: "Dmitry Peskov", entity: "e1", cue: cue, sentence: sentence)
        #expect(credibility.isPassive(quoted) == passive)
        if passive { #expect(credibility.reported(quoted) == nil) }
    }

    /// A quoted term or name with no cue is no statement; a quoted sentence is one.
    @Test(arguments: [
        ("the box.", nil, false),
        ("George.", nil, false),
        ("George.", "dubbed", false),
        ("Counter-terrorism", nil, false),
        ("He was the most deliberate", nil, true),
        ("No.", "said", true),
    ] as [(String, String?, Bool)])
    func aQuotedTermIsNoStatement(_ text: String, _ cue: String?, _ kept: Bool) throws {
        let credibility = try #require(credibility)
        #expect((credibility.reported(quote(.direct, speaker: "Dmitry Peskov", entity: "e1", cue: cue, text: text)) != nil) == kept)
    }
}

/// The brief judges a reported content's opening as the attribution scan accepted it: a cue
/// preposition the scan left to the cue ("found [with] small amounts ...") opens it again.
@Suite struct CuePrepositionOpeningTests {
    let credibility = QuoteCredibility.bundled()

    /// Cue, content as annotated, sentence, whether the brief keeps it, and the content the check reads.
    @Test(arguments: [
        ("found", "small amounts of the drug would be fined", "People found with small amounts of the drug would be fined.", false,
         "with small amounts of the drug would be fined"),
        ("writing", "the forum urged leaders to act", "Members writing on the forum urged leaders to act.", false,
         "on the forum urged leaders to act"),
        ("called", "Reyhl to resign", "The mayor called on Reyhl to resign.", true, "on Reyhl to resign"),
        ("said", "the plan was dead", "Smith said the plan was dead.", true, "the plan was dead"),
        ("said", "the plan was dead", "Smith said with regret that the plan was dead.", true, "the plan was dead"),
    ] as [(String, String, String, Bool, String)])
    func prepositionOpensAgain(_ cue: String, _ text: String, _ sentence: String, _ kept: Bool, _ asFound: String) throws {
        let credibility = try #require(credibility)
        let quote = Quote(id: "q", article: "a", speaker: "e1", speakerName: "Anna Berg", text: text, kind: .indirect, cue: cue, via: [], sentence: sentence)
        #expect(QuoteCredibility.contentAsFound(quote) == asFound)
        #expect((credibility.reported(quote) != nil) == kept)
    }

    /// A content with a partial quote inside is read with its preposition too; a direct quote never is.
    @Test(arguments: [
        (QuoteKind.partial, "the “grave danger” facing the port", "The union warned of the “grave danger” facing the port.",
         "of the “grave danger” facing the port"),
        (QuoteKind.direct, "the grave danger facing the port", "The union warned of the grave danger facing the port.",
         "the grave danger facing the port"),
    ] as [(QuoteKind, String, String, String)])
    func partialQuoteOpensAgain(_ kind: QuoteKind, _ text: String, _ sentence: String, _ asFound: String) {
        let quote = Quote(id: "q", article: "a", speaker: "e1", speakerName: "Anna Berg", text: text, kind: kind, cue: "warned", via: [], sentence: sentence)
        #expect(QuoteCredibility.contentAsFound(quote) == asFound)
    }
}
