import CorroborateCore
import CorroborateText
import Foundation

/// Merges the per-article entities of a story's articles into story entities. Two entities are
/// one when they share a surface form (ignoring case and diacritics); for people, when one is a single
/// word equal to the other's last word ("Peskov" = "Dmitry Peskov"), or when their first names are forms of one
/// name and their middle names agree ("Ed Donovan" = "Edwin Donovan", "Kenneth P. Thompson" = "Kenneth
/// Thompson"), or when they differ only in where their words break ("Rami Abdulrahman" = "Rami Abdul Rahman"); for organizations, when
/// one name of two words or more ends the other ("Foreign Ministry" = "Ukrainian Foreign Ministry"). The merged entity is named
/// by its fullest form and carries every alias, role and article.
public struct StoryEntities: Sendable {
    /// Per-article entity key -> story entity id, keyed by article id.
    public private(set) var entityIDs: [String: [String: String]] = [:]
    /// The merged entities, most mentioned first.
    public private(set) var entities: [Entity] = []
    /// Story entity id -> its index in `entities`.
    private var indexByID: [String: Int] = [:]

    /// Merges `perArticle`: each article id with the entities found in it (ids are the
    /// per-article keys that its mentions point to).
    public init(_ perArticle: [(article: String, entities: [Entity])]) {
        var groups: [EntityGroup] = []
        for (article, articleEntities) in perArticle {
            for entity in articleEntities {
                let candidate = EntityGroup(article: article, entity: entity)
                if let index = groups.firstIndex(where: { $0.matches(candidate) }) {
                    groups[index].absorb(candidate)
                } else {
                    groups.append(candidate)
                }
            }
        }
        groups.sort { $0.entity.mentions > $1.entity.mentions || ($0.entity.mentions == $1.entity.mentions && $0.entity.name < $1.entity.name) }
        for group in groups {
            let id = "e-" + ContentHash.hex(group.entity.kind.rawValue + ":" + group.entity.name.lowercased()).prefix(12)
            for (article, key) in group.keys { entityIDs[article, default: [:]][key] = id }
            var entity = group.entity
            entity.id = id
            if indexByID[id] == nil { indexByID[id] = entities.count }
            entities.append(entity)
        }
    }

    /// The story entity id of an article's per-article entity key.
    public func id(article: String, key: String) -> String? { entityIDs[article]?[key] }

    /// The story entity with story entity id `id`.
    public func entity(id: String) -> Entity? { indexByID[id].map { entities[$0] } }

    /// The story entity whose name or alias is `name` (case-insensitive), or whose last name it is.
    public func entity(named name: String) -> Entity? {
        let probe = EntityGroup(article: "", entity: Entity(id: "", name: name, kind: .other, aliases: [name]))
        return entities.first { EntityGroup(article: "", entity: $0).matches(probe) }
    }
}

/// One entity gathered across articles.
struct EntityGroup {
    var entity: Entity
    var keys: [(article: String, key: String)]
    /// The aliases folded for comparison (`folded`).
    private var forms: Set<String>
    /// Each per-article name absorbed, with the mentions of its entities.
    private var spellings: [String: Int]

    init(article: String, entity: Entity) {
        var entity = entity
        entity.aliases = Self.unique(entity.aliases + [entity.name])
        entity.articles = article.isEmpty ? entity.articles : [article]
        self.entity = entity
        keys = [(article, entity.id)]
        forms = Set(entity.aliases.map(Self.folded))
        spellings = [entity.name: entity.mentions]
    }

    func matches(_ other: EntityGroup) -> Bool {
        let kinds = (entity.kind, other.entity.kind)
        guard kinds.0 == kinds.1 || kinds.0 == .other || kinds.1 == .other else { return false }
        if !forms.isDisjoint(with: other.forms) { return true }
        let a = Self.words(entity.name), b = Self.words(other.entity.name)
        if kinds.0 == .organization, kinds.1 == .organization { return Self.isQualified(a, b) || Self.isQualified(b, a) }
        guard kinds.0 == .person || kinds.1 == .person else { return false }
        if Self.spacedAlike(a, b) { return true }
        return a.last == b.last && (a.count == 1 || b.count == 1 || a == b || Self.sameGivenNames(a, b))
    }

    mutating func absorb(_ other: EntityGroup) {
        spellings.merge(other.spellings, uniquingKeysWith: +)
        entity.name = Self.name(entity.name, mentions: spellings[entity.name] ?? 0, or: other.entity.name, mentions: spellings[other.entity.name] ?? 0)
        if entity.kind == .other { entity.kind = other.entity.kind }
        entity.aliases = Self.unique(entity.aliases + other.entity.aliases)
        entity.roles = Self.unique(entity.roles + other.entity.roles)
        entity.articles = Self.unique(entity.articles + other.entity.articles)
        entity.mentions += other.entity.mentions
        keys += other.keys
        forms.formUnion(other.forms)
    }

    /// The name a merged entity shows: the fuller of two (more words, then more characters); of two spellings that
    /// differ only in where the words break ("Michael Zehaf-Bibeau" / "Michael Zehaf Bibeau"), the one whose entities
    /// were mentioned more often.
    static func name(_ a: String, mentions countA: Int, or b: String, mentions countB: Int) -> String {
        let wordsA = words(a), wordsB = words(b)
        if spacedAlike(wordsA, wordsB) { return countB > countA ? b : a }
        if wordsA.count != wordsB.count { return wordsA.count > wordsB.count ? a : b }
        return b.count > a.count ? b : a
    }

    /// A name as compared: lower case, without diacritics ("Iñaky Blanco" is "inaky blanco").
    static func folded(_ name: String) -> String {
        name.allSatisfy(\.isASCII) ? name.lowercased() : name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Whether organization name `short` (two words or more) ends `long`: "foreign ministry" and
    /// "ukrainian foreign ministry".
    static func isQualified(_ short: [String], _ long: [String]) -> Bool {
        short.count >= 2 && long.count > short.count && Array(long.suffix(short.count)) == short
    }

    /// A name's lower-cased words, the Arabic article dropped ("Abu Bakr al-Baghdadi" and "Abu Bakr
    /// Baghdadi" are one name).
    static func words(_ name: String) -> [String] {
        folded(name).split(separator: " ").map { ArabicArticle.stripped($0) ?? String($0) }
    }

    /// Whether two names of two words or more differ only in where their words break: "Rami Abdulrahman" and
    /// "Rami Abdul Rahman", "Abdel-Majed Bary" and "Abdel Majed Bary".
    static func spacedAlike(_ a: [String], _ b: [String]) -> Bool {
        guard a.count >= 2, b.count >= 2, a != b, a.first?.prefix(1) == b.first?.prefix(1) else { return false }
        return a.joined().filter { $0 != "-" } == b.joined().filter { $0 != "-" }
    }

    static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
