import CorroborateCore

/// Where the article body sits in a page, and which stage of the cascade found it.
struct ContentSelection: Sendable {
    /// The cascade stage that chose the containers.
    enum Stage: String, Sendable {
        /// A container marked up as the article body (`itemprop=articleBody`, a content class, `<article>`).
        case markup
        /// The container with the densest paragraph text (readability-style scoring).
        case density
        /// Nothing stood out: the whole page.
        case wholePage
    }

    /// The containers whose blocks may be body, in document order.
    var roots: [Int]
    var stage: Stage
    /// Per node: the innermost element at or above it flagged as boilerplate (-1 when none).
    var flaggedAncestor: [Int]
    /// Per node: the reason its own class, id or tag signals (nil when none, or when dropped as too large).
    var flags: [RemovalReason?]
}
