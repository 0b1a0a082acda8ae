import CorroborateCore
import CorroborateStories

/// Trains and cross-validates the stance model on FNC-1 feature tables.
///
/// The lexicon is learned from the training pairs; the lexicon features of those same pairs are
/// cross-fitted (each from a lexicon that did not see its group), so the trees do not over-trust them.
public struct StanceEvaluation: Sendable {
    /// Boosting settings.
    public var trainer: BoostedTreesTrainer
    /// Lexicon settings.
    public var lexiconBuilder = StanceLexiconBuilder()
    /// Training weight of each class's pairs, by `StanceLabel.index` (default: disagree x5, discuss x1.2; x5 chosen by story-grouped CV over 3, 5, 6, 8).
    public var classWeights: [Float] = [1, 5, 1.2, 1]
    /// Train a second stage on related pairs only (agree / disagree / discuss; `StanceModel.relatedTrees`),
    /// default false: story-grouped CV, 3 seeds, gave disagree F1 0.451 against 0.461 without it.
    public var relatedStage = false
    /// Inner folds for cross-fitting the lexicon features of training pairs (default 4).
    public var lexiconFolds = 4

    public init(trainer: BoostedTreesTrainer = BoostedTreesTrainer()) {
        self.trainer = trainer
    }

    /// A model fitted to every labelled pair of `table`.
    public func train(_ table: StanceFeatureTable) -> StanceModel {
        fit(table, pairs: Array(table.rows.indices))
    }

    /// Predictions for every pair of `table`, each from a model trained on the other `folds - 1` folds;
    /// pairs of one group (story or body) share a fold. Unlabelled pairs are predicted, not trained on.
    public func crossValidate(_ table: StanceFeatureTable, folds: Int, detector: StanceDetector) -> [StancePrediction] {
        let folds = max(folds, 2)
        let fold = Self.folds(of: table.groups, count: folds)
        var predictions = [StancePrediction](
            repeating: StancePrediction(stance: .unrelated, probabilities: [0, 0, 0, 1]), count: table.rows.count
        )
        for k in 0..<folds {
            var fitted = detector
            fitted.model = fit(table, pairs: table.rows.indices.filter { fold[$0] != k })
            for index in table.rows.indices where fold[index] == k {
                predictions[index] = fitted.predict(table.vector(index, model: fitted.model))
            }
        }
        return predictions
    }

    /// Fold of each item: distinct groups ordered by hash, dealt round-robin.
    static func folds(of groups: [String], count: Int) -> [Int] {
        let distinct = Set(groups).sorted {
            (ContentHash.fnv1a($0.utf8), $0) < (ContentHash.fnv1a($1.utf8), $1)
        }
        let foldOfGroup = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0 % count) })
        return groups.map { foldOfGroup[$0] ?? 0 }
    }

    private func fit(_ table: StanceFeatureTable, pairs: [Int]) -> StanceModel {
        let labelled = pairs.filter { table.gold[$0] != nil }
        let labels = labelled.compactMap { table.gold[$0]?.index }
        let inner = Self.folds(of: labelled.map { table.groups[$0] }, count: lexiconFolds)
        var lexical = [[Float]](repeating: [], count: labelled.count)
        for k in 0..<lexiconFolds {
            let outside = labelled.indices.filter { inner[$0] != k }.map { labelled[$0] }
            let lexicon = buildLexicon(table, pairs: outside, label: { table.gold[$0] })
            let polarity = buildLexicon(table, pairs: outside, label: table.polarityLabel)
            for position in labelled.indices where inner[position] == k {
                lexical[position] = table.lexiconFeatures(labelled[position], lexicon: lexicon, polarityLexicon: polarity)
            }
        }
        let rows = labelled.indices.map { table.rows[labelled[$0]] + lexical[$0] }
        let trees = trainer.train(
            rows: rows, labels: labels, weights: labels.map { classWeights[$0] },
            classes: StanceLabel.allCases.count, featureNames: StanceModel.featureNames
        )
        return StanceModel(
            trees: trees, lexicon: buildLexicon(table, pairs: labelled, label: { table.gold[$0] }),
            polarityLexicon: buildLexicon(table, pairs: labelled, label: table.polarityLabel),
            relatedTrees: relatedStage ? relatedTrees(rows: rows, labels: labels) : nil
        )
    }

    /// Agree / disagree / discuss trees fitted to the related rows only, so their splits and quantile bins
    /// are those of related pairs, not of the far more numerous unrelated ones.
    private func relatedTrees(rows: [[Float]], labels: [Int]) -> BoostedTrees {
        let related = labels.indices.filter { labels[$0] != StanceLabel.unrelated.index }
        return trainer.train(
            rows: related.map { rows[$0] }, labels: related.map { labels[$0] },
            weights: related.map { classWeights[labels[$0]] },
            classes: StanceLabel.allCases.count - 1, featureNames: StanceModel.featureNames
        )
    }

    /// A lexicon counting each body once per label that `label` gives one of its pairs.
    private func buildLexicon(_ table: StanceFeatureTable, pairs: [Int], label: (Int) -> StanceLabel?) -> StanceLexicon {
        var builder = lexiconBuilder
        var seen: Set<[Int]> = []
        for index in pairs {
            guard let label = label(index), seen.insert([table.bodyOfPair[index], label.index]).inserted else {
                continue
            }
            builder.add(body: table.bodies[table.bodyOfPair[index]], label: label, group: table.groups[index])
        }
        return builder.lexicon()
    }
}
