import CorroborateCore
import Foundation
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
