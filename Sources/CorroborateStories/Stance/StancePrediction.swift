/// The stance a detector predicts, with its probability and the probabilities of every class.
public struct StancePrediction: Sendable, Hashable {
    /// The most probable stance (after the detector's class weights).
    public var stance: StanceLabel
    /// The model probability of `stance`, in 0...1.
    public var confidence: Float
    /// The model probability of each stance, indexed by `StanceLabel.index`.
    public var probabilities: [Float]

    /// A prediction from per-class probabilities and the chosen class.
    public init(stance: StanceLabel, probabilities: [Float]) {
        self.stance = stance
        self.probabilities = probabilities
        self.confidence = probabilities.indices.contains(stance.index) ? probabilities[stance.index] : 0
    }
}
