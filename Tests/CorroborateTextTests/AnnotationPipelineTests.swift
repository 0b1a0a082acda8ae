import CorroborateCore
import Foundation
import Testing
@testable import CorroborateText

/// A component for the pipeline's contract checks.
private struct Needs: AnnotationComponent {
    var name = "needs"
    var requires: Set<AnnotationLayer> = [.quotes]
    var adds: Set<AnnotationLayer> = [.citations]
    func annotate(_ document: inout TextDocument) {}
}

/// The kremlin-call examples, found relative to this file; nil when ../shared is absent.
private let examples: URL? = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/examples/kremlin-call")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
}()

@Suite struct AnnotationPipelineTests {
    /// A component whose requirement no earlier component adds is refused.
    @Test func missingRequirementIsRefused() {
        #expect(throws: CorroborateError.self) { try AnnotationPipeline([SentenceSegmenter(), Needs()]) }
    }

    /// Two components adding the same layer are refused.
    @Test func duplicateLayerIsRefused() {
        #expect(throws: CorroborateError.self) { try AnnotationPipeline([SentenceSegmenter(), SentenceSegmenter()]) }
    }

    /// The standard pipeline annotates and records the layers it added.
    @Test func standardPipelineAddsLayers() {
        let document = AnnotationPipeline.standard.document(for: "He spoke on Thursday. She left.", referenceDay: CalendarDay(year: 2024, month: 11, day: 11))
        #expect(document.present.isSuperset(of: [.sentences, .tokens, .timexes]))
        #expect(document.sentences.count == 2)
    }

    /// Raw articles: paragraphs are blank-line blocks and `text` is the input exactly.
    @Test func rawArticleKeepsText() {
        let text = "First paragraph. Two sentences.\n\nSecond\u{0D}\u{0A}paragraph."
        let article = AnnotationPipeline.rawArticle(text: text, source: "x.txt", published: PublicationDate("2024-11-12"))
        let annotated = AnnotationPipeline.standard.annotatedArticle(article, text: text)
        #expect(annotated.text == text)
        #expect(article.body.count == 2)
        #expect(article.body[0].sentences.count == 2)
    }

    /// Garbage through every component never crashes or hangs.
    @Test(arguments: [
        "",
        String(repeating: "Thursday ", count: 50_000),
        String(repeating: "“", count: 10_000),
        String(repeating: "a", count: 5_000_000),
        "\u{FEFF}\u{0}\n\n\n\u{2029}",
    ])
    func garbage(text: String) {
        let document = AnnotationPipeline.standard.document(for: text, referenceDay: CalendarDay(year: 2024, month: 11, day: 12))
        let count = document.scalars.count
        #expect(document.timexes.allSatisfy { $0.start >= 0 && $0.end <= count && $0.start < $0.end })
    }

    /// End to end: "on Thursday" in the Japan Today piece (published Tuesday 2024-11-12) is 2024-11-07.
    @Test(.enabled(if: examples != nil)) func japanTodayThursday() throws {
        let folder = try #require(examples)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix("004_") })
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let annotated = AnnotationPipeline.standard.annotatedArticle(
            AnnotationPipeline.rawArticle(text: text, source: name, published: PublicationDate("2024-11-12")), text: text,
            referenceDay: CalendarDay(year: 2024, month: 11, day: 12))
        let scalars = Array(text.unicodeScalars)
        let thursday = try #require(annotated.timexes.first { timex in
            timex.text == "Thursday" && String(String.UnicodeScalarView(scalars[max(0, timex.start - 13)..<timex.start])) == "two spoke on "
        })
        #expect(thursday.value == "2024-11-07")
    }
}
