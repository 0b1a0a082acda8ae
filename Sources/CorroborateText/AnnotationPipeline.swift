import CorroborateCore

/// Runs annotation components in order over one document, checking that each component's
/// requirements are present before it runs and that it adds only the layers it declares.
public struct AnnotationPipeline: Sendable {
    /// The components, in run order.
    public let components: [any AnnotationComponent]

    /// A pipeline of `components`; throws when a component requires a layer no earlier one adds,
    /// or when two components add the same layer.
    public init(_ components: [any AnnotationComponent]) throws(CorroborateError) {
        var available: Set<AnnotationLayer> = []
        for component in components {
            let missing = component.requires.subtracting(available)
            guard missing.isEmpty else {
                throw CorroborateError(
                    .invalidArgument, source: component.name,
                    "requires \(missing.map(\.rawValue).sorted().joined(separator: ", ")), which no earlier component adds")
            }
            guard available.isDisjoint(with: component.adds) else {
                throw CorroborateError(.invalidArgument, source: component.name, "adds a layer an earlier component already adds")
            }
            available.formUnion(component.adds)
        }
        self.components = components
    }

    /// Sentences, tokens and dates: the components this module builds without entity or quote models.
    public static var segmentationAndDates: AnnotationPipeline {
        AnnotationPipeline(unchecked: [SentenceSegmenter(), WordTokenizer(), DateTagger()])
    }

    /// Every per-article component: segmentation, dates, and the entity, quote and citation
    /// components when they are built.
    public static var standard: AnnotationPipeline {
        AnnotationPipeline(unchecked: [SentenceSegmenter(), WordTokenizer(), DateTagger()] + attributionComponents)
    }

    /// The entity, citation and quote components, in order (`AttributionComponents.standard`).
    static var attributionComponents: [any AnnotationComponent] { AttributionComponents.standard }

    init(unchecked components: [any AnnotationComponent]) {
        self.components = components
    }

    /// Runs every component over `document`, skipping one whose requirements are missing.
    /// A document without a letter or digit has nothing to annotate: every layer is marked present
    /// and left empty.
    public func annotate(_ document: inout TextDocument) {
        guard document.scalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
            for component in components { document.present.formUnion(component.adds) }
            return
        }
        for component in components where component.requires.isSubset(of: document.present) {
            component.annotate(&document)
        }
    }

    /// A document for `text` with every layer added.
    public func document(for text: String, referenceDay: CalendarDay? = nil) -> TextDocument {
        var document = TextDocument(text: text, referenceDay: referenceDay)
        annotate(&document)
        return document
    }
}
