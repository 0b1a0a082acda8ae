import CorroborateCore

/// Settles names whose kind was only guessed (`NameRun.isGuessed`) that their context shows to
/// be news outlets or web sites no list knows:
/// - a medium noun right before the name ("pro-North Korea newspaper Chonson Sinbo", "the
///   website Zorblax") or ending an appositive right after it ("Zorblax, a celebrity news website,",
///   "The Daily Courier, her hometown newspaper," but not "Zorblax, a newspaper columnist");
/// - a masthead word ending a name of two words or more ("The Prescott Daily Courier", "Zorblax Gazette");
/// - "an article in X", "a column in X";
/// - a report taken from it: "reports from X", "a report by X", "reported by X"; "according to
///   X" (X ending its noun phrase: not "according to the Mueller family spokesperson"), "X reported", "X is reporting" (these three only for a single unknown word of kind
///   `other`, since people and companies are quoted that way too); "told X" ending the clause
///   (`she told Radar Online.`, "told X in an interview");
/// - a name joined by "and" to one of these ("reports from Ikwiz and Movie Pilot").
/// One such mention settles every mention of the same name. A single word that ends a longer name
/// of the same text ("According to Kadalim" after "Taugan Tan Kadalim") is that name's bearer, never an
/// outlet.
struct OutletContext {
    /// Lower-case nouns naming a medium.
    static let mediumNouns: Set<String> = [
        "newspaper", "newspapers", "website", "websites", "site", "magazine", "tabloid", "daily", "weekly", "blog",
        "broadcaster", "outlet", "paper", "journal", "newsletter", "portal",
    ]
    /// Lower-case nouns of reporting before "from"/"by" + X.
    static let reportNouns: Set<String> = ["report", "reports", "reported", "reporting", "story", "article", "interview"]
    /// Words an appositive may hold between its article and its medium noun ("a celebrity news website").
    static let appositiveWindow = 4
    /// Words that open an appositive naming what the name is ("a newspaper", "her hometown newspaper").
    static let appositiveDeterminers: Set<String> = ["a", "an", "the", "her", "his", "its", "their"]
    /// Lower-case words that end the names of newspapers only ("The Daily Courier", "Arkansas Democrat-Gazette").
    static let mastheads: Set<String> = [
        "courier", "gazette", "herald", "tribune", "chronicle", "examiner", "inquirer", "enquirer", "dispatch", "courant",
        "sentinel", "democrat-gazette", "star-ledger", "star-tribune",
    ]
    /// Lower-case nouns of a piece of writing before "in" + X: "an article in X" names a publication.
    static let pieceNouns: Set<String> = ["article", "articles", "column", "editorial", "op-ed"]

    func settle(_ runs: inout [NameRun], _ tokens: [ScanToken]) {
        var outlets: Set<String> = []
        let surnames = Set(runs.filter { $0.name.count > 1 && $0.kind != .outlet }.map { tokens[$0.name.upperBound - 1].lower })
        for (position, run) in runs.enumerated() where run.isGuessed && showsOutlet(run, tokens) {
            if run.name.count == 1, surnames.contains(tokens[run.name.lowerBound].lower) { continue }
            outlets.insert(run.canonical)
            // "reports from Ikwiz and Movie Pilot": the name joined by "and" after it too.
            if position + 1 < runs.count, runs[position + 1].isGuessed, run.name.upperBound + 1 == runs[position + 1].name.lowerBound,
                tokens[run.name.upperBound].lower == "and"
            {
                outlets.insert(runs[position + 1].canonical)
            }
        }
        for index in runs.indices where runs[index].isGuessed && outlets.contains(runs[index].canonical) {
            runs[index].kind = .outlet
            runs[index].roleStart = nil
        }
    }

    /// Whether the words around `run` show an outlet.
    func showsOutlet(_ run: NameRun, _ tokens: [ScanToken]) -> Bool {
        var start = run.name.lowerBound
        if start > 0, tokens[start - 1].lower == "the" { start -= 1 }
        if start > 0, Self.mediumNouns.contains(tokens[start - 1].lower) { return true }
        if run.name.count >= 2, Self.mastheads.contains(tokens[run.name.upperBound - 1].lower) { return true }
        if start >= 2, tokens[start - 1].lower == "in", Self.pieceNouns.contains(tokens[start - 2].lower) { return true }
        if start >= 2, ["from", "by"].contains(tokens[start - 1].lower) {
            // 'cited "unconfirmed reports" from Ikwiz': a closing quotation may end the noun.
            let noun = tokens[start - 2].kind == .closeQuote && start >= 3 ? start - 3 : start - 2
            if Self.reportNouns.contains(tokens[noun].lower) { return true }
        }
        if run.kind == .other, start >= 2, tokens[start - 1].lower == "to", tokens[start - 2].lower == "according",
            endsNounPhrase(run.name.upperBound, tokens)
        {
            return true
        }
        if start >= 1, tokens[start - 1].lower == "told", toldEnds(run.name.upperBound, tokens) { return true }
        if run.kind == .other, isReporting(after: run.name.upperBound, tokens) { return true }
        let end = run.name.upperBound
        guard end + 2 < tokens.count, tokens[end].lower == ",", Self.appositiveDeterminers.contains(tokens[end + 1].lower) else { return false }
        for index in (end + 2)..<min(tokens.count, end + 2 + Self.appositiveWindow) {
            guard tokens[index].isWord else { return false }
            if Self.mediumNouns.contains(tokens[index].lower) { return endsNounPhrase(index + 1, tokens) }
        }
        return false
    }

    /// Whether what follows "told X" ends the clause, as when X is an outlet an interview was
    /// given to (`she told Radar Online.`, "told X in an interview"), not a person told something
    /// ("told Smith that", "told Smith to").
    private func toldEnds(_ index: Int, _ tokens: [ScanToken]) -> Bool {
        guard index < tokens.count else { return true }
        let next = tokens[index]
        return [".", ";", "!", "?"].contains(next.lower) || next.kind == .lineBreak || ["in", "on"].contains(next.lower)
    }

    /// Whether "reported", "reports" or "is|was reporting" follows a single unknown word ("Gawker is
    /// reporting that").
    private func isReporting(after index: Int, _ tokens: [ScanToken]) -> Bool {
        guard index < tokens.count else { return false }
        if tokens[index].lower == "reported" { return true }
        // "Early reports indicate ...": "reports" is a noun when a verb follows it.
        if tokens[index].lower == "reports" {
            return index + 1 >= tokens.count || !Self.verbsAfterReportsNoun.contains(tokens[index + 1].lower)
        }
        return index + 1 < tokens.count && ["is", "was"].contains(tokens[index].lower) && tokens[index + 1].lower == "reporting"
    }

    /// Verbs whose subject is the noun "reports" ("Early reports indicate", "Media reports said").
    static let verbsAfterReportsNoun: Set<String> = [
        "indicate", "indicated", "say", "said", "suggest", "suggested", "claim", "claimed", "show", "showed", "state",
        "stated", "are", "were", "have", "had", "emerged", "surfaced", "circulated", "claiming", "suggesting",
    ]

    /// Whether the medium noun (or name) before `index` ends its noun phrase ("a website that", "a tabloid,"),
    /// so it names what the name is, not a person's job ("a newspaper columnist", "the paper's editor").
    private func endsNounPhrase(_ index: Int, _ tokens: [ScanToken]) -> Bool {
        guard index < tokens.count, tokens[index].kind != .possessive else { return index >= tokens.count }
        return !tokens[index].isWord || Self.phraseEnders.contains(tokens[index].lower)
    }

    /// Lower-case words that may follow a medium noun ending its phrase.
    static let phraseEnders: Set<String> = [
        "that", "which", "based", "owned", "run", "published", "in", "of", "for", "known", "founded", "and", "with", "devoted",
    ]
}
