import CorroborateCore
import CorroborateEvaluation
import Foundation

/// The printed table of one gold file's scores.
struct EntityReport {
    var name: String
    var scores: EntityScores

    var lines: [String] {
        var lines = ["\(name): documents \(scores.documents)  gold entities \(scores.entities.gold)  system entities \(scores.entities.system)  gold forms absent from text \(scores.absentGoldForms)"]
        lines.append(row("name forms", scores.forms))
        lines.append(row("typed forms", scores.typedForms))
        lines.append(row("entities", scores.entities))
        for kind in EntityKind.allCases {
            guard let count = scores.byKind[kind] else { continue }
            lines.append(row("  " + kind.rawValue, count))
        }
        let accuracy = scores.entities.matched == 0 ? 0 : Double(scores.kindCorrect) / Double(scores.entities.matched)
        lines.append(String(format: "%-13@ %.4f (%d/%d matched)", "kind accuracy" as NSString, accuracy, scores.kindCorrect, scores.entities.matched))
        let forms = Double(max(scores.cubedForms, 1))
        lines.append(String(format: "%-13@ P %.4f  R %.4f  F1 %.4f  (%d forms)", "alias B-cubed" as NSString,
            scores.cubedPrecision / forms, scores.cubedRecall / forms, scores.cubedF1, scores.cubedForms))
        lines.append(row("references", scores.references))
        lines.append(row("roles", scores.roles))
        return lines
    }

    private func row(_ label: String, _ count: EntityScores.Count) -> String {
        String(format: "%-13@ P %.4f  R %.4f  F1 %.4f  (%d matched, %d system, %d gold)", label as NSString,
            count.precision, count.recall, count.f1, count.matched, count.system, count.gold)
    }
}
