import CorroborateCore

extension StoryInput {
    /// `entities` with each person's role-and-name forms as written added to its aliases:
    /// "Kremlin spokesman Dmitry Peskov" when the text puts the role "Kremlin spokesman" right
    /// before a mention "Dmitry Peskov". The brief's aliases are every surface form seen; the
    /// per-article recognizer keeps names without their titles, as its evaluation gold does.
    static func addingRoleForms(to entities: [Entity], mentions: [Mention], scalars: [Unicode.Scalar]) -> [Entity] {
        entities.map { entity in
            guard entity.kind == .person, !entity.roles.isEmpty else { return entity }
            var entity = entity
            let roles = entity.roles.map { ($0, Array($0.unicodeScalars)) }
            for mention in mentions where mention.entity == entity.id {
                for (role, roleScalars) in roles {
                    let end = mention.start - 1, start = end - roleScalars.count
                    guard start >= 0, end < scalars.count, scalars[end] == " ",
                          start == 0 || !scalars[start - 1].properties.isAlphabetic,
                          Array(scalars[start..<end]) == roleScalars
                    else { continue }
                    let form = role + " " + mention.text
                    if !entity.aliases.contains(form) { entity.aliases.append(form) }
                }
            }
            return entity
        }
    }
}
