extension AttributionScan {
    /// Verbs by which a speaker puts out a document that then says something.
    static let issuingVerbs: Set<String> = ["released", "issued", "published", "posted", "sent", "put", "gave", "made"]

    /// The issuer of a document in a speaker phrase: "Yemen's defence ministry released a statement claiming ...",
    /// "The company issued a statement saying ...", "Queen Elizabeth released a statement to the country saying": the
    /// words before the issuing verb, when a determiner right after the verb opens a document noun ("statement",
    /// "letter") that ends the phrase or is followed by a prepositional phrase. Nil otherwise.
    func issuer(of phrase: Range<Int>) -> Range<Int>? {
        guard phrase.count >= 4, let verb = phrase.dropFirst().first(where: { Self.issuingVerbs.contains(tokens[$0].lower) }),
            verb + 1 < phrase.upperBound, ["a", "an", "the", "its", "his", "her", "their"].contains(tokens[verb + 1].lower),
            (phrase.lowerBound..<verb).contains(where: { tokens[$0].isWord })
        else { return nil }
        // The document noun ends the phrase, or comes right after the determiner (an adjective between) and a
        // prepositional phrase follows it: "released a statement to the country saying".
        let ending = detector.documentNouns.contains(tokens[phrase.upperBound - 1].lower)
        let early = ((verb + 2)...(verb + 3)).contains { index in
            index + 1 < phrase.upperBound && detector.documentNouns.contains(tokens[index].lower)
                && Self.documentPrepositions.contains(tokens[index + 1].lower)
        }
        return ending || early ? phrase.lowerBound..<verb : nil
    }

    /// Prepositions that may follow the document noun inside the phrase ("a statement to the country").
    static let documentPrepositions: Set<String> = ["to", "on", "from", "through", "via", "in"]
}
