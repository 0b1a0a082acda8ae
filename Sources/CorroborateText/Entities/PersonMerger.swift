/// Groups the person-name runs of one article that name the same person, and gives each group
/// a key: the fullest name written. "Peskov" joins "Dmitry Peskov" (same last word);
/// "Donald J Trump" joins "Donald Trump" (same first and last word, initials ignored); a later
/// full name upgrades a group started by a bare last name; a lone first name joins the one
/// person written in full before it with that first name. A bare last name that two people of the
/// article share joins the one its form of address fits ("Mrs. Obama" Michelle Obama, "Mr. Obama" Barack
/// Obama, by `givenNameSexes`); without one it joins the first, as before (recency was measured and not kept: it
/// took "Except Seidel" and a misspelt "Dario Ferrari"). A run of unknown kind joins a group
/// only by its last word ("Peskov" at a sentence start) and becomes a person.
struct PersonMerger {
    private struct Group {
        var words: [String]
        var key: String
        var members: [Int] = []
        var isPerson = false
    }

    private var groups: [Group] = []
    /// Last name word -> indices of the groups ending in it.
    private var byLast: [String: [Int]] = [:]
    /// Lower-cased given names -> the sex of most of their bearers (`Gazetteer.givenNameSexes`).
    var givenNameSexes: [String: Gazetteer.Sex] = [:]

    init(givenNameSexes: [String: Gazetteer.Sex] = [:]) {
        self.givenNameSexes = givenNameSexes
    }

    /// `(run index, entity key)` for every run that ends up in a person group.
    mutating func merge(_ candidates: [Int], _ runs: [NameRun], names: [String], _ tokens: [ScanToken]) -> [(Int, String)] {
        for index in candidates {
            let words = Self.nameWords(runs[index].name, tokens)
            guard let last = words.last else { continue }
            let isPerson = runs[index].kind == .person
            if let group = matchingGroup(words, last: last, sex: Self.sex(addressing: runs[index], tokens)) ?? firstNameGroup(words) {
                groups[group].members.append(index)
                groups[group].isPerson = groups[group].isPerson || isPerson
                if words.count > groups[group].words.count, isPerson {
                    groups[group].words = words
                    groups[group].key = names[index]
                }
            } else {
                byLast[last, default: []].append(groups.count)
                groups.append(Group(words: words, key: names[index], members: [index], isPerson: isPerson))
            }
        }
        return groups.filter(\.isPerson).flatMap { group in group.members.map { ($0, group.key) } }
    }

    private func matchingGroup(_ words: [String], last: String, sex: Gazetteer.Sex?) -> Int? {
        var best: Int?
        let candidates = byLast[last] ?? []
        // A bare last name two full names of the article end in: the one its form of address fits ("Mrs. Obama").
        if words.count == 1, let sex {
            let full = candidates.filter { groups[$0].isPerson && groups[$0].words.count >= 2 }
            let fitting = full.filter { givenNameSexes[groups[$0].words[0]] == sex }
            if full.count >= 2, let latest = fitting.last { return latest }
        }
        for index in candidates {
            let group = groups[index]
            if words.count >= 2, group.words.count >= 2, group.words.first != words.first { continue }
            if best == nil || (group.isPerson && group.words.count > groups[best ?? index].words.count) { best = index }
        }
        return best
    }

    /// The sex a name's form of address or title tells ("Mrs." female, "Mr." and "King" male), nil when none does.
    static func sex(addressing run: NameRun, _ tokens: [ScanToken]) -> Gazetteer.Sex? {
        guard let start = run.roleStart else { return nil }
        for index in start..<run.name.lowerBound {
            let word = tokens[index].lower.replacingOccurrences(of: ".", with: "")
            if FormsOfAddress.female.contains(word) { return .female }
            if FormsOfAddress.male.contains(word) { return .male }
        }
        return nil
    }

    /// The one person group whose full name starts with a lone first name ("21-year-old Dylan"
    /// after "Bunbury local Dylan Thomas", as features and tabloids write); nil when no group or
    /// more than one does (two Dylans stay apart).
    private func firstNameGroup(_ words: [String]) -> Int? {
        guard words.count == 1 else { return nil }
        let matches = groups.indices.filter { groups[$0].isPerson && groups[$0].words.count >= 2 && groups[$0].words.first == words[0] }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Lower-cased words of a name without initials and suffixes ("J.", "Jr.") and without the
    /// Arabic article ("al-Baghdadi" is "baghdadi", so "Baghdadi" and "Abu Bakr al-Baghdadi" join).
    static func nameWords(_ range: Range<Int>, _ tokens: [ScanToken]) -> [String] {
        tokens[range].compactMap { token in
            guard token.isWord else { return nil }
            if token.lower.hasSuffix("."), token.lower.count <= 4 { return nil }
            if token.lower.count == 1 || token.lower == "jr" || token.lower == "sr" { return nil }
            return ArabicArticle.stripped(token.lower) ?? token.lower
        }
    }
}
