/// A body's stance towards a claim, as FNC-1 labels it.
public enum StanceLabel: String, Sendable, Codable, CaseIterable, Hashable {
    /// The body says the claim is true.
    case agree
    /// The body refutes or denies the claim.
    case disagree
    /// The body reports the claim without taking a side.
    case discuss
    /// The body is about something else.
    case unrelated

    /// The class index used by the model: the order of `allCases`.
    public var index: Int {
        switch self {
        case .agree: 0
        case .disagree: 1
        case .discuss: 2
        case .unrelated: 3
        }
    }

    /// True for agree, disagree and discuss.
    public var isRelated: Bool { self != .unrelated }
}
