import CorroborateCore

/// Links an acronym defined in parentheses right after a name to that name: "Bangladesh
/// Nationalist Party (BNP)", "Liberation Tigers of Tamil Eelam (LTTE)". The acronym must be one
/// capitalised word whose letters are the initials of the name's capitalised words, in any order
/// ("Revolutionary Armed Forces of Colombia (FARC)"). The acronym and its later mentions join the
/// name's entity; a name of unknown or person kind becomes an organization.
enum AcronymAliases {
    static func link(_ runs: inout [NameRun], names: inout [String], _ tokens: [ScanToken]) {
        var known: [String: (kind: EntityKind, canonical: String)] = [:]
        for index in runs.indices {
            if runs[index].name.count == 1, let alias = known[names[index]] {
                runs[index].kind = alias.kind
                runs[index].canonical = alias.canonical
                continue
            }
            guard index > 0, isDefinition(runs[index], after: runs[index - 1], tokens) else { continue }
            let name = runs[index - 1]
            guard initials(name.name, tokens) == letters(names[index]) else { continue }
            let kind = name.kind == .person || name.kind == .other ? EntityKind.organization : name.kind
            runs[index - 1].kind = kind
            runs[index].kind = kind
            runs[index].canonical = name.canonical
            known[names[index]] = (kind, name.canonical)
        }
    }

    /// Whether `run` is one word in parentheses right after `name`.
    private static func isDefinition(_ run: NameRun, after name: NameRun, _ tokens: [ScanToken]) -> Bool {
        let open = run.name.lowerBound - 1, close = run.name.upperBound
        guard run.name.count == 1, open >= 1, close < tokens.count, name.name.upperBound == open else { return false }
        return tokens[open].lower == "(" && tokens[close].lower == ")"
    }

    /// The sorted first letters of the capitalised words in `range`.
    private static func initials(_ range: Range<Int>, _ tokens: [ScanToken]) -> [Character] {
        tokens[range].filter { $0.isWord && $0.isCapitalized }.compactMap(\.lower.first).sorted()
    }

    /// The sorted letters of an acronym written in capitals ("BNP"), or none when it is not one.
    private static func letters(_ acronym: String) -> [Character] {
        guard acronym.count >= 2, acronym.allSatisfy({ $0.isUppercase || $0 == "." }) else { return [] }
        return acronym.filter(\.isLetter).lowercased().sorted()
    }
}
