import CorroborateCore

/// A capitalised run of tokens that names something, split into its role (titles before the
/// name, "Kremlin spokesman") and the name itself ("Dmitry Peskov").
struct NameRun: Sendable, Hashable {
    /// Token indices of the name, half-open.
    var name: Range<Int>
    /// Token index where a role before the name starts, when there is one.
    var roleStart: Int?
    var kind: EntityKind
    /// The canonical name for outlets and agencies, else the name as written.
    var canonical: String
    /// Whether no list, role or given name decided the kind: an unknown name's default
    /// (`other`, or two or three capitalised words as a person or, after "the", an organization),
    /// which context may still settle (`OutletContext`).
    var isGuessed = false

    /// Token indices of the role and the name together.
    var whole: Range<Int> { (roleStart ?? name.lowerBound)..<name.upperBound }
}

/// Finds capitalised runs in a token list and splits their titles off.
///
/// A run is a maximal sequence of capitalised words, joined by the connectors in `connectors`
/// ("Bank of America", "Charles de Gaulle") when a capitalised word follows the connector.
/// Leading stop words ("The", "But", "According") are dropped unless the run with them is an
/// outlet ("The Washington Post"); a run made only of stop words, months or weekdays is no name.
struct NameRunFinder: Sendable {
    var gazetteer: Gazetteer
    var stopWords: Set<String>
    /// Lower-cased reporting verbs, which never sit inside a name.
    var reportingVerbs: Set<String> = []
    /// Lower-cased outlet and agency names with a stop word after their first word ("usa today", "channel one"):
    /// the stop word goes on with such a name.
    var namesThroughStopWords: Set<String> = []
    /// Lower-cased names that end in a possessive ("mcdonald's", "sotheby's"): the "'s" is the name's own.
    var possessiveNames: Set<String> = []

    static let connectors: Set<String> = ["of", "de", "del", "da", "von", "van", "der", "bin", "al", "la", "le", "du"]

    /// Every run, in text order; a capitalised word at an index in `common` (see
    /// `CapitalEvidence`) neither starts nor continues a run.
    func runs(in tokens: [ScanToken], common: Set<Int> = []) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isWord, tokens[index].isCapitalized, !common.contains(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count, tokens[end].isWord || joinsName(at: end, tokens),
                !breaksRun(tokens[end]) || continuesKnownName(index..<(end + 1), tokens), !common.contains(end)
            {
                if tokens[end].kind == .possessive || Self.isAmpersand(at: end, tokens) {
                    end += 2
                } else if tokens[end].isCapitalized {
                    end += 1
                } else if Self.connectors.contains(tokens[end].lower), end + 1 < tokens.count,
                    tokens[end + 1].isWord, tokens[end + 1].isCapitalized, !Self.hasArabicArticle(tokens[end + 1])
                {
                    end += 2
                } else if let next = institutionGoesOn(at: end, in: index..<end, tokens) {
                    end = next
                } else {
                    break
                }
            }
            // "McDonald's has decided": a company whose name ends in a possessive.
            if end < tokens.count, tokens[end].kind == .possessive, !possessiveNames.isEmpty,
                possessiveNames.contains(tokens[index..<end].map(\.lower).joined(separator: " ") + "'s")
            {
                end += 1
            }
            runs.append(index..<end)
            index = end
        }
        return runs
    }

    /// Where an institution's name goes on past "for", "to", "on", "against" (and "the") or "of the", or nil:
    /// after a word that heads such names ("Royal Society for the Protection of Birds", "Committee to
    /// Protect Journalists", "Institute for the Study of War"), and inside a name so continued ("...
    /// Prevention of Cruelty to Animals", "Center for Strategic and International Studies").
    func institutionGoesOn(at index: Int, in run: Range<Int>, _ tokens: [ScanToken]) -> Int? {
        let word = tokens[index].lower
        // "of" alone joins any name (`connectors`); "of the" only an institution's ("Office of the Director of ...").
        let ofThe = word == "of" && index + 1 < tokens.count && tokens[index + 1].lower == "the"
        guard Self.institutionConnectors.contains(word) || word == "and" || ofThe else { return nil }
        var next = index + 1
        if next < tokens.count, tokens[next].lower == "the", word != "and" { next += 1 }
        guard next < tokens.count, tokens[next].isWord, tokens[next].isCapitalized, !stopWords.contains(tokens[next].lower),
            !Self.dateWords.contains(tokens[next].lower), !Self.hasArabicArticle(tokens[next]),
            !Self.platforms.contains(tokens[next].lower)
        else { return nil }
        // "Terrorism Research and Analysis Consortium", "Food and Drug Administration": the words after "and" end
        // with a head.
        // Not after a whole name ("State Department and Federal Bureau of Investigation", "Twentieth Century Fox and
        // Apple Inc." are two).
        if word == "and", run.count <= 2, !isInstitutionHead(tokens[index - 1]) {
            var end = next
            while end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized, !stopWords.contains(tokens[end].lower) { end += 1 }
            if end - next <= 3, isInstitutionHead(tokens[end - 1]), !Self.companySuffixes.contains(tokens[end - 1].lower) { return end }
        }
        guard let head = run.first(where: { isInstitutionHead(tokens[$0]) }) else { return nil }
        // Past the head only after a connector of this kind: "Society for ... to Animals", not "Smith and Jones".
        let continued = run.contains { $0 > head && Self.institutionConnectors.contains(tokens[$0].lower) }
        if continued { return next + 1 }
        guard word != "and", index - 1 == run.upperBound - 1, isInstitutionHead(tokens[index - 1]) else { return nil }
        // "to" and "on" right after the head only where such names use them ("Committee to Protect Journalists",
        // "Council on Foreign Relations"); "a letter from the Justice Department to Congress" is two names.
        switch word {
        case "to": return Self.infinitiveHeads.contains(tokens[index - 1].lower) ? next + 1 : nil
        case "on": return Self.topicHeads.contains(tokens[index - 1].lower) ? next + 1 : nil
        default: return next + 1
        }
    }

    /// Platforms an institution speaks on ("the Council on Twitter"), never a name's continuation.
    static let platforms: Set<String> = ["twitter", "facebook", "instagram", "youtube", "telegram", "tiktok", "weibo", "reddit"]

    /// Heads whose name goes on with "to" and a verb: "Committee to Protect Journalists".
    static let infinitiveHeads: Set<String> = ["committee", "campaign", "coalition", "alliance", "movement", "fund", "project", "initiative"]

    /// Heads whose name goes on with "on" and a topic: "Council on Foreign Relations".
    static let topicHeads: Set<String> = ["committee", "council", "commission", "center", "centre", "institute", "forum"]

    /// Lower-case words that carry an institution's name on after its head word.
    static let institutionConnectors: Set<String> = ["for", "to", "on", "against"]

    /// Whether a word heads an institution's name: a last word of organization names in the gazetteer
    /// ("Society", "Committee", "Department") or a plural that opens one ("Doctors Without Borders", "Americans for
    /// Prosperity").
    func isInstitutionHead(_ token: ScanToken) -> Bool {
        gazetteer.organizationHeads.contains(token.lower.capitalizedFirst) || Self.memberHeads.contains(token.lower)
    }

    /// Endings of a company's whole name.
    static let companySuffixes: Set<String> = ["inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc"]

    /// Plurals of members that open an institution's name continued by `institutionConnectors`.
    static let memberHeads: Set<String> = [
        "reporters", "doctors", "mothers", "citizens", "americans", "physicians", "scientists", "lawyers", "journalists", "friends",
    ]

    /// Whether the possessive at `index` is inside a name: after a word that names an institution by
    /// its patron or its people ("King’s College London", "Children's Hospital", "St. John's
    /// Wood") and before a capitalised word.
    func joinsName(at index: Int, _ tokens: [ScanToken]) -> Bool {
        if Self.isAmpersand(at: index, tokens) { return true }
        guard tokens[index].kind == .possessive, index > 0, index + 1 < tokens.count, tokens[index + 1].isWord,
            tokens[index + 1].isCapitalized
        else { return false }
        return Self.possessiveNameWords.contains(tokens[index - 1].lower)
    }

    /// Whether the token at `index` is an "&" between two capitalised words, inside one name ("News & Star",
    /// "Procter & Gamble").
    static func isAmpersand(at index: Int, _ tokens: [ScanToken]) -> Bool {
        tokens[index].lower == "&" && index > 0 && tokens[index - 1].isWord && tokens[index - 1].isCapitalized
            && index + 1 < tokens.count && tokens[index + 1].isWord && tokens[index + 1].isCapitalized
    }

    /// Words whose possessive goes on with a name: "King's College", "Women's March".
    static let possessiveNameWords: Set<String> = [
        "king", "queen", "st", "saint", "children", "women", "men", "people", "veterans", "workers", "lloyd",
    ]

    /// Whether a word opens with the Arabic article ("al-Baghdadi"): a name of its own after a
    /// connector ("A CV of al-Baghdadi" is no name "CV of al-Baghdadi").
    static func hasArabicArticle(_ token: ScanToken) -> Bool {
        ArabicArticle.stripped(token.lower) != nil
    }

    /// Whether the words of `range` are a known outlet's or agency's name with a stop word in it ("USA Today").
    func continuesKnownName(_ range: Range<Int>, _ tokens: [ScanToken]) -> Bool {
        guard !namesThroughStopWords.isEmpty, range.count >= 2 else { return false }
        return namesThroughStopWords.contains(tokens[range].map(\.lower).joined(separator: " "))
    }

    /// Whether a capitalised word inside a headline-style run ends the name before it: a stop
    /// word or a reporting verb ("Trump Told Putin", "Kremlin Says").
    func breaksRun(_ token: ScanToken) -> Bool {
        token.isCapitalized && (stopWords.contains(token.lower) || reportingVerbs.contains(token.lower))
    }

    /// The run without leading stop words, or nil when nothing is left.
    func trimmed(_ run: Range<Int>, _ tokens: [ScanToken], text: TextDocument) -> Range<Int>? {
        var start = run.lowerBound
        while start < run.upperBound, stopWords.contains(tokens[start].lower), !isNameWord(at: start, in: run, tokens) {
            if tokens[start].lower == "the", gazetteer.source(named: WordScanner.text(text.scalars, span(start..<run.upperBound, tokens))) != nil {
                break
            }
            start += 1
        }
        var end = run.upperBound
        while end > start, stopWords.contains(tokens[end - 1].lower) || Self.connectors.contains(tokens[end - 1].lower),
            !continuesKnownName(start..<end, tokens)
        {
            end -= 1
        }
        return start < end ? start..<end : nil
    }

    /// Whether the stop word at `index`, first of `run`, is a name's first word: capitalised in
    /// the middle of a sentence (after a lower-case word or a comma), before two or more
    /// capitalised words, and no article, pronoun "I" or date word ("but So Se Pyong, the
    /// ambassador" keeps "So"; "in May Kim Jong Un" does not keep "May").
    func isNameWord(at index: Int, in run: Range<Int>, _ tokens: [ScanToken]) -> Bool {
        guard index == run.lowerBound, index > 0, run.upperBound - index >= 3, tokens[index].isCapitalized,
            !Self.neverNameWords.contains(tokens[index].lower), !Self.dateWords.contains(tokens[index].lower)
        else { return false }
        let previous = tokens[index - 1]
        guard previous.continuesSentence else { return false }
        return tokens[index + 1].isWord && tokens[index + 1].isCapitalized && tokens[index + 2].isWord && tokens[index + 2].isCapitalized
            && !stopWords.contains(tokens[index + 1].lower)
    }

    /// Stop words that never start a name, wherever they are written.
    static let neverNameWords: Set<String> = [
        "the", "a", "an", "i", "according", "read", "photo", "see", "watch", "click", "follow", "says", "adds", "writes", "tells",
        "tweets", "tweeted", "wrote", "added",
    ]

    /// Stop words naming a month (abbreviations also with their period), a weekday or a day
    /// near today, from the date tagger's tables.
    static let dateWords: Set<String> = {
        let abbreviations = DateVocabulary.months.keys.filter { !DateVocabulary.fullMonths.contains($0) }
        return Set(DateVocabulary.months.keys).union(abbreviations.map { $0 + "." }).union(DateVocabulary.weekdays.keys)
            .union(["today", "yesterday", "tomorrow"])
    }()

    /// Splits a trimmed run into role and name: the last title word (or several-word title) that
    /// leaves a name after it ends the role. "U.S. President-elect Donald Trump" -> role
    /// "U.S. President-elect", name "Donald Trump".
    func splitTitle(_ run: Range<Int>, _ tokens: [ScanToken]) -> (role: Int?, name: Range<Int>) {
        var nameStart = run.lowerBound
        for index in run.dropLast() where tokens[index + 1].kind != .possessive && isTitle(endingAt: index, from: run.lowerBound, tokens) {
            nameStart = index + 1
        }
        // "Justice Department", "Defense Ministry": a title word naming the institution's field is no role.
        if nameStart > run.lowerBound, nameStart == run.upperBound - 1, isInstitutionHead(tokens[nameStart]) {
            return (nil, run)
        }
        if nameStart > run.lowerBound {
            let name = departmentEnd(nameStart, run, tokens)..<run.upperBound
            // ("de", "van", "bin" open names: "Mayor de Blasio".)
            guard ["of", "for"].contains(tokens[name.lowerBound].lower) || Self.institutionConnectors.contains(tokens[name.lowerBound].lower)
            else { return (run.lowerBound, name) }
            // A name never opens with a connector: "chief executive of Vice Media" names Vice Media when the text
            // names it on its own elsewhere; "Office of the Director of National Intelligence", "Director of
            // National Intelligence" are one name or post.
            var tail = name.lowerBound + 1
            if tail < name.upperBound - 1, tokens[tail].lower == "the" { tail += 1 }
            let head = run.lowerBound..<nameStart
            if !head.contains(where: { isInstitutionHead(tokens[$0]) }), standsAlone(tail..<run.upperBound, tokens) {
                return (nil, tail..<run.upperBound)
            }
            return (nil, run)
        }
        return (nil, run)
    }

    /// Whether the words of `name` occur elsewhere in `tokens` with no connector or title before them.
    private func standsAlone(_ name: Range<Int>, _ tokens: [ScanToken]) -> Bool {
        let words = name.map { tokens[$0].lower }
        guard let first = words.first else { return false }
        var index = 0
        while index + words.count <= tokens.count {
            defer { index += 1 }
            guard tokens[index].lower == first, !name.contains(index), (0..<words.count).allSatisfy({ tokens[index + $0].lower == words[$0] }) else {
                continue
            }
            let previous = index > 0 ? tokens[index - 1].lower : ""
            if !Self.connectors.contains(previous), previous != "the" || index < 2 || !Self.connectors.contains(tokens[index - 2].lower) {
                return true
            }
        }
        return false
    }

    /// Where the name starts when a title goes on with "of" and a department ("Secretary of Homeland
    /// Security Jeh Johnson", "Minister of Foreign Affairs Sergei Lavrov"): at the first known first
    /// name after the department's first word, else at the last two words; `start` itself when no
    /// "of" or "for" opens what follows the title, or when two words or fewer follow the connector.
    func departmentEnd(_ start: Int, _ run: Range<Int>, _ tokens: [ScanToken]) -> Int {
        guard ["of", "for"].contains(tokens[start].lower), run.upperBound - start > 3 else { return start }
        let rest = (start + 2)..<run.upperBound
        if let first = rest.first(where: { tokens[$0].isWord && gazetteer.firstNames.contains(tokens[$0].lower.capitalizedFirst) }),
            first < run.upperBound - 1
        {
            return first
        }
        return run.upperBound - 2
    }

    /// A lower-case role that ends right before `index` ("Kremlin spokesman", "Trump's
    /// communications director"): returns where the role starts, including capitalised words
    /// and possessives before the title words.
    func roleBefore(_ index: Int, _ tokens: [ScanToken]) -> Int? {
        guard index > 0, isTitle(endingAt: index - 1, from: max(0, index - 3), tokens) else { return nil }
        var start = index - 1
        while start > 0 {
            let previous = tokens[start - 1]
            let joins = previous.kind == .possessive
                || (previous.isWord && (previous.isCapitalized || gazetteer.titles.contains(previous.lower)
                    || Self.roleModifiers.contains(previous.lower)))
            guard joins, !stopWords.contains(previous.lower) else { break }
            start -= 1
        }
        return start
    }

    /// Lower-case words that can sit inside a role: "deputy foreign minister", "former".
    static let roleModifiers: Set<String> = [
        "deputy", "foreign", "defense", "defence", "press", "communications", "senior", "top", "chief", "former",
        "state", "national", "security", "campaign", "white", "house", "interior", "finance", "health", "trade",
        "economic", "military", "presidential", "prime", "vice", "assistant", "general", "executive", "acting",
    ]

    /// Whether a title (of one to three words) ends at token `index`, starting no earlier than `floor`.
    func isTitle(endingAt index: Int, from floor: Int, _ tokens: [ScanToken]) -> Bool {
        guard tokens[index].isWord else { return false }
        var phrase = tokens[index].lower
        if gazetteer.titles.contains(phrase) { return true }
        var start = index - 1
        while start >= floor, start >= index - 2, tokens[start].isWord {
            phrase = tokens[start].lower + " " + phrase
            if gazetteer.titles.contains(phrase) { return true }
            start -= 1
        }
        return false
    }

    /// The scalar range covered by tokens `range`.
    func span(_ range: Range<Int>, _ tokens: [ScanToken]) -> TextRange {
        TextRange(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end)
    }
}
