import CorroborateCore

/// An attribution the rule stages did not make, proposed from a word of the cue model's
/// vocabulary, with the features `CueModel` scores. Training labels proposals against gold
/// contents; the `learned` stage keeps those the model accepts.
public struct CueProposal: Sendable, Hashable {
    /// The proposed content, first to last word; Unicode scalar offsets.
    public var content: TextRange
    /// The cue word (or lexicon phrase) the proposal starts from.
    public var cue: TextRange
    /// The speaker phrase, when one of the speaker rules finds it.
    public var speaker: TextRange?
    /// The feature names the model sums weights over.
    public var features: [String]

    /// A proposal from explicit parts.
    public init(content: TextRange, cue: TextRange, speaker: TextRange?, features: [String]) {
        self.content = content
        self.cue = cue
        self.speaker = speaker
        self.features = features
    }
}
