import CorroborateCore
import Testing
@testable import CorroborateText

@Suite struct CitationDetectorTests {
    /// Each citation pattern is found with its normalised source and kind.
    @Test(arguments: [
        ("According to the Washington Post, the leaders spoke.", "The Washington Post", CitationKind.report),
        ("The call was first reported by WP.", "The Washington Post", CitationKind.report),
        ("Reuters reported the call on Sunday.", "Reuters", CitationKind.report),
        ("The ministry said so, citing RIA Novosti.", "RIA Novosti", CitationKind.report),
        ("Cheung declined, telling AFP in a statement that it was private.", "Agence France-Presse", CitationKind.quote),
        ("TASS quoted Peskov as saying it was fiction.", "TASS", CitationKind.quote),
        ("Kremlin spokesman Dmitry Peskov. Arthur Novosiltsev / Moskva News Agency", "Moskva News Agency", CitationKind.photo),
        ("The Kremlin says. / Photo: Reuters", "Reuters", CitationKind.photo),
        ("Putin in Sochi. (Maxim Shipenkov/Pool Photo via AP)", "Associated Press", CitationKind.photo),
        ("A man walks past the Kremlin. (AP Photo/Alexander Zemlianichenko)", "Associated Press", CitationKind.photo),
        ("Smoke over Kyiv. (AP Photo)", "Associated Press", CitationKind.photo),
        ("The footage came via AP.", "Associated Press", CitationKind.other),
        ("(With inputs from agencies)", "agencies", CitationKind.agency),
        ("MOSCOW (Reuters) - The Kremlin denied the report.", "Reuters", CitationKind.agency),
        ("According to the Russian state-funded news agency RIA Novosti, Peskov denied it.", "RIA Novosti", CitationKind.report),
    ])
    func findsCitation(_ text: String, _ source: String, _ kind: CitationKind) throws {
        let document = try attributed(text)
        #expect(document.citations.contains { $0.source == source && $0.kind == kind }, "citations: \(document.citations)")
    }

    /// A bare outlet name with no citing words is not a citation.
    @Test func bareNameIsNotCitation() throws {
        let document = try attributed("Reuters is a news agency based in London.")
        #expect(document.citations.isEmpty)
    }
}
