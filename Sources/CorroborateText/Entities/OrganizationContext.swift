import CorroborateCore

/// Settles names of unknown kind that their context shows to be organizations: a possessive
/// followed by what companies and groups have ("Amazon's chief executive", "Sony's shares",
/// "Apple's stores"), "shares of|in X" or "stake in X", or a relative "which" after a comma
/// ("Sony, which is responsible"), "the company"/"the band" referring back to it
/// (`referredRuns`). One such mention settles every mention of the same name.
struct OrganizationContext {
    /// Lower-case nouns after "X's" that make X an organization.
    static let possessedNouns: Set<String> = [
        "shares", "stock", "board", "chairman", "ceo", "executives", "employees", "headquarters", "subsidiary",
        "subsidiaries", "stores", "shareholders", "investors", "revenue", "revenues", "profit", "profits", "sales",
        "founder", "co-founder", "spokesman", "spokeswoman", "spokesperson", "products", "customers", "brand", "executive",
        // What teams and bands have.
        "manager", "boss", "coach", "squad", "players", "striker", "midfielder", "defender", "goalkeeper", "fans",
        "album", "albums", "frontman", "drummer", "guitarist", "bassist", "members", "lineup", "line-up",
    ]
    /// Lower-case nouns after "the" that refer back to an organization named shortly before ("Amazon
    /// ... the company", "Radiohead ... the band").
    static let anaphorNouns: Set<String> = [
        "company", "firm", "retailer", "chain", "group", "band", "club", "team", "label", "carrier", "airline",
        "giant", "conglomerate", "manufacturer", "maker", "startup", "store", "department",
    ]
    /// How many tokens before "the company" the organization may be named.
    static let anaphorWindow = 40
    /// Lower-case words before "of"/"in" + X that make X an organization ("shares of Apple").
    static let stakeNouns: Set<String> = ["shares", "stake", "stakes", "stock"]

    func settle(_ runs: inout [NameRun], _ tokens: [ScanToken]) {
        var organizations: Set<String> = []
        for run in runs where run.kind == .other && showsOrganization(run.name, tokens) {
            organizations.insert(run.canonical)
        }
        for index in referredRuns(runs, tokens) { organizations.insert(runs[index].canonical) }
        for index in runs.indices where runs[index].kind == .other && organizations.contains(runs[index].canonical) {
            runs[index].kind = .organization
        }
    }

    /// The runs of unknown kind that a later "the company", "the band" (`anaphorNouns`) refers to:
    /// the latest name before it within `anaphorWindow` tokens that is no place (nor a name after
    /// "in"), event or single word at a sentence start,
    /// when that name is of kind `other` ("Amazon is going to open a store in New York ... the
    /// company": Amazon, not New York).
    func referredRuns(_ runs: [NameRun], _ tokens: [ScanToken]) -> [Int] {
        var found: [Int] = []
        var next = 0
        for index in tokens.indices.dropFirst() where tokens[index - 1].lower == "the" && Self.anaphorNouns.contains(tokens[index].lower) {
            while next < runs.count, runs[next].name.upperBound <= index - 1 { next += 1 }
            let before = runs[..<next].lastIndex {
                $0.kind != .place && $0.kind != .event && !Self.isLoneSentenceStart($0, tokens) && !Self.followsIn($0, tokens)
            }
            guard let before, index - runs[before].name.upperBound <= Self.anaphorWindow, runs[before].kind == .other else { continue }
            found.append(before)
        }
        return found
    }

    /// Whether `run` is a single word at a sentence start, which is dropped unless its kind is
    /// known ("Leases ...").
    static func isLoneSentenceStart(_ run: NameRun, _ tokens: [ScanToken]) -> Bool {
        run.name.count == 1 && EntityRecognizer.isSentenceInitial(run.name.lowerBound, tokens)
    }

    /// Whether "in" comes right before `run`, which makes an unknown name a place (`PlaceContext`,
    /// settled after this).
    static func followsIn(_ run: NameRun, _ tokens: [ScanToken]) -> Bool {
        run.name.lowerBound > 0 && tokens[run.name.lowerBound - 1].lower == "in"
    }

    /// Whether the words around the name at `range` show an organization.
    func showsOrganization(_ range: Range<Int>, _ tokens: [ScanToken]) -> Bool {
        let end = range.upperBound, start = range.lowerBound
        if end + 1 < tokens.count, tokens[end].kind == .possessive {
            var next = end + 1
            if tokens[next].lower == "chief", next + 1 < tokens.count { next += 1 }
            if Self.possessedNouns.contains(tokens[next].lower) { return true }
        }
        if start >= 2, ["of", "in"].contains(tokens[start - 1].lower), Self.stakeNouns.contains(tokens[start - 2].lower) { return true }
        return end + 1 < tokens.count && tokens[end].lower == "," && tokens[end + 1].lower == "which"
    }
}
