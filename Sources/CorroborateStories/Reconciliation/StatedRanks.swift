import CorroborateCore

/// Rank slots: one named person given two military or police ranks that cannot both hold ("Cpl. Adam Vell" in
/// one article, "Sergeant Adam Vell" in another).
///
/// A rank is read from the capitalised rank words right before a person mention, or opening it ("Lt. Gen.
/// Rashid Flaih", "Detective Sergeant Vell"), abbreviations written out (`StatedRanks.words`). Titles that are no
/// rank (spokesman, minister, president) are not read: a person holds several of them at once. Two ranks are the
/// same value when the words of one are all words of the other ("Gen." for a "Lt. Gen.", "Staff Sgt." and "Sgt.":
/// a second reference shortens a rank). A rank after "former", "retired", "then", "ex", "later" or in a sentence that
/// says "promoted" is a past or changed one and is not read. Ranks of one story person that differ between two
/// articles are a discrepancy, unless an article gives both.
extension DiscrepancyFinder {
    struct StatedRank {
        var article: String
        var person: String
        var name: String
        var rank: [String]
        var sentence: String
    }

    func rankDiscrepancies(_ inputs: [StoryInput], entities: StoryEntities) -> [Discrepancy] {
        let ranks = inputs.flatMap { statedRanks(in: $0, entities: entities) }
        var persons: [String] = []
        for rank in ranks where !persons.contains(rank.person) { persons.append(rank.person) }
        return persons.compactMap { person in
            let slot = ranks.filter { $0.person == person }
            let byArticle = Dictionary(grouping: slot, by: \.article)
            let disagree = slot.contains { a in
                slot.contains { b in
                    a.article < b.article && StatedRanks.exclusive(a.rank, b.rank)
                        && !byArticle[a.article, default: []].contains { !StatedRanks.exclusive($0.rank, b.rank) }
                        && !byArticle[b.article, default: []].contains { !StatedRanks.exclusive($0.rank, a.rank) }
                }
            }
            guard disagree else { return nil }
            return Discrepancy(topic: "\(slot[0].name)'s rank", values: DiscrepancySlots.values(slot.map {
                .init(value: $0.rank.joined(separator: " "), article: $0.article, sentence: $0.sentence)
            }))
        }
    }

    func statedRanks(in input: StoryInput, entities: StoryEntities) -> [StatedRank] {
        let persons = input.annotated.mentions.filter { $0.kind == .person }
        return input.annotated.sentences.flatMap { sentence -> [StatedRank] in
            let text = input.string(sentence)
            let tokens = SlotToken.tokens(in: text, offset: sentence.start)
            if tokens.contains(where: { $0.lower.hasPrefix("promot") }) { return [] }
            return persons.filter { $0.start >= sentence.start && $0.end <= sentence.end }.compactMap { mention in
                guard let first = tokens.firstIndex(where: { $0.start >= mention.start }),
                      let id = entities.id(article: input.article.id, key: mention.entity) else { return nil }
                // Rank words opening the mention ("Cpl. Adam Vell" read as one name), then those before it.
                var index = first
                var rank: [String] = []
                while index < tokens.count, tokens[index].end <= mention.end, let word = StatedRanks.rankWord(tokens, index) {
                    rank.append(word)
                    index += tokens.indices.contains(index + 1) && tokens[index + 1].text == "." ? 2 : 1
                }
                guard index < tokens.count, tokens[index].start < mention.end else { return nil }
                var back = first - 1
                var before: [String] = []
                while back >= 0 {
                    if tokens[back].text == ".", back > 0, let word = StatedRanks.rankWord(tokens, back - 1) {
                        before.insert(word, at: 0)
                        back -= 2
                    } else if let word = StatedRanks.rankWord(tokens, back) {
                        before.insert(word, at: 0)
                        back -= 1
                    } else { break }
                }
                rank = before + rank
                guard let head = rank.last, StatedRanks.heads.contains(head) else { return nil }
                if back >= 0, StatedRanks.past.contains(tokens[back].lower) { return nil }
                // "Attorney General", "Inspector General": offices, no ranks.
                if rank == ["inspector", "general"] { return nil }
                if rank == ["general"], back >= 0, StatedRanks.offices.contains(tokens[back].lower) { return nil }
                let name = DiscrepancySlots.name(of: mention, in: input, entities: entities)
                let nameWords = Set(DiscrepancySlots.words(in: name, offset: 0).map(\.word))
                let rest = text.unicodeScalars.dropFirst(tokens[index].start - sentence.start).prefix(mention.end - tokens[index].start)
                let mentioned = DiscrepancySlots.words(in: String(String.UnicodeScalarView(rest)), offset: 0)
                guard mentioned.contains(where: { nameWords.contains($0.word) }) else { return nil }
                return StatedRank(article: input.article.id, person: id, name: name, rank: rank,
                                  sentence: input.sentence(containing: mention.start))
            }
        }
    }
}

enum StatedRanks {
    /// Rank words and their abbreviations, written out.
    static let words: [String: String] = [
        "private": "private", "pte": "private", "pvt": "private", "lance": "lance", "corporal": "corporal", "cpl": "corporal",
        "sergeant": "sergeant", "sgt": "sergeant", "staff": "staff", "master": "master", "warrant": "warrant",
        "lieutenant": "lieutenant", "lt": "lieutenant", "captain": "captain", "capt": "captain", "major": "major",
        "maj": "major", "colonel": "colonel", "col": "colonel", "brigadier": "brigadier", "brig": "brigadier",
        "general": "general", "gen": "general", "admiral": "admiral", "adm": "admiral", "vice": "vice", "rear": "rear",
        "commodore": "commodore", "constable": "constable", "detective": "detective", "inspector": "inspector",
        "superintendent": "superintendent", "supt": "superintendent", "insp": "inspector", "det": "detective",
    ]
    /// The words a rank ends in; the others only qualify one ("Staff", "Lance", "Vice", "Detective").
    static let heads: Set<String> = [
        "private", "corporal", "sergeant", "lieutenant", "captain", "major", "colonel", "brigadier", "general",
        "admiral", "commodore", "constable", "inspector", "superintendent",
    ]
    /// Words before "General" that make it an office ("Attorney General").
    static let offices: Set<String> = [
        "attorney", "surgeon", "governor", "secretary", "director", "solicitor", "postmaster", "consul", "auditor",
        "comptroller", "adjutant", "procurator", "prosecutor", "inspector", "accountant", "registrar", "commissary",
    ]
    /// Words before a rank that make it a past one.
    static let past: Set<String> = ["former", "retired", "then", "ex", "later", "onetime", "one-time"]

    /// The written-out rank word of a capitalised token, if it is one.
    static func rankWord(_ tokens: [SlotToken], _ index: Int) -> String? {
        guard tokens.indices.contains(index), tokens[index].isCapitalised else { return nil }
        return words[tokens[index].lower]
    }

    /// Whether two ranks cannot both be the person's: neither's words are all words of the other.
    static func exclusive(_ a: [String], _ b: [String]) -> Bool {
        !Set(a).isSubset(of: Set(b)) && !Set(b).isSubset(of: Set(a))
    }
}
