import CorroborateCore

/// Age slots of people the articles do not name but who hold one role in the story: "his 18-year-old son" / "the
/// son, 19" / "the detained son was nine years old"; "a 31-year-old Salvadorean nun" / "a 33-year-old Salvadorean nun".
///
/// A role is a family noun (`RoleAges.family`: son, wife ...), read alone, or another role noun (`RoleAges.roles`:
/// nun, pilot ...) read only with the words that describe it between the age and the noun ("Salvadorean nun"), so
/// that "a 31-year-old Salvadorean nun" and "a 41-year-old Congolese nun" are two people. Two ages are one slot when
/// their role noun is equal and their descriptions are equal or one has none; they disagree under the rules of count
/// slots ("approximately 11" allows 10 to 12; an article giving both ages speaks of two people).
extension DiscrepancyFinder {
    struct RoleAge {
        var article: String
        var role: String
        var description: [String]
        var shown: String
        var age: Quantity
        var sentence: String
    }

    func roleAgeDiscrepancies(_ inputs: [StoryInput]) -> [Discrepancy] {
        let ages = inputs.flatMap { roleAges(in: $0) }
        func related(_ a: RoleAge, _ b: RoleAge) -> Bool {
            a.role == b.role && (a.description == b.description || a.description.isEmpty || b.description.isEmpty)
        }
        return UnionFind.groups(of: ages, related: related).compactMap { members in
            let slot = members.map { ages[$0] }
            let byArticle = Dictionary(grouping: slot, by: \.article)
            let disagree = slot.contains { a in
                slot.contains { b in
                    a.article < b.article && related(a, b) && a.age.contradicts(b.age)
                        && !byArticle[a.article, default: []].contains { !$0.age.contradicts(b.age) }
                        && !byArticle[b.article, default: []].contains { !$0.age.contradicts(a.age) }
                }
            }
            guard disagree else { return nil }
            let shown = slot.max { $0.description.count < $1.description.count }?.shown ?? slot[0].shown
            return Discrepancy(topic: "the \(shown)'s age", values: DiscrepancySlots.values(slot.map {
                .init(value: $0.age.display, article: $0.article, sentence: $0.sentence, order: $0.age.number)
            }))
        }
    }

    func roleAges(in input: StoryInput) -> [RoleAge] {
        input.annotated.sentences.flatMap { sentence -> [RoleAge] in
            let tokens = SlotToken.tokens(in: input.string(sentence), offset: sentence.start)
            var found: [RoleAge] = []
            func add(_ role: Int, _ description: ArraySlice<SlotToken>, _ age: Quantity) {
                guard (1...119).contains(age.number) else { return }
                let shown = (description.map(\.text) + [tokens[role].lower]).joined(separator: " ")
                found.append(RoleAge(article: input.article.id, role: tokens[role].lower, description: description.map(\.lower),
                                     shown: shown, age: age, sentence: input.sentence(containing: tokens[role].start)))
            }
            for (index, token) in tokens.enumerated() {
                // "his 18-year-old son", "a 31-year-old Salvadorean nun"
                if let years = StatedAges.yearOld(token) {
                    let window = tokens[(index + 1)..<min(tokens.count, index + 1 + ageNameWords)]
                    guard let role = window.firstIndex(where: { RoleAges.isRole($0) }),
                          !tokens[(index + 1)..<role].contains(where: { $0.isPunctuation || RoleAges.notDescriptions.contains($0.lower) })
                    else { continue }
                    let description = tokens[(index + 1)..<role]
                    if description.isEmpty && !RoleAges.family.contains(tokens[role].lower) { continue }
                    add(role, description, Quantity(number: Double(years), bound: .exact))
                    continue
                }
                guard RoleAges.family.contains(token.lower), !token.isCapitalised || index == 0 else { continue }
                // "the son, 19,"
                if index + 3 < tokens.count, tokens[index + 1].text == ",", tokens[index + 2].isDigits, [",", "."].contains(tokens[index + 3].text),
                   let years = Double(tokens[index + 2].text) {
                    add(index, [], Quantity(number: years, bound: .exact))
                    continue
                }
                // "the detained son was nine years old", "his son is now approximately 11 years old"
                var next = index + 1
                guard next < tokens.count, ["is", "was"].contains(tokens[next].lower) else { continue }
                next += 1
                if next < tokens.count, tokens[next].lower == "now" { next += 1 }
                guard next + 2 < tokens.count, let (age, _, last) = QuantityReader.read(tokens, at: next)
                        ?? (next + 3 < tokens.count ? QuantityReader.read(tokens, at: next + 1) : nil),
                      age.bound != .vague, last + 2 < tokens.count, tokens[last + 1].lower == "years", tokens[last + 2].lower == "old"
                else { continue }
                add(index, [], age)
            }
            return found
        }
    }
}

enum RoleAges {
    /// Family roles: one such person per story is usual, so "the son" alone is read as a role.
    static let family: Set<String> = [
        "son", "daughter", "wife", "husband", "mother", "father", "brother", "sister", "grandson", "granddaughter",
        "grandmother", "grandfather", "nephew", "niece", "girlfriend", "boyfriend", "stepson", "stepdaughter", "widow", "widower",
    ]
    /// Other roles, read only with a description ("Salvadorean nun").
    static let roles: Set<String> = ["nun", "priest", "pilot", "gunman", "shooter", "hoaxer", "bomber", "monk", "imam", "pastor"]
    /// Words that end a description: the age belongs to someone else ("a 24-year-old who shot his father").
    static let notDescriptions: Set<String> = ["who", "whose", "and", "or", "with", "of", "in", "from", "to", "was", "is", "had", "has"]

    static func isRole(_ token: SlotToken) -> Bool {
        family.contains(token.lower) || roles.contains(token.lower)
    }
}
