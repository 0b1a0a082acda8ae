import CorroborateCore

/// One side (gold or system) of a document's entities, as sets of comparison keys.
struct Side {
    struct Item {
        var name: String
        var kind: EntityKind
        var forms: Set<String>
        var roles: [String]
    }

    var entities: [Item] = []
    /// Name form -> index of the first entity that has it.
    var entityOfForm: [String: Int] = [:]
    /// Role reference form -> index of the entity it refers to.
    var referenceOf: [String: Int] = [:]

    /// Name form -> kind of its entity.
    var formKinds: [String: EntityKind] {
        entityOfForm.mapValues { entities[$0].kind }
    }

    /// The gold side, without the forms that `text` does not contain.
    init(gold: [GoldEntity], text: String, absent: inout Int) {
        let plain = text.replacingOccurrences(of: "’", with: "'")
        for entity in gold {
            let present = entity.aliases.filter { Self.containsWord(plain, $0.replacingOccurrences(of: "’", with: "'")) }
            absent += entity.aliases.count - present.count
            add(name: entity.name, kind: entity.kind, forms: present, roles: entity.roles)
        }
    }

    /// Whether `text` holds `form` with no letter or digit right before or after it.
    static func containsWord(_ text: String, _ form: String) -> Bool {
        var searchStart = text.startIndex
        while let found = text.range(of: form, range: searchStart..<text.endIndex) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !(before?.isLetter ?? false || before?.isNumber ?? false), !(after?.isLetter ?? false || after?.isNumber ?? false) { return true }
            searchStart = text.index(after: found.lowerBound)
        }
        return false
    }

    /// The system side: each entity's aliases are its mention texts.
    init(system: [Entity]) {
        for entity in system {
            add(name: entity.name, kind: entity.kind, forms: entity.aliases, roles: entity.roles)
        }
    }

    private mutating func add(name: String, kind: EntityKind, forms: [String], roles: [String]) {
        let names = forms.filter { !EntityForm.isReference($0) }.map(EntityForm.key)
        let index = entities.count
        for form in forms where EntityForm.isReference(form) { referenceOf[EntityForm.key(form)] = referenceOf[EntityForm.key(form)] ?? index }
        guard !names.isEmpty else {
            if forms.contains(where: EntityForm.isReference) { entities.append(Item(name: name, kind: kind, forms: [], roles: roles)) }
            return
        }
        entities.append(Item(name: name, kind: kind, forms: Set(names), roles: roles))
        for form in names where entityOfForm[form] == nil { entityOfForm[form] = index }
    }
}

/// Pairs gold and system entities one to one, most shared name forms first.
enum EntityMatching {
    static func pairs(gold: [Side.Item], system: [Side.Item]) -> [(Int, Int)] {
        var candidates: [(shared: Int, gold: Int, system: Int)] = []
        for (g, goldEntity) in gold.enumerated() {
            for (s, systemEntity) in system.enumerated() {
                let shared = goldEntity.forms.intersection(systemEntity.forms).count
                if shared > 0 { candidates.append((shared, g, s)) }
            }
        }
        candidates.sort { ($0.shared, -$0.gold, -$0.system) > ($1.shared, -$1.gold, -$1.system) }
        var usedGold = Set<Int>(), usedSystem = Set<Int>()
        var pairs: [(Int, Int)] = []
        for candidate in candidates where !usedGold.contains(candidate.gold) && !usedSystem.contains(candidate.system) {
            usedGold.insert(candidate.gold)
            usedSystem.insert(candidate.system)
            pairs.append((candidate.gold, candidate.system))
        }
        return pairs
    }
}
