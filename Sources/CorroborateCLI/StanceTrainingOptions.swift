import ArgumentParser
import CorroborateEvaluation
import CorroborateStories

/// Flags shared by `eval stance` and `train stance`: boosting settings and class weights.
struct StanceTrainingOptions: ParsableArguments {
    @Option(help: "Boosting rounds (default 150).")
    var rounds: Int?

    @Option(help: "Tree depth (default 3).")
    var depth: Int?

    @Option(help: "Training weight of disagree pairs (default 5).")
    var disagreeWeight: Float?

    @Option(help: "Decision multiplier of the disagree probability (default 1).")
    var disagreeBoost: Float = 1

    @Option(help: "Seed of the boosting row sampler (default 1); several seeds show how much a figure is noise.")
    var seed: UInt64?

    /// The evaluation (trainer and class weights) these flags describe.
    var evaluation: StanceEvaluation {
        var settings = BoostedTreesTrainer.Configuration()
        if let rounds { settings.rounds = rounds }
        if let depth { settings.depth = depth }
        if let seed { settings.seed = seed }
        var evaluation = StanceEvaluation(trainer: BoostedTreesTrainer(configuration: settings))
        if let disagreeWeight { evaluation.classWeights[StanceLabel.disagree.index] = disagreeWeight }
        return evaluation
    }

    /// Probability multipliers for the decision, by `StanceLabel.index`.
    var decisionWeights: [Float] {
        var weights: [Float] = [1, 1, 1, 1]
        weights[StanceLabel.disagree.index] = disagreeBoost
        return weights
    }
}
