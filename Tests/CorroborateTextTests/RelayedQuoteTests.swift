import CorroborateCore
import Testing
@testable import CorroborateText

/// Quotes relayed by an outlet ("According to RIA Novosti, Peskov stated that ..."), partial quotes'
/// marks, and which cited outlets count as intermediaries.
@Suite struct RelayedQuoteTests {
    /// One case: the text, the content expected, its speaker name and intermediaries.
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var content: String
        var speaker: String?
        var via: [String]
        var description: String { text }
    }

    static let cases: [Case] = [
        // An outlet relays a named speaker's words: the speaker is the named one, the outlet in `via`.
        Case(text: "According to the Russian state-funded news agency RIA Novosti, Kremlin Press Secretary Dmitry Peskov stated that “there was no conversation” reported by The Washington Post, “this is completely untrue.”",
             content: "“there was no conversation” reported by The Washington Post, “this is completely untrue.”",
             speaker: "Dmitry Peskov", via: ["RIA Novosti"]),
        Case(text: "According to Reuters, Foreign Minister Sergei Lavrov said that the talks had failed.",
             content: "the talks had failed", speaker: "Sergei Lavrov", via: ["Reuters"]),
        // The outer source stays the speaker: no outlet relays ("a campaign aide"), no named inner
        // speaker ("the minister", "All" of "All told"), or no speech verb ("plans", "found").
        Case(text: "According to a campaign aide, Senator Tim Kaine said that the rally was moved.",
             content: "Senator Tim Kaine said that the rally was moved", speaker: "a campaign aide", via: []),
        Case(text: "According to Reuters, the minister said that the talks had failed.",
             content: "the minister said that the talks had failed", speaker: "Reuters", via: []),
        Case(text: "All told, outside groups spent more than $2.5 million on phone calls, according to Reuters.",
             content: "All told, outside groups spent more than $2.5 million on phone calls", speaker: "Reuters", via: []),
        Case(text: "According to Reuters, the State Department has found 328 more emails.",
             content: "the State Department has found 328 more emails", speaker: "Reuters", via: []),
    ]

    @Test(arguments: cases)
    func relayedSpeaker(_ example: Case) throws {
        let document = try attributed(example.text)
        let found = try #require(quote(example.content, in: document), "contents: \(document.quotes.map { document.string($0.content) })")
        #expect(found.speakerName == example.speaker)
        #expect(found.via == example.via)
    }

    /// A partial quote opening on a quoted passage keeps both its marks; one quoted passage alone
    /// keeps none.
    @Test(arguments: [
        ("Peskov said “there are no specific plans yet” for a conversation between Putin and Trump.",
         "“there are no specific plans yet” for a conversation between Putin and Trump"),
        ("Peskov said “there was no conversation” and the report was “completely untrue, it is pure fiction.”",
         "“there was no conversation” and the report was “completely untrue, it is pure fiction.”"),
        ("Peskov said “there was no conversation.”", "there was no conversation."),
    ])
    func partialQuoteMarksBalance(_ text: String, _ content: String) throws {
        let document = try attributed(text)
        #expect(quote(content, in: document) != nil, "contents: \(document.quotes.map { document.string($0.content) })")
    }

    /// An outlet the speaker talks about is not an intermediary; one the words came through is.
    @Test func outletInsideTheContentIsNotVia() throws {
        let document = try attributed("Peskov told AFP that the report by The Washington Post was untrue.")
        let found = try #require(quote("the report by The Washington Post was untrue", in: document))
        #expect(found.via == ["Agence France-Presse"])
    }
}
