/// A story's claim terms: the words most of its members' leads share. Two stories on one subject but
/// about different claims each have their own ("zehaf", "bibeau" in the reports naming the Ottawa
/// gunman, which the reports of the shooting itself never use), and the other story's members mostly
/// lack them; two parts of one story carry each other's. The clusterer merges two stories only when
/// each covers the other's claim terms (`StoryClusterer.Configuration.claimCoverage`).
extension StoryState {
    /// The terms in the leads of at least `share` of the kept members that have a lead; none when
    /// fewer than `minimumMembers` have one.
    func claimTerms(share: Float, minimumMembers: Int) -> Set<UInt64> {
        let leads = members.map(\.lead).filter { !$0.isEmpty }
        guard !leads.isEmpty, leads.count >= minimumMembers else { return [] }
        var counts: [UInt64: Int] = [:]
        for lead in leads {
            for term in lead.terms { counts[term, default: 0] += 1 }
        }
        let least = share * Float(leads.count) - 0.001
        return Set(counts.filter { Float($0.value) >= least }.keys)
    }

    /// Whether each of `terms` is in the text of at least `share` of the kept members (true when
    /// there are no kept members: nothing to judge by).
    func covers(_ terms: Set<UInt64>, share: Float) -> Bool {
        guard !members.isEmpty else { return true }
        let least = share * Float(members.count)
        return terms.allSatisfy { term in
            Float(members.filter { $0.vector.contains(term) }.count) >= least
        }
    }
}
