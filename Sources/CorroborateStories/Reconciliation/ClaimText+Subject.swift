/// "another hoax story that comes around every now and again", "a Facebook page that was created to
/// rally support": a "that" followed by a verb is a relative pronoun, and what follows it has no
/// subject of its own, so it is no claim.
extension ClaimText {
    /// Whether a clause's first word is a finite verb or an auxiliary, so the clause lacks a subject.
    static func opensWithVerb(_ words: some Collection<Substring>) -> Bool {
        guard let first = words.first else { return false }
        return finiteVerbs.contains(first.lowercased())
    }

    /// Auxiliaries, modals and common verb forms that never open a noun phrase.
    static let finiteVerbs: Set<String> = [
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should",
        "must", "does", "did", "do", "comes", "came", "goes", "went", "left", "remains", "remained", "seems", "seemed",
        "appears", "appeared", "makes", "made", "takes", "took", "shows", "showed", "gets", "got", "becomes",
        "became", "allows", "allowed", "helps", "helped", "includes", "included", "involves", "involved", "leads", "led",
    ]
}
