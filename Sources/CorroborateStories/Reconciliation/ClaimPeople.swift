import CorroborateCore

/// Who a claim text is about: the story's people it names, the first of them its subject. "Seth Rogen is being
/// talked about for the part of Steve Wozniak, Jobs' Apple co-founder" and "Christian Bale will not be playing Steve
/// Jobs in the upcoming movie about the Apple co-founder" share the film's words, but neither names the other's first
/// person, so they are two claims however alike their words are; "Steve Wozniak will be played by Seth Rogen" and
/// "Seth Rogen is set to play Steve Wozniak" name each other's, "the leader of al-Shabab was killed" and "Ahmed
/// Godane, the co-founder of al-Shabab, has been killed" one of them, and texts naming no one are compared as before.
struct ClaimPeople: Equatable {
    /// The id of the person named first.
    var first: String?
    /// The ids of every person named.
    var all: Set<String> = []

    /// The story's people one of whose names (longer than two letters) `text` contains as whole words.
    init(in text: String, entities: StoryEntities) {
        var earliest: (start: String.Index, length: Int, id: String)?
        for entity in entities.entities where entity.kind == .person {
            let found = ([entity.name] + entity.aliases).filter { $0.count > 2 }.compactMap { name in Self.wordRange(name, in: text).map { ($0.lowerBound, name.count) } }
            guard let (start, length) = found.min(by: { ($0.0, -$0.1) < ($1.0, -$1.1) }) else { continue }
            all.insert(entity.id)
            // The earliest name, the longest of those starting there ("Steve Wozniak", not a "Steve" of Steve Jobs's).
            if earliest.map({ (start, -length) < ($0.start, -$0.length) }) ?? true { earliest = (start, length, entity.id) }
        }
        first = earliest?.id
    }

    init() {}

    /// Whether two texts are about different people: neither names the other's first person.
    func differ(from other: ClaimPeople) -> Bool {
        guard let first, let otherFirst = other.first else { return false }
        return !other.all.contains(first) && !all.contains(otherFirst)
    }

    /// Where `phrase` first occurs in `text` with no letter right before or after it.
    static func wordRange(_ phrase: String, in text: String) -> Range<String.Index>? {
        var from = text.startIndex
        while let range = text.range(of: phrase, range: from..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return range }
            from = text.index(after: range.lowerBound)
        }
        return nil
    }
}
