import CorroborateCore
@testable import CorroborateExtraction
import Testing

struct BoilerplateVocabularyTests {
    @Test(arguments: [
        ("Advertisement", RemovalReason.advertisement, BoilerplateRole.plain),
        ("Sign up for our free weekly newsletter", .newsletter, .end),
        ("Support The Moscow Times!", .donation, .plain),
        ("Read more about: Trump , Putin , Ukraine war", .related, .end),
        ("Related:", .related, .end),
        ("RelatedTrump calls Putin, urges against escalation in Ukraine", .related, .plain),
        ("Login to comment", .comments, .comments),
        ("2 Comments", .comments, .comments),
        ("0 ( +0 / -0 )", .comments, .vote),
        ("12 ( +3 / -1 )", .comments, .vote),
        ("Login to leave a comment", .comments, .commentsEnd),
        ("2 Min read", .metadata, .plain),
        ("6 MIN READ", .metadata, .plain),
        ("© Copyright 2024 The Associated Press. All rights reserved.", .legal, .end),
        ("©2024 GPlusMedia Inc.", .legal, .end),
        ("(With inputs from agencies)", .metadata, .plain),
        ("SOURCE:TRTWorld and agencies", .metadata, .end),
        ("Dear readers,", .donation, .end),
        ("Facebook Connect", .social, .plain),
        ("Remind me later.", .donation, .plain),
    ])
    func phraseIsMatched(line: String, reason: RemovalReason, role: BoilerplateRole) {
        let match = BoilerplateVocabulary.bundled.match(line)
        #expect(match?.reason == reason)
        #expect(match?.role == role)
    }

    @Test(arguments: [
        "The Kremlin on Monday denied reports that President Vladimir Putin spoke with Trump.",
        "What was allegedly discussed?",
        "'Certain nervousness'",
        "Related talks are expected next week, officials said.",
        "Advertisements for the event ran in several papers.",
    ])
    func proseIsNotMatched(line: String) {
        #expect(BoilerplateVocabulary.bundled.match(line) == nil)
    }

    @Test(arguments: [
        ("  Read   MORE: ", "read more:"),
        ("Editor’s “picks” 2024", "editor's \"picks\" #"),
        ("0 ( +0 / -0 )", "# ( +# / -# )"),
    ])
    func keyNormalisesCaseSpacesQuotesAndDigits(line: String, key: String) {
        #expect(BoilerplateVocabulary.key(of: line) == key)
    }
}
