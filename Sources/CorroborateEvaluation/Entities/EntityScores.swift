import CorroborateCore

/// Entity recognition scores summed over documents (see `add(system:gold:in:)` for the definitions).
public struct EntityScores: Sendable {
    /// Counts for precision, recall and F1.
    public struct Count: Sendable {
        public var matched = 0
        public var system = 0
        public var gold = 0
        public var precision: Double { system == 0 ? 0 : Double(matched) / Double(system) }
        public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public var documents = 0
    /// Name forms per document, kind ignored.
    public var forms = Count()
    /// Name forms per document with the kind of their entity.
    public var typedForms = Count()
    /// Entities matched one to one by their name forms, kind ignored.
    public var entities = Count()
    /// Entities of each kind matched to a gold entity of the same kind.
    public var byKind: [EntityKind: Count] = [:]
    /// Matched entities whose kind is the gold kind.
    public var kindCorrect = 0
    /// B-cubed alias clustering over the name forms found by both: precision and recall sums.
    public var cubedPrecision = 0.0, cubedRecall = 0.0, cubedForms = 0
    /// Role references ("the Russian president"): gold ones found and linked to the right entity.
    public var references = Count()
    /// Roles of matched entities, compared case-insensitively.
    public var roles = Count()
    /// Gold surface forms not written in the document's text (dropped before scoring).
    public var absentGoldForms = 0
    /// Human-readable errors, document by document.
    public var failures: [String] = []

    public init() {}

    public var cubedF1: Double {
        guard cubedForms > 0 else { return 0 }
        let p = cubedPrecision / Double(cubedForms), r = cubedRecall / Double(cubedForms)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// Adds one document: `system` entities (aliases are mention texts; events are out of the
    /// gold's scope and ignored) against `gold`, whose forms absent from `text` are dropped first.
    public mutating func add(system: [Entity], gold: [GoldEntity], in text: String, document: String) {
        documents += 1
        let goldSide = Side(gold: gold, text: text, absent: &absentGoldForms)
        let systemSide = Side(system: system.filter { $0.kind != .event })
        scoreForms(goldSide, systemSide, document: document)
        let pairs = EntityMatching.pairs(gold: goldSide.entities, system: systemSide.entities)
        scoreEntities(goldSide, systemSide, pairs, document: document)
        scoreClusters(goldSide, systemSide)
        scoreReferences(goldSide, systemSide, pairs, document: document)
    }

    private mutating func scoreForms(_ gold: Side, _ system: Side, document: String) {
        let goldForms = gold.formKinds, systemForms = system.formKinds
        forms.gold += goldForms.count
        forms.system += systemForms.count
        typedForms.gold += goldForms.count
        typedForms.system += systemForms.count
        for (form, kind) in systemForms {
            if let goldKind = goldForms[form] {
                forms.matched += 1
                if goldKind == kind { typedForms.matched += 1 }
            } else {
                failures.append("\(document)  spurious \(kind.rawValue) \"\(form)\"")
            }
        }
        for (form, kind) in goldForms where systemForms[form] == nil {
            failures.append("\(document)  missed \(kind.rawValue) \"\(form)\"")
        }
    }

    private mutating func scoreEntities(_ gold: Side, _ system: Side, _ pairs: [(Int, Int)], document: String) {
        entities.gold += gold.entities.count
        entities.system += system.entities.count
        entities.matched += pairs.count
        for entity in gold.entities { byKind[entity.kind, default: Count()].gold += 1 }
        for entity in system.entities { byKind[entity.kind, default: Count()].system += 1 }
        for (g, s) in pairs {
            let goldEntity = gold.entities[g], systemEntity = system.entities[s]
            if goldEntity.kind == systemEntity.kind {
                kindCorrect += 1
                byKind[goldEntity.kind, default: Count()].matched += 1
            } else {
                failures.append("\(document)  kind \(systemEntity.kind.rawValue) for \(goldEntity.kind.rawValue) \"\(goldEntity.name)\"")
            }
            let goldRoles = Set(goldEntity.roles.map(EntityForm.key)), systemRoles = Set(systemEntity.roles.map(EntityForm.key))
            roles.gold += goldRoles.count
            roles.system += systemRoles.count
            roles.matched += goldRoles.intersection(systemRoles).count
        }
    }

    private mutating func scoreClusters(_ gold: Side, _ system: Side) {
        let common = Set(gold.entityOfForm.keys).intersection(system.entityOfForm.keys)
        for form in common {
            guard let g = gold.entityOfForm[form], let s = system.entityOfForm[form] else { continue }
            let goldCluster = gold.entities[g].forms.intersection(common), systemCluster = system.entities[s].forms.intersection(common)
            let both = Double(goldCluster.intersection(systemCluster).count)
            cubedPrecision += both / Double(systemCluster.count)
            cubedRecall += both / Double(goldCluster.count)
            cubedForms += 1
        }
    }

    private mutating func scoreReferences(_ gold: Side, _ system: Side, _ pairs: [(Int, Int)], document: String) {
        let systemOfGold = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
        references.system += system.referenceOf.count
        for (form, g) in gold.referenceOf {
            references.gold += 1
            guard let s = system.referenceOf[form] else {
                failures.append("\(document)  missed reference \"\(form)\" -> \(gold.entities[g].name)")
                continue
            }
            if systemOfGold[g] == s {
                references.matched += 1
            } else {
                failures.append("\(document)  reference \"\(form)\" -> \(system.entities[s].name), gold \(gold.entities[g].name)")
            }
        }
    }
}
