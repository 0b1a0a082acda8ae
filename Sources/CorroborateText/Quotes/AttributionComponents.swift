/// The entity, citation and quote components in run order, with the vocabularies shipped in
/// the module's resources: `EntityRecognizer` (adds mentions), `CitationDetector` (needs
/// mentions, adds citations), `QuoteDetector` (needs sentences and mentions; reads citations
/// for `via` when present, adds quotes).
public enum AttributionComponents {
    /// The three components, loading their vocabularies now.
    public static func bundled(quotes configuration: QuoteDetector.Configuration = .init()) throws -> [any AnnotationComponent] {
        [try EntityRecognizer.bundled(), try CitationDetector.bundled(), try QuoteDetector.bundled(configuration: configuration)]
    }

    /// The three components with default settings, loaded once; empty if a resource is missing
    /// from the bundle (a packaging error `bundled()` reports).
    public static let standard: [any AnnotationComponent] = (try? bundled()) ?? []
}
