import CorroborateCore

/// One story's contribution to each outlet's record: exclusive statements, discrepancies taken
/// part in, and discrepancies where the outlet's value is held by fewer outlets than another.
struct PostgresOutletTally: Sendable {
    /// Per outlet, sorted by outlet; `articles` and `stories` are left at zero (counted in SQL).
    private(set) var records: [OutletRecord] = []

    init(_ story: Story, outletOf: [String: String]) {
        var byOutlet: [String: OutletRecord] = [:]
        func bump(_ outlet: String, _ change: (inout OutletRecord) -> Void) {
            change(&byOutlet[outlet, default: OutletRecord(
                outlet: outlet, articles: 0, stories: 0, exclusives: 0, outOfLine: 0, discrepancies: 0)])
        }
        for exclusive in story.exclusives {
            guard let outlet = outletOf[exclusive.article] else { continue }
            bump(outlet) { $0.exclusives += exclusive.statements.count }
        }
        for discrepancy in story.discrepancies {
            for (outlet, outOfLine) in Self.participants(discrepancy, outletOf: outletOf) {
                bump(outlet) {
                    $0.discrepancies += 1
                    if outOfLine { $0.outOfLine += 1 }
                }
            }
        }
        records = byOutlet.values.sorted { $0.outlet < $1.outlet }
    }

    /// Each outlet taking part, and whether every value it gives is held by fewer outlets
    /// than the most widely held value.
    static func participants(_ discrepancy: Discrepancy, outletOf: [String: String]) -> [String: Bool] {
        let holders = discrepancy.values.map { Set($0.articles.compactMap { outletOf[$0] }) }
        let widest = holders.map(\.count).max() ?? 0
        var best: [String: Int] = [:]
        for outlets in holders {
            for outlet in outlets { best[outlet] = max(best[outlet] ?? 0, outlets.count) }
        }
        return best.mapValues { $0 < widest }
    }
}
