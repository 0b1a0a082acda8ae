import CorroborateCore
import Testing
@testable import CorroborateText

@Suite struct QuoteDetectorTests {
    /// One case: the text, the quote content expected, its speaker name, kind and cue.
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var content: String
        var speaker: String?
        var kind: QuoteKind
        var cue: String?
        var description: String { text }
    }

    static let cases: [Case] = [
        // Direct, cue after the quote, curly and straight marks, speaker before and after the cue.
        Case(text: "“This is pure fiction,” Peskov said.", content: "This is pure fiction", speaker: "Peskov", kind: .direct, cue: "said"),
        Case(text: "\"This is pure fiction,\" said Kremlin spokesman Dmitry Peskov.", content: "This is pure fiction",
             speaker: "Dmitry Peskov", kind: .direct, cue: "said"),
        Case(text: "“This is completely untrue. This is pure fiction,” Kremlin spokesman Dmitry Peskov told reporters Monday.",
             content: "This is completely untrue. This is pure fiction", speaker: "Dmitry Peskov", kind: .direct, cue: "told reporters"),
        Case(text: "''It is over,'' Mr. Reid said.", content: "It is over", speaker: "Reid", kind: .direct, cue: "said"),
        Case(text: "“There was wrongdoing,” said a former senior law enforcement official.", content: "There was wrongdoing",
             speaker: "a former senior law enforcement official", kind: .direct, cue: "said"),
        // Direct, cue before the quote.
        Case(text: "Peskov said: “There was no conversation.”", content: "There was no conversation.", speaker: "Peskov", kind: .direct, cue: "said"),
        Case(text: "Trump's communications director Steven Cheung said, “We do not comment on private calls.”",
             content: "We do not comment on private calls.", speaker: "Steven Cheung", kind: .direct, cue: "said"),
        // Reported speech.
        Case(text: "Peskov said that the report was untrue.", content: "the report was untrue", speaker: "Peskov", kind: .indirect, cue: "said"),
        Case(text: "The report was untrue, Peskov said on Monday.", content: "The report was untrue", speaker: "Peskov", kind: .indirect, cue: "said"),
        Case(text: "Peskov told reporters the call did not happen.", content: "the call did not happen", speaker: "Peskov",
             kind: .indirect, cue: "told reporters"),
        Case(text: "According to RIA Novosti, the call did not happen.", content: "the call did not happen", speaker: "RIA Novosti",
             kind: .indirect, cue: "According to"),
        Case(text: "The call did not happen, according to officials involved at the time.", content: "The call did not happen",
             speaker: "officials involved at the time", kind: .indirect, cue: "according to"),
        Case(text: "Zelensky wrote on Telegram that talks were needed.", content: "talks were needed", speaker: "Zelensky",
             kind: .indirect, cue: "wrote on Telegram"),
        Case(text: "Yin Myint May, 60, a doctor, said she was elated.", content: "she was elated", speaker: "Yin Myint May",
             kind: .indirect, cue: "said"),
        // A time adjunct between subject and verb dates the statement; it is no part of the speaker.
        Case(text: "The Kremlin on Monday denied that the call took place.", content: "the call took place", speaker: "Kremlin",
             kind: .indirect, cue: "denied"),
        Case(text: "Transport Minister Tomas Reyhl late on Wednesday said that he would not resign.", content: "he would not resign",
             speaker: "Tomas Reyhl", kind: .indirect, cue: "said"),
        Case(text: "The most recent poll in December 2013 found that the bridge has little support in the town.",
             content: "the bridge has little support in the town", speaker: "The most recent poll", kind: .indirect, cue: "found"),
        Case(text: "A ferry survey in early May 2014 found that most riders want a bridge.",
             content: "most riders want a bridge", speaker: "A ferry survey", kind: .indirect, cue: "found"),
        // Loose subjects: no name or source noun, an apposition with a bracket, an adverb before the cue.
        Case(text: "Proponents of more controls on hate speech here say there is a direct correlation.",
             content: "there is a direct correlation", speaker: "Proponents of more controls on hate speech here", kind: .indirect, cue: "say"),
        Case(text: "Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said he hadn’t thought about it.",
             content: "he hadn’t thought about it", speaker: "Rob Portman", kind: .indirect, cue: "said"),
        Case(text: "Mexican officials now say they have chosen a new strategy.", content: "they have chosen a new strategy",
             speaker: "Mexican officials", kind: .indirect, cue: "say"),
        // "according to" before other cues of its sentence.
        Case(text: "Clinton leads Sanders by 271 pledged delegates, according to a count by The Associated Press.",
             content: "Clinton leads Sanders by 271 pledged delegates", speaker: "Associated Press", kind: .indirect,
             cue: "according to"),
        Case(text: "Fundraising, according to the campaign, has surged in the same period.", content: "has surged in the same period",
             speaker: "the campaign", kind: .indirect, cue: "according to"),
        // A participle continuing an attribution keeps its speaker; the first content is before the speaker.
        Case(text: "The talk is dangerous, Clinton said, adding that such talk fans the flames.", content: "such talk fans the flames",
             speaker: "Clinton", kind: .indirect, cue: "adding"),
        Case(text: "The talk is dangerous, Clinton said, adding that such talk fans the flames.", content: "The talk is dangerous",
             speaker: "Clinton", kind: .indirect, cue: "said"),
        // A title-case headline.
        Case(text: "Clinton Says Russians Hacked DNC Servers\n\nThe campaign spoke on Monday.", content: "Russians Hacked DNC Servers",
             speaker: "Clinton", kind: .indirect, cue: "Says"),
        // A capitalised cue opening a later paragraph or following a colon.
        Case(text: "He spoke.\n\nAccording to recent polls, the candidate leads the field.", content: "the candidate leads the field",
             speaker: "recent polls", kind: .indirect, cue: "According to"),
        Case(text: "It has not gone unnoticed: According to recent polls, the candidate leads the field.",
             content: "the candidate leads the field", speaker: "recent polls", kind: .indirect, cue: "According to"),
        // A quote after a colon with no reporting verb.
        Case(text: "In a Fox interview, Trump went even further: “If he loses, it’s the end of his career.”",
             content: "If he loses, it’s the end of his career.", speaker: "Trump", kind: .direct, cue: "went even further"),
        // A document opening the sentence; a question after "asked".
        Case(text: "In the new Post-ABC poll, the real estate mogul wins about 1 in 3 GOP primary voters.",
             content: "the real estate mogul wins about 1 in 3 GOP primary voters", speaker: "the new Post-ABC poll", kind: .indirect, cue: "In"),
        Case(text: "Reporters asked Clinton whether she would support the plan.", content: "whether she would support the plan",
             speaker: "Reporters", kind: .indirect, cue: "asked"),
        // Speaker labels opening a paragraph, and dash signatures.
        Case(text: "PENCE: Well, look, this is serious business for the country.", content: "Well, look, this is serious business for the country",
             speaker: "PENCE", kind: .indirect, cue: ":"),
        Case(text: "“He is ignorant of our culture and lives.” ― Pamela Padilla", content: "He is ignorant of our culture and lives.",
             speaker: "Pamela Padilla", kind: .direct, cue: "―"),
        // Partial: quoted words inside reported speech.
        Case(text: "Kremlin spokesman Dmitry Peskov denied the call took place, labelling the report as “pure fiction.”",
             content: "the call took place, labelling the report as “pure fiction.”", speaker: "Dmitry Peskov", kind: .partial, cue: "denied"),
    ]

    /// "In a statement, X said ..." is X's attribution, not the statement's.
    @Test func statementOpeningKeepsNamedSpeaker() throws {
        let document = try attributed("In a statement, Husted said the ruling would be appealed.")
        let found = try #require(quote("the ruling would be appealed", in: document))
        #expect(found.speakerName == "Husted")
    }

    /// Editorial labels and places before a colon name no speaker.
    @Test(arguments: ["Editor’s note: This story was updated with new figures.", "Iowa: Sanders wins the most delegates tonight."])
    func editorialLabelIsNoSpeaker(_ text: String) throws {
        let document = try attributed(text)
        #expect(document.quotes.allSatisfy { $0.cue.map(document.string) != ":" })
    }

    /// Each rule finds its quote with the right content, speaker, kind and cue.
    @Test(arguments: cases) func findsQuote(_ example: Case) throws {
        let document = try attributed(example.text)
        let found = try #require(quote(example.content, in: document), "quotes: \(document.quotes.map { document.string($0.content) })")
        #expect(found.speakerName == example.speaker)
        #expect(found.kind == example.kind)
        #expect(found.cue.map(document.string) == example.cue)
    }

    /// A content range excludes the quotation marks.
    @Test(arguments: ["“It is untrue,” he said.", "\"It is untrue,\" he said.", "''It is untrue,'' he said."])
    func contentExcludesMarks(_ text: String) throws {
        let document = try attributed(text)
        let found = try #require(document.quotes.first)
        #expect(document.string(found.content) == "It is untrue")
    }

    /// "he" and "the spokesman" resolve to the person named before; the speaker span stays the pronoun or role.
    @Test(arguments: [("he said", "he"), ("the spokesman added", "the spokesman")])
    func resolvesPronounAndRole(_ tail: String, _ surface: String) throws {
        let text = "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.\n\n“It is untrue,” \(tail)."
        let document = try attributed(text)
        let found = try #require(quote("It is untrue", in: document))
        #expect(found.speakerName == "Dmitry Peskov")
        #expect(found.speaker.map(document.string) == surface)
    }

    /// `“A,” he said, “B.”` gives both parts the same speaker and cue.
    @Test func splitQuoteKeepsSpeaker() throws {
        let document = try attributed("“We are reading a lot,” Peskov said, “but we do not know what is true.”")
        let first = try #require(quote("We are reading a lot", in: document))
        let second = try #require(quote("but we do not know what is true.", in: document))
        #expect(first.speakerName == "Peskov" && second.speakerName == "Peskov")
        #expect(first.cue == second.cue)
    }

    /// A participle after a direct quote's cue keeps the quote's speaker, however many reported
    /// attributions the document has elsewhere (they are found after the direct quotes).
    @Test(arguments: [
        ("“He stands for the middle class,” Anderson said, adding that Sanders is trustworthy.", "Sanders is trustworthy", "adding"),
        ("“I prefer Kasich,” he said, noting he had previously backed Rubio.", "he had previously backed Rubio", "noting"),
        ("“It is not new,” said Rep. Bobby Scott, explaining that voters had long done so.", "voters had long done so", "explaining"),
    ])
    func participleAfterDirectQuote(_ sentence: String, _ content: String, _ cue: String) throws {
        let reported = (1...6).map { "Officials in town \($0) said the roads were closed again." }.joined(separator: " ")
        let document = try attributed("Dmitry Peskov spoke on Monday. " + reported + "\n\n" + sentence)
        let found = try #require(quote(content, in: document), "quotes: \(document.quotes.map { document.string($0.content) })")
        #expect(found.cue.map(document.string) == cue)
        #expect(found.speaker != nil)
    }

    /// A "that" within a few words of the cue opens the content only when the words before it make
    /// no clause (no subject pronoun, no auxiliary): then it is a determiner inside the content.
    @Test(arguments: [
        ("Clinton said she was not going to jump to that conclusion.", "she was not going to jump to that conclusion"),
        ("Clinton said the plan would repeat that mistake again.", "the plan would repeat that mistake again"),
        ("Peskov said on Monday that the report was untrue.", "the report was untrue"),
        ("Peskov told reporters in Moscow that the call did not happen.", "the call did not happen"),
    ])
    func thatOpensContentOnlyAsComplementizer(_ text: String, _ content: String) throws {
        let document = try attributed(text)
        #expect(quote(content, in: document) != nil, "quotes: \(document.quotes.map { document.string($0.content) })")
    }

    /// A second reporting verb after "and" takes the speaker of its sentence's latest attribution,
    /// also when that one is a direct quote found before all reported speech.
    @Test(arguments: [
        ("“It is over,” Reid said on Monday night and added that the vote was fair.", "the vote was fair", "added", "Reid"),
        ("“We will win,” said Ted Cruz at a rally in Iowa and added that the race was close.", "the race was close", "added", "Ted Cruz"),
    ])
    func coordinatedCueKeepsSpeaker(_ sentence: String, _ content: String, _ cue: String, _ speaker: String) throws {
        let reported = (1...6).map { "Officials in town \($0) said the roads were closed again." }.joined(separator: " ")
        let document = try attributed(reported + "\n\n" + sentence)
        let found = try #require(quote(content, in: document), "quotes: \(document.quotes.map { document.string($0.content) })")
        #expect(found.cue.map(document.string) == cue)
        #expect(found.speaker.map(document.string) == speaker)
    }

    /// A reported content ends before `, adding ...` (a reporting participle after a comma), and the
    /// participle's content takes the same speaker.
    @Test(arguments: [
        ("Cruz said there is only one conservative in the race, adding that it is why Trump attacks him.",
         "there is only one conservative in the race", "it is why Trump attacks him", "adding"),
        ("In Iowa, the governor said the plan would fail, noting it had failed twice before.",
         "the plan would fail", "it had failed twice before", "noting"),
    ])
    func reportedContentEndsBeforeParticiple(_ text: String, _ first: String, _ second: String, _ cue: String) throws {
        let document = try attributed(text)
        let quotes = "quotes: \(document.quotes.map { document.string($0.content) })"
        let outer = try #require(quote(first, in: document), "\(quotes)")
        let inner = try #require(quote(second, in: document), "\(quotes)")
        #expect(inner.cue.map(document.string) == cue)
        #expect(inner.speaker == outer.speaker)
    }

    /// A quote that carries on into the next paragraph (no closing mark, next opens) keeps its speaker.
    @Test func quoteAcrossParagraphs() throws {
        let document = try attributed("Peskov said: “There was no conversation.\n\n“This is pure fiction.”")
        #expect(quote("There was no conversation.", in: document)?.speakerName == "Peskov")
        #expect(quote("This is pure fiction.", in: document)?.speakerName == "Peskov")
    }

    /// A cue sentence ending a paragraph with "who confirmed," introduces the next paragraph's quote, with the citing outlet in `via`.
    @Test func quoteIntroducedByPreviousParagraphWithVia() throws {
        let text = "Reuters cited a statement from Foreign Ministry spokesperson Heorhii Tykhyi, who confirmed,\n\n“Reports that we were informed are false.”"
        let document = try attributed(text)
        let found = try #require(quote("Reports that we were informed are false.", in: document))
        #expect(found.speakerName == "Heorhii Tykhyi")
        #expect(found.via == ["Reuters"])
    }

    /// "X quoted Y as saying" attributes to Y via X.
    @Test func quotedAsSayingGoesVia() throws {
        let document = try attributed("RIA Novosti quoted Peskov as saying that the call was pure fiction.")
        let found = try #require(quote("the call was pure fiction", in: document))
        #expect(found.speakerName == "Peskov")
        #expect(found.via == ["RIA Novosti"])
    }

    /// "a spokesman for Trump" is not Trump; "Trump's team" is not Trump.
    @Test(arguments: ["A spokesman for Trump said the calls were private.", "Trump's team said the calls were private."])
    func affiliationIsNotSpeaker(_ text: String) throws {
        let document = try attributed(text)
        let found = try #require(quote("the calls were private", in: document))
        #expect(found.speakerName != "Trump")
    }

    /// Unbalanced, nested and stray quotation marks never produce a content with a mark at either end.
    @Test(arguments: ["He said “this never closes.", "” stray close, then “open “twice” and done.", "\"\"\"\"", "“”“”"])
    func unbalancedMarksAreSafe(_ text: String) throws {
        let document = try attributed(text)
        for found in document.quotes {
            let content = document.string(found.content)
            #expect(!content.hasPrefix("“") && !content.hasPrefix("\""))
        }
    }

    /// Shudder quotes with no person in the sentence are not quotes.
    @Test func shudderQuoteWithoutPersonIsIgnored() throws {
        let document = try attributed("The so-called “peace plan” was published on Monday.")
        #expect(document.quotes.isEmpty)
    }
}

@Suite struct LearnedStageTests {
    /// A detector whose cue model keeps every proposal from "believes" with a speaker, and no other.
    static func detector() throws -> QuoteDetector {
        let model = CueModel(weights: ["w=believes": 4, "spk=none": -8], bias: -2, threshold: 0.5, cueWords: ["believes", "weather"])
        var configuration = QuoteDetector.Configuration()
        configuration.usesCueModel = false
        let bundled = try QuoteDetector.bundled(configuration: configuration)
        return QuoteDetector(gazetteer: bundled.gazetteer, lexicon: ReportingLexicon(verbs: [:], phrases: []), sourceNouns: [],
                             cueModel: model)
    }

    static func document(_ text: String) throws -> TextDocument {
        var document = TextDocument(text: text)
        SentenceSegmenter().annotate(&document)
        try EntityRecognizer.bundled().annotate(&document)
        return document
    }

    /// A word of the model's vocabulary the rules left proposes its clause after it, with the subject as speaker.
    @Test func proposesClauseAfterCue() throws {
        let document = try Self.document("The senator believes the economy will recover next year.")
        let proposals = try Self.detector().proposals(in: document, cueWords: ["believes"])
        let proposal = try #require(proposals.first)
        #expect(document.string(proposal.content) == "the economy will recover next year")
        #expect(proposal.speaker.map(document.string) == "The senator")
        #expect(proposal.features.contains("w=believes"))
    }

    /// A cue vocabulary entry for a stem (`CueStem.key`) proposes from every form of the verb,
    /// seen in training or not; a word with another stem proposes nothing.
    @Test(arguments: [
        ("The senator believed the economy would recover next year.", "~believ", true),
        ("The senator believes the economy will recover next year.", "~believ", true),
        ("The senator concluded the economy would recover next year.", "~conclud", true),
        ("The senator concludes the economy will recover next year.", "~believ", false),
    ])
    func proposesFromStem(_ text: String, _ entry: String, _ proposes: Bool) throws {
        let document = try Self.document(text)
        let proposals = try Self.detector().proposals(in: document, cueWords: [entry])
        #expect(proposals.isEmpty != proposes)
    }

    /// The speaker kind of a proposal: the phrase rules' ("named", "noun"), else the loose clause
    /// subject, else the clause's opening phrase when a conjunction cuts the cue off from it (as
    /// the participle rule reads it: up to a stop word, reporting verb or auxiliary, so another verb may be inside).
    @Test(arguments: [
        ("Senator Reid believes the economy will recover next year.", "Senator Reid", "named"),
        ("Reid caucused in Nevada on Saturday and believes the vote was fair and open.", "Reid caucused", "subject"),
        ("The weather was fine and believes nothing of the sort at all.", "The weather", "subject"),
    ])
    func speakerKind(_ text: String, _ speaker: String, _ kind: String) throws {
        let document = try Self.document(text)
        let proposal = try #require(try Self.detector().proposals(in: document, cueWords: ["believes"]).first)
        #expect(proposal.speaker.map(document.string) == speaker)
        #expect(CueModel.speakerKind(proposal.features) == kind)
    }

    /// A proposal's content reads as a clause or a noun phrase: its first word, and the word
    /// position of its first auxiliary or modal (none within twelve words: "none").
    @Test(arguments: [
        ("The senator believes the economy will recover next year.", "the", "2"),
        ("The senator believes it was over by then.", "it", "0"),
        ("The senator believes in a strong and growing economy.", "in", "none"),
        ("The senator believes that the new plan from the White House could fail.", "the", "7"),
    ])
    func contentFeatures(_ text: String, _ start: String, _ auxiliary: String) throws {
        let document = try Self.document(text)
        let proposal = try #require(try Self.detector().proposals(in: document, cueWords: ["believes"]).first)
        #expect(proposal.features.contains("cstart=" + start))
        #expect(proposal.features.contains("w_cstart=believes_" + start))
        #expect(proposal.features.contains("aux=" + auxiliary))
    }

    /// The learned stage keeps the proposals its model accepts, as indirect quotes from that stage.
    @Test func keepsAcceptedProposals() throws {
        let document = try Self.document("The senator believes the economy will recover next year. The weather was fine all week long.")
        let found = try Self.detector().detect(in: document)
        #expect(found.map(\.stage) == [.learned])
        #expect(found.map { document.string($0.span.content) } == ["the economy will recover next year"])
        #expect(found.first?.span.kind == .indirect)
    }
}
