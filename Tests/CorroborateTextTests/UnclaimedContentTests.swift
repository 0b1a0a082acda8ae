import CorroborateCore
import Testing
@testable import CorroborateText

/// A reported content running into an attribution found earlier (a direct quote inside or at its
/// end) is cut there instead of being dropped.
@Suite struct UnclaimedContentTests {
    /// The text and the content expected.
    @Test(arguments: [
        // The quote at its end was attributed first; the dangling ", which" goes too.
        ("DeSantis said he has supported legislation that would target the power of regional accreditation bodies, which he called “a cartel for higher education.”",
         "he has supported legislation that would target the power of regional accreditation bodies"),
        // A direct quote with its own cue after it is attributed first; the content stops before its "and".
        ("Clinton said the new rules would hurt small banks, and “they will hurt farmers too,” she added.",
         "the new rules would hurt small banks"),
        // Nothing claimed inside: unchanged.
        ("Peskov said on Monday that the report was untrue.", "the report was untrue"),
    ])
    func contentStopsBeforeEarlierAttribution(_ text: String, _ content: String) throws {
        let document = try attributed(text)
        #expect(quote(content, in: document) != nil, "quotes: \(document.quotes.map { document.string($0.content) })")
    }
}
