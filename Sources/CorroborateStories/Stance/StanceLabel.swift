import CorroborateCore

/// A body's stance towards a claim, as FNC-1 labels it: agree (the body says the claim is true),
/// disagree (refutes or denies it), discuss (reports it without taking a side), unrelated. The
/// same labels a story's `Claim.coverage` gives each article.
public typealias StanceLabel = CoverageStance

extension CoverageStance {
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
