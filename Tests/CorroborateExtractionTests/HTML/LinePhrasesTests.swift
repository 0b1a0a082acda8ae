import CorroborateCore
import Testing
@testable import CorroborateExtraction

@Suite struct LinePhrasesTests {
    static let phrases = LinePhrases([
        ("related$", .related), ("related$", .other), ("read more", .related), ("share ", .social),
        ("verwandte artikel", .related), ("all rights reserved", .legal),
    ])

    @Test(arguments: [
        ("Related", RemovalReason?.some(.related)),           // a whole line, the first reason of two
        ("RELATED:", .some(.related)),                         // colons and case aside
        ("Related to the case, police said", nil),             // "$" phrases match only whole lines
        ("Read more", .some(.related)),                        // a start
        ("Read more: the full report", .some(.related)),       // followed by a non-letter
        ("Read moreover", nil),                                // followed by a letter
        ("Share this", .some(.social)),                        // a phrase ending with a space
        ("Verwandte Artikel", .some(.related)),                // matched on lower case
        ("Verwandte Artikelserie", nil),
        ("ALL RIGHTS RESERVED 2008", .some(.legal)),
        ("Résumé", nil),                                       // non-ASCII line, no phrase
    ])
    func matchesWholeLinesAndStarts(text: String, expected: RemovalReason?) {
        #expect(Self.phrases.reason(text) == expected)
    }

    @Test func aNonASCIIStartMatchesOnItsCharacters() {
        let phrases = LinePhrases([("ähnliche artikel", .related)])
        #expect(phrases.reason("Ähnliche Artikel") == .related)
        #expect(phrases.reason("Ähnliche Artikelserie") == nil)
    }
}
