import CorroborateCore

extension AttributionScan {
    /// Whether a quoted segment is the title of a work, not somebody's words: at most
    /// `maximumWorkTitleWords` words, each capitalised or a digit-led word or a small function
    /// word, after a word that introduces a work ("in “The Interview,”", "movie “Sausage Party.”",
    /// "who directed “Slumdog Millionaire,”", "writer of “The Social Network,” and “The West
    /// Wing”"), or a name somebody goes by ("known as “Jihadi John”", "dubbed “the Butcher”"). A nickname put on
    /// somebody by a speaker ("called Rubio “Little Marco”") is not one.
    func isWorkTitle(_ segment: QuotedSegment) -> Bool {
        guard segment.wordCount >= 1, segment.wordCount <= Self.maximumWorkTitleWords, segment.open > 0 else { return false }
        var words = 0
        for index in (segment.open + 1)..<segment.close where tokens[index].isWord {
            let token = tokens[index]
            let titled = token.isCapitalized || token.lower.first?.isNumber == true || (words > 0 && Self.titleFunctionWords.contains(token.lower))
            guard titled else { return false }
            words += 1
        }
        guard words > 0 else { return false }
        guard let before = beforePunctuation(segment.open) else { return false }
        if tokens[before].isWord, Self.workIntroducers.contains(tokens[before].lower) { return true }
        // A name the person goes by: "a masked man, who has become known as “Jihadi John”, said".
        if tokens[before].isWord, Self.nameIntroducers.contains(tokens[before].lower) { return true }
        if tokens[before].lower == "as", before > 0, tokens[before - 1].lower == "known" { return true }
        // A second title of a list: "“The Social Network,” and “The West Wing”".
        guard tokens[before].isWord, ["and", "or"].contains(tokens[before].lower), let earlier = beforePunctuation(before) else { return false }
        return tokens[earlier].kind == .closeQuote
    }

    /// The nearest token before `index` that is no plain punctuation, if any.
    private func beforePunctuation(_ index: Int) -> Int? {
        var before = index - 1
        while before >= 0, tokens[before].kind == .punctuation { before -= 1 }
        return before >= 0 ? before : nil
    }

    /// The most words a quoted work title has here.
    static let maximumWorkTitleWords = 8

    /// Lower-case words inside a title ("The Wolf of Wall Street").
    static let titleFunctionWords: Set<String> = [
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by", "as", "is", "it", "vs", "vs.",
    ]

    /// Words right before a name somebody goes by ("dubbed “the Butcher”"); "known as" is one too.
    static let nameIntroducers: Set<String> = ["dubbed", "nicknamed", "so-called", "aka", "alias"]

    /// Words right before a quoted work title: prepositions that place something in a work, the
    /// kinds of works, and the verbs of making one.
    static let workIntroducers: Set<String> = [
        "in", "of", "on", "film", "films", "movie", "movies", "show", "shows", "series", "sitcom", "book", "books", "novel",
        "memoir", "album", "song", "single", "hit", "sequel", "prequel", "comedy", "drama", "thriller", "documentary", "play",
        "musical", "opera", "magazine", "newspaper", "column", "track", "game", "episode", "program", "programme", "titled",
        "entitled", "directed", "wrote", "co-wrote", "penned", "produced", "starred", "stars", "starring", "released",
        "published", "hosted", "hosts", "created", "recorded", "biopic", "franchise", "blockbuster", "anthem", "video",
    ]
}
