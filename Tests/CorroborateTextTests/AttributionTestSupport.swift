import CorroborateCore
import Foundation
import Testing
@testable import CorroborateText

/// Segmentation plus the entity, citation and quote components, loaded once for the attribution tests.
let attributionPipeline: AnnotationPipeline? = {
    guard let components = try? AttributionComponents.bundled() else { return nil }
    return try? AnnotationPipeline([SentenceSegmenter()] + components)
}()

/// `text` with every attribution layer added.
func attributed(_ text: String) throws -> TextDocument {
    guard let pipeline = attributionPipeline else {
        throw CorroborateError(.missingResource, "attribution vocabularies missing from the bundle")
    }
    return pipeline.document(for: text)
}

/// The quote whose content is exactly `content`, if any.
func quote(_ content: String, in document: TextDocument) -> QuoteSpan? {
    document.quotes.first { document.string($0.content) == content }
}

/// Expects `text` to hold the quote `content` and no quote `runOn` (the content run on past its end).
func expectContentEnds(_ text: String, at content: String, not runOn: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let document = try attributed(text)
    let found = document.quotes.map { document.string($0.content) }
    #expect(quote(content, in: document) != nil, "quotes: \(found)", sourceLocation: sourceLocation)
    #expect(quote(runOn, in: document) == nil, "quotes: \(found)", sourceLocation: sourceLocation)
}
