/// The stance a detector predicts, with its probability and the probabilities of every class.
public struct StancePrediction: Sendable, Hashable {
    /// The most probable stance (after the detector's class weights).
    public var stance: StanceLabel
    /// The model probability of `stance`, in 0...1.
    public var confidence: Float
    /// The model probability of each stance, indexed by `StanceLabel.index`.
    public var probabilities: [Float]
    /// The stage of the detector's cascade that chose `stance`.
    public var stage: Stage

    /// The stages of `StanceDetector`'s cascade.
    public enum Stage: String, Sendable, Hashable {
        /// The boosted trees, trained on whole FNC-1 bodies.
        case model
        /// The cue rules for a sentence or a very short body (`StanceDetector.SentenceRules`).
        case sentenceCues
    }

    /// A prediction from per-class probabilities and the chosen class.
    public init(stance: StanceLabel, probabilities: [Float], stage: Stage = .model) {
        self.stance = stance
        self.stage = stage
        self.probabilities = probabilities
        self.confidence = probabilities.indices.contains(stance.index) ? probabilities[stance.index] : 0
    }
}
