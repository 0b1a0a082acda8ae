import CorroborateCore
import CorroborateText
import Testing

@testable import CorroborateStories

/// Photo and agency credits stand outside the body (captions, credit lines set apart as
/// metadata); the story's citations carry them with the line they stand in.
@Suite struct StoryCreditsTests {
    func citations(captions: [String], removed: [Removed]) -> [Citation] {
        let text = "The Kremlin denied on Monday that Putin and Trump had spoken by phone."
        let article = Article(
            id: "a", source: "a.html", title: "Kremlin denies call", published: PublicationDate("2024-11-11"),
            body: [Paragraph(text: text, sentences: [text])], removed: removed, captions: captions)
        let input = StoryInput.annotating(article, pipeline: .standard, recognizer: nil)
        return StoryBuilder().story(from: [input]).citations
    }

    @Test(arguments: [
        ("There are no concrete plans yet, the Kremlin says. / Photo: Reuters", "Reuters", CitationKind.photo),
        ("Putin in Sochi. (Maxim Shipenkov/Pool Photo via AP)", "Associated Press", .photo),
        ("Kremlin spokesman Dmitry Peskov. Arthur Novosiltsev / Moskva News Agency", "Moskva News Agency", .photo),
    ])
    func captionCreditsAreCitations(_ caption: String, _ source: String, _ kind: CitationKind) {
        let found = citations(captions: [caption], removed: [])
        #expect(found.contains { $0.source == source && $0.kind == kind && $0.sentence == caption }, "\(found)")
    }

    @Test(arguments: ["(With inputs from agencies)", "SOURCE:TRTWorld and agencies"])
    func creditLinesAreAgencyCitations(_ line: String) {
        let found = citations(captions: [], removed: [Removed(text: line, reason: .metadata)])
        #expect(found.contains { $0.source == "agencies" && $0.kind == .agency }, "\(found)")
    }

    @Test func otherRemovedTextIsNoCredit() {
        let found = citations(captions: [], removed: [Removed(text: "Photo: Reuters", reason: .related)])
        #expect(found.isEmpty)
    }
}
