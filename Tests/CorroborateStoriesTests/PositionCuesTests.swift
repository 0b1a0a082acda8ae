import CorroborateCore
import Foundation
import Testing

@testable import CorroborateStories

/// Position cues match as whole words written one space apart, longest cue first, at the offset
/// of the cue's first word in the sentence, as a padded substring search over the folded sentence did.
@Suite struct PositionCuesTests {
    let cues = PositionCues.bundled()

    /// The substring search the word index replaced, kept as the reference.
    func reference(_ sentence: String) -> (CorroborateCore.Stance, String, Int)? {
        let folded = " " + String(sentence.lowercased().map { $0.isLetter || $0 == "'" ? $0 : $0 == "’" ? "'" : " " }) + " "
        for cue in cues.cues {
            guard let range = folded.range(of: " \(cue.phrase) ") else { continue }
            if cue.stance == .confirms, folded[range.upperBound...].split(separator: " ").count < 2 { continue }
            let offset = folded.unicodeScalars.distance(
                from: folded.unicodeScalars.startIndex, to: range.lowerBound.samePosition(in: folded.unicodeScalars) ?? folded.unicodeScalars.startIndex)
            return (cue.stance, cue.phrase, offset)
        }
        return nil
    }

    @Test(arguments: [
        "Peskov denied the report.",
        "Trump's team declined to confirm or deny the report.",
        "A spokesman declined  to comment on it.",
        "A spokesman declined, to comment on it.",
        "Tykhyi, who confirmed:",
        "The ministry confirmed the call took place.",
        "Kremlin: “This is pure fiction”, Peskov said.",
        "Ça alors: Péskov DENIED it — «pure fiction».",
        "Nobody rejected anything; they dismissed it later.",
        "",
        "   ",
        "denied",
    ])
    func matchesAsTheSubstringSearchDid(_ sentence: String) {
        let found = cues.stance(in: sentence).map { ($0.stance, $0.cue.phrase, $0.offset) }
        let expected = reference(sentence)
        #expect(found?.0 == expected?.0)
        #expect(found?.1 == expected?.1)
        #expect(found?.2 == expected?.2)
    }

    @Test func aDenialIsFoundWhereItIs() throws {
        let found = try #require(cues.stance(in: "Peskov denied the report."))
        #expect(found.stance == .denies)
        #expect(found.offset == 7)
    }

    /// Being questioned is an interview; a negated or conditional confirmation confirms nothing;
    /// not commenting is declining.
    @Test(arguments: [
        ("According to the army statement, they were detained 10 days ago and have been questioned at the ministry.", nil),
        ("Iraq has not confirmed those reports.", nil),
        ("Iraq hasn’t confirmed those reports.", nil),
        ("The ministry couldn’t say and hasn’t confirmed the call took place.", nil),
        ("If the pair's identities are confirmed, Lebanon could use them in talks.", nil),
        ("The video's authenticity could not be confirmed but it was posted on a militant website.", nil),
        ("The ministry confirmed the call took place.", .confirms),
        ("Supporters questioned the report.", .doubts),
        ("The group did not immediately comment on the detentions.", .declines),
        ("IS has not commented on their detention.", .declines),
        ("The figure is just a rumor - a rumor that Islam hasn't denied.", nil),
        ("The Kremlin has never publicly rejected the claim.", nil),
        ("Officials said the video was not a hoax.", nil),
        ("The group neither confirmed nor denied it.", .declines),
        ("Analysts have not questioned the figures.", nil),
        ("The Kremlin, which has not spoken since, denied the report.", .denies),
        ("Moscow has denied the report.", .denies),
        ("The ministry said the claims were a hoax.", .denies),
        // A denial verb deciding a proceeding or a request takes no position on a claim.
        ("The district attorney's office dismissed 849 misdemeanor marijuana cases this year.", nil),
        ("The court rejected the appeal on Monday.", nil),
        ("The office dismissed the reports as false.", .denies),
    ] as [(String, CorroborateCore.Stance?)])
    func interviewsAndUnconfirmedReportsAreNoPositions(_ sentence: String, _ stance: CorroborateCore.Stance?) {
        #expect(cues.stance(in: sentence)?.stance == stance)
    }
}
