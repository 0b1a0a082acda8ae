import CorroborateCore

extension ClaimBuilder {
    /// "The Ministry of Health and the World Health Organization further confirmed that ...": when the holder is the
    /// last name before the cue and another name is joined to it by "and" (an article between allowed), with only
    /// auxiliaries and adverbs between the pair and the cue, the other name holds the same position.
    func coordinatedHolder(of holder: ClaimHolder, range: TextRange, cueOffset: Int, input: StoryInput, entities: StoryEntities) -> ClaimHolder? {
        let cueStart = range.start + cueOffset
        let before = input.annotated.mentions.filter { $0.start >= range.start && $0.end <= cueStart && $0.kind != .place }
        guard before.count >= 2 else { return nil }
        let last = before[before.count - 1], other = before[before.count - 2]
        guard self.holder(named: last, range: range, input: input, entities: entities).name == holder.name,
              [.person, .organization, .outlet, .agency].contains(other.kind), other.end <= last.start
        else { return nil }
        let joint = input.string(TextRange(start: other.end, end: last.start)).lowercased().split(separator: " ").map(String.init)
        guard joint == ["and"] || joint == ["and", "the"] else { return nil }
        let gap = input.string(TextRange(start: last.end, end: cueStart)).lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard gap.allSatisfy({ Self.roleAuxiliaries.contains($0) || Self.subjectAdverbs.contains($0) || Self.jointAdverbs.contains($0) }) else { return nil }
        let partner = self.holder(named: other, range: range, input: input, entities: entities)
        return partner.name == holder.name ? nil : partner
    }

    /// Adverbs between a coordinated subject and its verb ("X and Y further confirmed", "both denied").
    static let jointAdverbs: Set<String> = ["further", "both", "jointly", "together", "have", "has", "had"]
}
