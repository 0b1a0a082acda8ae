extension AttributionScan {
    /// Prepositions after which a name belongs to the role before them, not to the speaker.
    static let roleGoverningPrepositions: Set<String> = ["of", "for", "to", "with"]
    /// Words opening a role phrase.
    static let roleDeterminers: Set<String> = ["the", "a", "an", "another", "his", "her", "their", "its", "our", "my"]

    /// Whether the name starting at `offset` stands in a role's prepositional phrase inside the speaker phrase
    /// `phrase`, with a person noun in apposition right before it: "The sister of the British-born American
    /// photojournalist Luke Somers has said ...", "The top spokesman for Prime Minister Stephen Harper said".
    /// The speaker is then the role (the sister, the spokesman), not the person named.
    ///
    /// The phrase opens with a determiner or possessive, and the word before the preposition is a person noun
    /// ("sister", "spokesman", "lawyer": not a verb, "checked with police spokesman Michael Woody", nor a title
    /// whose "of" is its own, "The Secretary of State John Kerry"). The word right before the name must be able to
    /// describe a person (a title, a source noun, or an agent noun such as "photojournalist", "Minister"), so
    /// a name after a thing ("the head of the sovereign wealth fund Kirill Dmitriev") stays the speaker.
    func isGovernedByRole(_ offset: Int, in phrase: Range<Int>) -> Bool {
        guard let name = tokenIndex(startingAt: offset), name > phrase.lowerBound + 2, name < phrase.upperBound,
            Self.roleDeterminers.contains(tokens[phrase.lowerBound].lower),
            describesAPerson(tokens[name - 1])
        else { return false }
        return (phrase.lowerBound + 1..<name - 1).contains { index in
            Self.roleGoverningPrepositions.contains(tokens[index].lower) && SourceNouns.personHeads.contains(tokens[index - 1].lower)
        }
    }

    /// A word that can stand before a name in apposition: a title ("Minister", "actor"), a source noun
    /// ("spokesman") or an agent noun ("photojournalist", "reporter", "musician").
    private func describesAPerson(_ token: ScanToken) -> Bool {
        let word = token.lower
        if phrases.gazetteer.titles.contains(word) || SourceNouns.personHeads.contains(word) { return true }
        return token.isWord && word.count > 4 && ["ist", "er", "or", "ian"].contains(where: word.hasSuffix)
    }
}
