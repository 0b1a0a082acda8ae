extension AttributionScan {
    /// Verbs by which a speaker puts out a document that then says something.
    static let issuingVerbs: Set<String> = ["released", "issued", "published", "posted", "sent", "put", "gave", "made"]

    /// The issuer of a document in a speaker phrase: "Yemen's defence ministry released a statement claiming ...",
    /// "The company issued a statement saying ...": the words before the issuing verb, when the phrase ends in
    /// a document noun ("statement", "letter") that a determiner opens right after the verb. Nil otherwise.
    func issuer(of phrase: Range<Int>) -> Range<Int>? {
        guard phrase.count >= 4, detector.documentNouns.contains(tokens[phrase.upperBound - 1].lower) else { return nil }
        guard let verb = phrase.dropFirst().first(where: { Self.issuingVerbs.contains(tokens[$0].lower) }),
            verb + 1 < phrase.upperBound, ["a", "an", "the", "its", "his", "her", "their"].contains(tokens[verb + 1].lower),
            (phrase.lowerBound..<verb).contains(where: { tokens[$0].isWord })
        else { return nil }
        return phrase.lowerBound..<verb
    }
}
