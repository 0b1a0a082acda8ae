import CorroborateCore

/// Settles names of unknown kind that their context shows to be organizations: a possessive
/// followed by what companies and groups have ("Amazon's chief executive", "Sony's shares",
/// "Apple's stores"), "shares of|in X" or "stake in X", or a relative "which" after a comma
/// ("Sony, which is responsible"). One such mention settles every mention of the same name.
struct OrganizationContext {
    /// Lower-case nouns after "X's" that make X an organization.
    static let possessedNouns: Set<String> = [
        "shares", "stock", "board", "chairman", "ceo", "executives", "employees", "headquarters", "subsidiary",
        "subsidiaries", "stores", "shareholders", "investors", "revenue", "revenues", "profit", "profits", "sales",
        "founder", "co-founder", "spokesman", "spokeswoman", "spokesperson", "products", "customers", "brand", "executive",
    ]
    /// Lower-case words before "of"/"in" + X that make X an organization ("shares of Apple").
    static let stakeNouns: Set<String> = ["shares", "stake", "stakes", "stock"]

    func settle(_ runs: inout [NameRun], _ tokens: [ScanToken]) {
        var organizations: Set<String> = []
        for run in runs where run.kind == .other && showsOrganization(run.name, tokens) {
            organizations.insert(run.canonical)
        }
        for index in runs.indices where runs[index].kind == .other && organizations.contains(runs[index].canonical) {
            runs[index].kind = .organization
        }
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
