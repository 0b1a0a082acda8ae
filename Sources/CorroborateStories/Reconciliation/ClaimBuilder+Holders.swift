import CorroborateCore
import CorroborateText
import Foundation

/// Who holds a position: a story entity, or a name no entity carries ("spokesman for Trump").
struct ClaimHolder {
    var id: String?
    var name: String
}

/// One stance cue and the stretch of a sentence it governs.
struct StanceUnit {
    var range: TextRange
    var cue: PositionCues.Cue
    /// The cue's offset in the unit's text.
    var offset: Int
}

extension ClaimBuilder {
    /// The stance cues of a sentence, each with the clause it governs. A sentence joining two
    /// holders' positions ("The Kremlin rejected reports that ..., and a spokesman for Trump
    /// refused to comment") gives one unit per coordinated clause; otherwise the sentence is one
    /// unit with its longest cue.
    func stanceUnits(of range: TextRange, in input: StoryInput) -> [StanceUnit] {
        let sentence = input.string(range)
        guard let whole = cues.stance(in: sentence) else { return [] }
        let parts = Self.coordinatedClauses(of: sentence).flatMap { Self.withoutFrontedClause($0, in: sentence) }
        guard parts.count >= 2 else { return [StanceUnit(range: range, cue: whole.cue, offset: whole.offset)] }
        let clauses = parts.compactMap { clause -> StanceUnit? in
            let unit = TextRange(start: range.start + clause.start, end: range.start + clause.end)
            guard let found = cues.stance(in: input.string(unit)) else { return nil }
            return StanceUnit(range: unit, cue: found.cue, offset: found.offset)
        }
        return clauses.count >= 2 ? clauses : [StanceUnit(range: range, cue: whole.cue, offset: whole.offset)]
    }

    /// "Though some Iraqi news outlets have confirmed cases of Ebola, the country's health ministry has denied the
    /// reports": a clause opening with a subordinator ends at its first comma, and what follows is the main clause,
    /// with a subject and cue of its own.
    static func withoutFrontedClause(_ clause: TextRange, in sentence: String) -> [TextRange] {
        let scalars = Array(sentence.unicodeScalars)
        guard clause.end <= scalars.count else { return [clause] }
        let text = String(String.UnicodeScalarView(scalars[clause.start..<clause.end])).trimmingCharacters(in: .whitespaces)
        let lowered = text.lowercased()
        guard subordinators.contains(where: { lowered.hasPrefix($0 + " ") }),
              let comma = text.unicodeScalars.firstIndex(of: ",")
        else { return [clause] }
        let lead = String(String.UnicodeScalarView(scalars[clause.start..<clause.end])).unicodeScalars.count - text.unicodeScalars.count
        let cut = clause.start + lead + text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: comma)
        guard cut + 2 < clause.end else { return [clause] }
        return [TextRange(start: clause.start, end: cut), TextRange(start: cut + 2, end: clause.end)]
    }

    /// Words opening a fronted subordinate clause.
    static let subordinators = ["though", "although", "even though", "while", "whereas", "despite"]

    /// What opens a coordinated clause.
    static let clauseSeparators = [", and ", ", but ", "; ", ", while ", ", whereas "]

    /// Scalar ranges of `sentence` split where a new clause is coordinated (`clauseSeparators`).
    static func coordinatedClauses(of sentence: String) -> [TextRange] {
        let scalars = sentence.unicodeScalars
        var cuts: [(start: Int, end: Int)] = []
        for separator in clauseSeparators {
            var from = sentence.startIndex
            while let match = sentence.range(of: separator, range: from..<sentence.endIndex) {
                cuts.append((scalars.distance(from: scalars.startIndex, to: match.lowerBound), scalars.distance(from: scalars.startIndex, to: match.upperBound)))
                from = match.upperBound
            }
        }
        var ranges: [TextRange] = []
        var start = 0
        for cut in cuts.sorted(by: { $0.start < $1.start }) where cut.start >= start {
            ranges.append(TextRange(start: start, end: cut.start))
            start = cut.end
        }
        ranges.append(TextRange(start: start, end: scalars.count))
        return ranges.filter { $0.length > 0 }
    }

    /// Who holds the position a unit's cue gives: a quote's speaker known as a story entity,
    /// else, for a verdict ("hoax", "not true") outside any quote's text with no reporting verb between
    /// the last name and it, the article's outlet ("Hulk Hogan and Sylvester Stallone have all been
    /// victims of a death hoax" is the writer's verdict), else the last person or organization
    /// named before the cue (the principal's spokesperson when it is "a spokesman for X"), else a
    /// quote's unresolved speaker, else the first one named in the unit.
    func holder(of quote: Quote?, cue: PositionCues.Cue, range: TextRange, cueOffset: Int, input: StoryInput, entities: StoryEntities) -> ClaimHolder? {
        let cueStart = range.start + cueOffset
        if let quote, let name = quote.speakerName, let id = quote.speaker {
            // "According to RIA Novosti, Peskov stated that ...": the person speaks, the medium carries.
            let medium = entities.entity(id: id).map { [.agency, .outlet].contains($0.kind) } ?? false
            let person = input.annotated.mentions.last { $0.start >= range.start && $0.end <= cueStart && $0.kind == .person }
            if medium, let person { return holder(named: person, range: range, input: input, entities: entities) }
            return ClaimHolder(id: id, name: name)
        }
        let before = input.annotated.mentions.filter { $0.start >= range.start && $0.end <= cueStart && $0.kind != .place }
        // Outside the quote: "A fake news report claimed that ..." is the writer's verdict on the report.
        if cue.isVerdict, !(quote?.text.lowercased().contains(cue.phrase) ?? false), let outlet = input.article.outlet {
            let lead = input.string(TextRange(start: before.last?.end ?? range.start, end: cueStart)).lowercased()
            let reported = lead.split(whereSeparator: { !$0.isLetter }).contains { Self.verdictVerbs.contains(String($0)) }
            if !reported {
                if let credited = trailingCredit(after: cueStart, range: range, input: input) {
                    return holder(named: credited, range: range, input: input, entities: entities)
                }
                return ClaimHolder(id: entities.entity(named: outlet)?.id, name: outlet)
            }
        }
        if let agent = passiveAgent(cue: cue, cueStart: cueStart, range: range, cueOffset: cueOffset, input: input) {
            return agent.map { holder(named: $0, range: range, input: input, entities: entities) }
        }
        if quote == nil, let place = placeSubject(before: cueStart, after: before.last, range: range, input: input, entities: entities) {
            return place
        }
        if quote == nil, let holders = postersOnPlatform(before, range: range, input: input) { return holders }
        if quote == nil, let role = roleSubject(before: cueStart, after: before.last, range: range, input: input, entities: entities) { return role }
        // "Steven Cheung, Trump's communications director, declined": a possessive names whom the holder serves.
        // "An Apple spokeswoman told CNET that the company declined to comment": the hearer holds nothing.
        let speakers = before.filter { !isHearer($0, in: input) }
        if let mention = speakers.last(where: { !isPossessive($0, in: input) }) ?? speakers.last {
            return holder(named: mention, range: range, input: input, entities: entities)
        }
        if let quote, let name = quote.speakerName { return ClaimHolder(id: nil, name: name) }
        // Named after the cue as its agent ("was denied by the Kremlin"), in the cue's own clause: "Cuban media
        // outlets have denied ..., and the hype comes close to the death of Fidel Castro Odinga" names no holder,
        // nor does the cue's object ("some news outlets have confirmed cases of Ebola": the disease confirms nothing).
        let clause = cueClause(of: range, cueOffset: cueOffset, input: input)
        guard let mention = input.annotated.mentions.first(where: { $0.start >= clause.start && $0.end <= clause.end && $0.kind != .place }),
            mention.start >= cueStart,
            input.string(TextRange(start: cueStart, end: mention.start)).lowercased().split(whereSeparator: { !$0.isLetter }).contains("by")
        else { return nil }
        return holder(named: mention, range: range, input: input, entities: entities)
    }

    /// "Arabic press reports ... have been denied by the Royal Court": a cue after a form of "be" and followed by
    /// "by" is passive, and its agent, not the subject before it, holds the position: the name right after "by" (at
    /// most an article and two modifiers between, no comma), or no one when the agent is unnamed ("denied by an
    /// official spokesperson"). nil when the cue is not passive with an agent.
    private func passiveAgent(cue: PositionCues.Cue, cueStart: Int, range: TextRange, cueOffset: Int, input: StoryInput) -> Mention?? {
        let lead = input.string(TextRange(start: max(range.start, cueStart - 16), end: cueStart)).lowercased()
        guard let auxiliary = lead.split(whereSeparator: { !$0.isLetter }).last, PassiveVoice.beForms.contains(auxiliary) else { return nil }
        let clause = cueClause(of: range, cueOffset: cueOffset, input: input)
        guard cueStart < clause.end else { return nil }
        let cueWords = cue.phrase.split(separator: " ").count
        let after = input.string(TextRange(start: cueStart, end: clause.end)).lowercased().split(separator: " ")
        guard after.count > cueWords, after[cueWords] == "by" else { return nil }
        guard let agent = input.annotated.mentions.first(where: { $0.start > cueStart && $0.end <= clause.end && $0.kind != .place }) else { return .some(nil) }
        let gap = input.string(TextRange(start: cueStart, end: agent.start))
        guard gap.split(separator: " ").count - cueWords <= 4, !gap.contains(",") else { return .some(nil) }
        return agent
    }

    /// Whether a mention is the hearer of a telling ("told CNET that ..."), not a speaker.
    private func isHearer(_ mention: Mention, in input: StoryInput) -> Bool {
        let before = input.string(TextRange(start: max(0, mention.start - 9), end: mention.start)).lowercased()
        return before.hasSuffix("told ") || before.hasSuffix("told the ")
    }

    /// "Rumors of his death have been revealed to be a hoax, The Hollywood Reporter has confirmed": a name
    /// after the verdict and a comma, followed only by an auxiliary, a verb of saying or confirming and
    /// words of time to the unit's end, credits the verdict to its source rather than the writer.
    private func trailingCredit(after cueStart: Int, range: TextRange, input: StoryInput) -> Mention? {
        guard let mention = input.annotated.mentions.last(where: { $0.start > cueStart && $0.end <= range.end && $0.kind != .place }),
            input.string(TextRange(start: cueStart, end: mention.start)).contains(",")
        else { return nil }
        let words = input.string(TextRange(start: mention.end, end: range.end)).lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard let verb = words.firstIndex(where: { !["has", "have", "had"].contains($0) }), verb <= 1,
            Self.closingVerbs.contains(words[verb]) || Self.creditVerbs.contains(words[verb]),
            words[(verb + 1)...].allSatisfy({ Self.timeWords.contains($0) })
        else { return nil }
        return mention
    }

    /// Verbs of a trailing credit besides `closingVerbs`.
    static let creditVerbs: Set<String> = ["confirmed", "confirms", "told", "reports", "stated", "states"]

    /// The coordinated clause of `range` (`coordinatedClauses`) that holds the cue.
    private func cueClause(of range: TextRange, cueOffset: Int, input: StoryInput) -> TextRange {
        let clauses = Self.coordinatedClauses(of: input.string(range))
        let found = clauses.first { $0.start <= cueOffset && cueOffset < $0.end } ?? TextRange(start: 0, end: range.length)
        return TextRange(start: range.start + found.start, end: range.start + found.end)
    }

    /// "... but already Cuba has denied these rumors": a country or city named right before the cue, with at
    /// most auxiliaries and adverbs between, is the cue's subject (its government speaks), and no person named
    /// earlier in the sentence ("the rumors claim Fidel Castro's death ...").
    private func placeSubject(before cueStart: Int, after last: Mention?, range: TextRange, input: StoryInput, entities: StoryEntities) -> ClaimHolder? {
        guard let place = input.annotated.mentions.last(where: { $0.start >= range.start && $0.end <= cueStart }), place.kind == .place,
            place.start >= (last?.end ?? range.start)
        else { return nil }
        let gap = input.string(TextRange(start: place.end, end: cueStart)).lowercased().split(whereSeparator: { !$0.isLetter })
        guard gap.allSatisfy({ Self.roleAuxiliaries.contains(String($0)) || Self.subjectAdverbs.contains(String($0)) }) else { return nil }
        return holder(named: place, range: range, input: input, entities: entities)
    }

    /// Adverbs between a subject and its stance verb ("Cuba has flatly denied").
    static let subjectAdverbs: Set<String> = ["flatly", "strongly", "firmly", "repeatedly", "officially", "publicly", "categorically", "vehemently", "now"]

    func holder(named mention: Mention, range: TextRange, input: StoryInput, entities: StoryEntities) -> ClaimHolder {
        let id = entities.id(article: input.article.id, key: mention.entity)
        let entity = id.flatMap { entities.entity(id: $0) }
        let name = entity?.name ?? mention.text
        let before = input.string(TextRange(start: max(range.start, mention.start - 32), end: mention.start)).lowercased()
        guard let role = Self.spokesRoles.first(where: { before.hasSuffix("\($0) for ") || before.hasSuffix("\($0) of ") }) else {
            return ClaimHolder(id: id, name: name)
        }
        let surname = name.split(separator: " ").last.map { $0.lowercased() } ?? name.lowercased()
        let spokesperson = entities.entities.filter { candidate in
            candidate.kind == .person && candidate.roles.contains { role in
                let lowered = role.lowercased()
                return lowered.contains(surname) && Self.spokesRoles.contains { lowered.contains($0) }
            }
        }
        if spokesperson.count == 1, let found = spokesperson.first { return ClaimHolder(id: found.id, name: found.name) }
        return ClaimHolder(id: nil, name: "\(role) for \(name)")
    }

    /// "..., but the faction's supporters on Twitter and militant websites cast doubt": when every
    /// name in the cue's clause (after the last of `clauseSeparators` before it) is a platform the
    /// holders post on ("on X", "via X"), the holder is the short phrase opening the clause (at most
    /// six words), not the platform.
    private func postersOnPlatform(_ before: [Mention], range: TextRange, input: StoryInput) -> ClaimHolder? {
        guard let last = before.last else { return nil }
        let lead = input.string(TextRange(start: range.start, end: last.start))
        let clauseStart = Self.clauseSeparators.compactMap { lead.range(of: $0, options: .backwards) }
            .map { lead.unicodeScalars.distance(from: lead.unicodeScalars.startIndex, to: $0.upperBound) }.max() ?? 0
        let inClause = before.filter { $0.start >= range.start + clauseStart }
        guard let first = inClause.first, inClause.allSatisfy({ mention in
            let preceding = input.string(TextRange(start: max(range.start, mention.start - 4), end: mention.start)).lowercased()
            return preceding.hasSuffix("on ") || preceding.hasSuffix("via ")
        }) else { return nil }
        let opening = input.string(TextRange(start: range.start + clauseStart, end: first.start)).split(separator: " ").dropLast()
        guard (1...6).contains(opening.count), opening.dropFirst().allSatisfy({ $0.first?.isLowercase ?? false }) else { return nil }
        return ClaimHolder(id: nil, name: opening.joined(separator: " "))
    }

    /// "with his reps having dismissed similar rumors": a role phrase with no name in it right before
    /// the cue (a possessive pronoun or article and a person noun, then at most auxiliaries) is the
    /// cue's subject, not the last name before it; "his" and "her" read as that name's ("Macaulay
    /// Culkin's reps").
    private func roleSubject(before cueStart: Int, after last: Mention?, range: TextRange, input: StoryInput, entities: StoryEntities) -> ClaimHolder? {
        let lead = input.string(TextRange(start: last?.end ?? range.start, end: cueStart))
        var words = lead.split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.lowercased() }
        while let word = words.last, Self.roleAuxiliaries.contains(word) { words.removeLast() }
        if last == nil, let bare = bareSubject(lead) { return bare }
        if let institution = modifiedInstitution(words) { return institution }
        guard words.count >= 2, let noun = words.last, Self.roleDeterminers.contains(words[words.count - 2]) else { return nil }
        let singular = noun.hasSuffix("s") ? String(noun.dropLast()) : noun
        guard SourceNouns.personHeads.contains(singular) || Self.roleNouns.contains(noun) else { return nil }
        let determiner = words[words.count - 2]
        if ["his", "her"].contains(determiner), let last, last.kind == .person {
            let name = entities.id(article: input.article.id, key: last.entity).flatMap { entities.entity(id: $0) }?.name ?? last.text
            return ClaimHolder(id: nil, name: "\(name)'s \(noun)")
        }
        return ClaimHolder(id: nil, name: "\(determiner) \(noun)")
    }

    /// "the country's health ministry has denied": an institution noun after one lower-case modifier and a determiner
    /// (an article, or a place noun's possessive) is the cue's subject, named by the modifier and the noun ("the health
    /// ministry").
    private func modifiedInstitution(_ words: [String]) -> ClaimHolder? {
        guard words.count >= 3, let noun = words.last, Self.institutionNouns.contains(noun) else { return nil }
        let modifier = words[words.count - 2], determiner = words[words.count - 3]
        guard modifier.allSatisfy({ $0.isLetter && $0.isLowercase }), !Self.notModifiers.contains(modifier),
              determiner == "the" || Self.placePossessives.contains(determiner.replacingOccurrences(of: "’", with: "'"))
        else { return nil }
        return ClaimHolder(id: nil, name: "the \(modifier) \(noun)")
    }

    /// Institutions that speak as a body.
    static let institutionNouns: Set<String> = ["ministry", "department", "government", "police", "agency", "office", "authorities", "committee"]
    /// Possessives of a place noun standing for the place's institutions' determiner.
    static let placePossessives: Set<String> = ["country's", "nation's", "state's", "city's", "region's", "province's", "county's"]

    /// "Cuban media outlets have denied", "Kenyan police denied": a source noun with at most three modifiers and no article
    /// opening the clause (after its last comma) and standing right before the cue, as written.
    private func bareSubject(_ lead: String) -> ClaimHolder? {
        let clause = lead.split(separator: ",").last.map(String.init) ?? lead
        var words = clause.split(separator: " ").map(String.init)
        while let word = words.last, Self.roleAuxiliaries.contains(word.lowercased()) || Self.subjectAdverbs.contains(word.lowercased()) {
            words.removeLast()
        }
        guard (2...4).contains(words.count), let noun = words.last?.lowercased(),
            Self.sourceNouns.contains(noun) || noun.hasSuffix("s") && Self.sourceNouns.contains(String(noun.dropLast())),
            words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } }),
            !words.dropLast().contains(where: { Self.roleDeterminers.contains($0.lowercased()) || Self.notModifiers.contains($0.lowercased()) })
        else { return nil }
        return ClaimHolder(id: nil, name: words.joined(separator: " "))
    }

    /// Lower-case nouns heading a speaker phrase (`SourceNouns`).
    static let sourceNouns: Set<String> = (try? SourceNouns.bundled()) ?? []

    /// Words that never modify a bare subject's noun: articles, quantifiers, pronouns, conjunctions.
    static let notModifiers: Set<String> = [
        "a", "an", "some", "many", "several", "other", "these", "those", "this", "that", "and", "or", "but", "we", "they",
        "our", "my", "your", "who", "which", "when", "if", "as", "all", "most", "both",
    ]

    static let roleDeterminers: Set<String> = ["his", "her", "their", "its", "the"]
    static let roleNouns: Set<String> = ["reps", "rep", "representatives", "lawyers", "aides", "advisers", "spokesmen", "officials", "family"]
    static let roleAuxiliaries: Set<String> = ["having", "have", "has", "had", "also", "quickly", "swiftly", "later", "already", "since"]

    /// Whether a mention is followed by a possessive "'s".
    /// A name ending in "s" takes a bare apostrophe ("Tiger Woods' agent").
    private func isPossessive(_ mention: Mention, in input: StoryInput) -> Bool {
        let after = input.string(TextRange(start: mention.end, end: mention.end + 2))
        if after == "'s" || after == "’s" { return true }
        let bare = after == "' " || after == "’ "
        return bare && input.string(TextRange(start: mention.start, end: mention.end)).hasSuffix("s")
    }

    /// Verbs by which a named holder states a verdict ("The Kremlin called the report a hoax").
    static let verdictVerbs: Set<String> = [
        "said", "says", "say", "called", "calls", "call", "described", "describes", "labelled", "labeled", "branded",
        "dismissed", "told", "insisted", "insists", "added", "stated", "wrote", "writes", "tweeted", "declared", "termed",
        "deemed", "considers", "considered", "dubbed", "slammed", "claimed", "claims", "argued", "maintained",
    ]

    /// Roles that speak for someone else: "a spokesman for X" holds X's position as X's voice.
    static let spokesRoles = [
        "spokesman", "spokeswoman", "spokesperson", "press secretary", "communications director", "representative",
        "spokespeople", "aide", "lawyer", "attorney",
    ]

    /// The clause a cue governs: the first "that" clause after the cue ("denied that P",
    /// "rejected reports that P", "refuted another claim reported by X, which stated that P"),
    /// unless a verb of the holder's own saying comes first ("denied the report, saying that P":
    /// P is the holder's own statement, not the claim denied).
    func namedClaim(after cue: String, in sentence: String) -> String? {
        let lowered = sentence.lowercased()
        guard let cueRange = lowered.range(of: cue) else { return nil }
        let tail = String(sentence[cueRange.upperBound...])
        guard let that = tail.lowercased().range(of: " that ") else { return nil }
        let gap = tail[..<that.lowerBound].lowercased()
        let between = gap.split { !$0.isLetter }
        guard between.count <= 12, !between.contains(where: { Self.ownSaying.contains(String($0)) }) else { return nil }
        // "the report, emphasising that": a participle after a comma is the holder's own saying.
        if let comma = gap.lastIndex(of: ","), gap[comma...].split(separator: " ").contains(where: { $0.count > 5 && $0.hasSuffix("ing") }) { return nil }
        return clause(after: ["that"], in: String(tail[that.lowerBound...]))
    }

    static let ownSaying: Set<String> = [
        "saying", "said", "says", "adding", "added", "noting", "noted", "insisting", "insisted", "stressing", "explaining",
        "arguing", "telling", "told",
    ]
}
