/// Words of the passive voice, as the reconciliation rules read it ("was questioned", "is reported
/// to have").
enum PassiveVoice {
    /// Forms of "be" that open a passive before a participle.
    static let beForms: Set<Substring> = ["is", "are", "was", "were", "be", "been", "being"]
}
