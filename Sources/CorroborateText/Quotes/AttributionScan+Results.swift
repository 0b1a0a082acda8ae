import CorroborateCore

extension AttributionScan {
    /// The quotes in text order, with speaker names resolved and intermediaries listed.
    func results() -> [DetectedQuote] {
        var speakerMemory: (name: String, sentence: Int)?
        var institutionMemory: (name: String, sentence: Int)?
        return found.sorted { $0.content.start < $1.content.start }.map { item in
            var span = QuoteSpan(content: item.content, kind: item.kind)
            // "an Egyptian refugee who is said to have been an aide", "Baghdadi is believed to have three wives": the
            // raised subject is what is said, not who says it.
            if let found = item.speaker, !raisesItsSubject(item.cue) {
                let speaker = withoutOpeningTime(widenedToSource(widenedToName(found), before: item.cue))
                let range = TextRange(start: tokens[speaker.lowerBound].start, end: tokens[speaker.upperBound - 1].end)
                span.speaker = range
                var name = speakerName(speaker, memory: speakerMemory)
                // "US Central Command admitted ... But, it said, “...”": "it" is the institution that spoke last, within
                // the two sentences before.
                if name.text == nil, speaker.count == 1, tokens[speaker.lowerBound].lower == "it", let institutionMemory,
                    (0...2).contains(sentenceOf[speaker.lowerBound] - institutionMemory.sentence)
                {
                    name = (institutionMemory.name, false)
                }
                span.speakerName = name.text
                if let text = name.text, !name.isPerson,
                    mentions(within: range).contains(where: { Self.institutionKinds.contains($0.kind) && $0.entity == text })
                {
                    institutionMemory = (text, sentenceOf[speaker.lowerBound])
                }
                // A role phrase resolved to no entity ("An Islamic State fighter") is one too.
                if let text = name.text, name.isPerson || (namesAPersonByRole(speaker) && WordScanner.text(document.scalars, range).hasPrefix(text)) {
                    speakerMemory = (text, sentenceOf[speaker.lowerBound])
                }
            }
            if let cue = item.cue {
                span.cue = TextRange(start: tokens[cue.lowerBound].start, end: tokens[cue.upperBound - 1].end)
            }
            span.via = intermediaries(of: item, speaker: span.speakerName)
            return DetectedQuote(span: span, stage: item.stage)
        }
    }

    /// Kinds of speakers a later "it" can stand for.
    static let institutionKinds: Set<EntityKind> = [.organization, .outlet, .agency]

    /// The full name behind a speaker phrase: the named person in it (not one after "for" or
    /// "of": "a spokesman for Trump"; nor one a role's "of" governs: "The sister of the photojournalist
    /// Luke Somers" is the sister), else an outlet, agency or organization in it, else the
    /// phrase; "he"/"she"/"I" and role phrases ("the spokesman") resolve to the latest speaker
    /// of the last three sentences, else the latest person mentioned before.
    private func speakerName(_ whole: Range<Int>, memory: (name: String, sentence: Int)?) -> (text: String?, isPerson: Bool) {
        let phrase = whole.lowerBound..<(whole.dropFirst().first { [",", "("].contains(tokens[$0].lower) } ?? whole.upperBound)
        let span = TextRange(start: tokens[phrase.lowerBound].start, end: tokens[phrase.upperBound - 1].end)
        let inside = mentions(within: span)
        let people = inside.filter {
            $0.kind == .person && $0.end == span.end && !isObjectOfPreposition($0.start) && !isGovernedByRole($0.start, in: phrase)
                && !follows(PlaceContext.locatives, $0.start, in: phrase)
        }
        if let person = people.last { return (person.entity, true) }
        if let person = affiliatedPerson(in: span, inside) { return (person.entity, true) }
        // A role with the name in apposition ("Vellmar's mayor, Ilse Karow, said"): the name.
        if let person = appositiveName(after: phrase, in: whole) { return (person.entity, true) }
        // The role in apposition to a name, its closing comma left out ("Fawaz Gerges, a Middle East
        // expert at the London School of Economics said"): the name.
        if let person = nameBeforeApposition(phrase), people.isEmpty { return (person.entity, true) }
        // A clause as speaker phrase ("Peskov was quick to push back ..., saying that"): its subject,
        // when lower-case words follow the name (so "Yin Myint May" stays a name), and not its
        // possessive ("Foley's family confirmed" is the family, "Horner's mother" the mother) nor a
        // name modifying a source noun ("Wilson supporters say" are the supporters).
        if let subject = inside.first(where: { $0.kind == .person && $0.start == span.start }),
            let next = phrase.first(where: { tokens[$0].start >= subject.end }),
            tokens[next].kind != .possessive, !phrases.sourceNouns.contains(tokens[next].lower),
            phrase.contains(where: { tokens[$0].start >= subject.end && tokens[$0].isWord && !tokens[$0].isCapitalized })
        {
            return (subject.entity, true)
        }
        let word = tokens[phrase.lowerBound].lower
        if phrase.count == 1, word == "who" || word == "which", phrase.lowerBound > 1, tokens[phrase.lowerBound - 1].lower == ",",
            let antecedent = phrases.before(phrase.lowerBound - 1, floor: sentence(of: phrase.lowerBound).lowerBound, tokens),
            !(antecedent.count == 1 && ["who", "which"].contains(tokens[antecedent.lowerBound].lower))
        {
            return speakerName(antecedent, memory: memory)
        }
        if phrase.count == 1, word == "which" { return (nil, false) }
        // "talked to a spokesperson from Banksy's camp who said": "who" right after a noun phrase stands for it, not
        // for the speaker before.
        if phrase.count == 1, word == "who", phrase.lowerBound > 0, tokens[phrase.lowerBound - 1].isWord {
            return nounPhrase(before: phrase.lowerBound).map { speakerName($0, memory: nil) } ?? (nil, false)
        }
        if phrase.count == 1, ["he", "she", "i", "who"].contains(word) {
            // "she" never stands for "Michael Comeau", nor "he" for "Pamela Hatchfield".
            let fits = { (name: String) in !self.phrases.gazetteer.sexConflicts(pronoun: word, name: name) }
            if let memory, sentenceOf[phrase.lowerBound] - memory.sentence <= 3, fits(memory.name) {
                if let later = laterSubject(after: memory.sentence, before: phrase.lowerBound), fits(later.entity) {
                    return (later.entity, true)
                }
                return (memory.name, true)
            }
            if let person = antecedent(of: phrase.lowerBound, fits: fits) { return (person.entity, true) }
            return (nil, false)
        }
        if phrase.count == 1, SpeakerPhrases.pronouns.contains(word) { return (nil, false) }
        // "the newspaper said", "the website reported": the outlet named last before it, in this sentence or the four before.
        if phrase.count == 2, word == "the", OutletContext.mediumNouns.contains(tokens[phrase.lowerBound + 1].lower),
            let outlet = latestMention(before: span.start, within: 4, where: { $0.kind == .outlet })
        {
            return (outlet.entity, false)
        }
        // "another user on Twitter said" is the user, not Twitter.
        if let other = inside.last(where: {
            $0.kind != .person && $0.kind != .place && $0.end == span.end && !follows(["on"], $0.start, in: phrase)
        }) {
            return (other.entity, false)
        }
        return (WordScanner.text(document.scalars, span), false)
    }

    /// The noun phrase right before a relative "who" with no comma: the strict name phrase unless it is a place after
    /// its preposition ("an activist in Raqqa who posted" is the activist), else the phrase back to a clause boundary
    /// from its last article that follows no preposition ("helping to tackle a man who yelled" is "a man", "talked to a
    /// spokesperson from the camp who said" the spokesperson); nil when no article opens one.
    private func nounPhrase(before who: Int) -> Range<Int>? {
        let floor = sentence(of: who).lowerBound
        if let strict = phrases.strict(endingAt: who, floor: floor, tokens),
            !(strict.lowerBound > floor && PlaceContext.locatives.contains(tokens[strict.lowerBound - 1].lower))
        {
            return strict
        }
        guard let loose = phrases.loose(endingAt: who, floor: floor, tokens) else { return nil }
        let articles = loose.filter { ["a", "an", "the"].contains(tokens[$0].lower) }
        let opening = articles.last {
            $0 == loose.lowerBound || !SpeakerPhrases.prepositions.contains(tokens[$0 - 1].lower) && tokens[$0 - 1].lower != "of"
        }
        return (opening ?? articles.first).map { $0..<loose.upperBound }
    }

    /// The person a phrase names before where they work, at its end ("His friend Alex Sherman of Bloomberg News",
    /// "Emma Owen of Lego UK"): the name right before "of", "at" or "from" (and "the") and an organization's
    /// name that ends the phrase.
    private func affiliatedPerson(in span: TextRange, _ inside: [Mention]) -> Mention? {
        guard let last = inside.last, last.end == span.end, last.kind != .person, last.kind != .place,
            var index = tokenIndex(startingAt: last.start), index > 0
        else { return nil }
        if tokens[index - 1].lower == "the", index > 1 { index -= 1 }
        guard Self.affiliationWords.contains(tokens[index - 1].lower), index > 1 else { return nil }
        let before = tokens[index - 2].end
        return inside.last { $0.kind == .person && $0.end == before }
    }

    /// Prepositions between a person's name and where they work.
    static let affiliationWords: Set<String> = ["of", "at", "from"]

    /// Whether a speaker phrase with no person's name brings in a new person by role ("An Islamic
    /// State fighter", "a senior official close to the talks", "A spokesman for Trump"): it opens
    /// with "a", "an" or "another", and its head (`SourceNouns.head(ofWords:)`: the last word
    /// before a modifier such as "of", "for", "close to") is a singular person noun. A later "he said" then refers to it, not to a
    /// person named in between ("U.S. President Barack Obama has vowed ... An Islamic State fighter
    /// denied that ... “...,” he said"). A definite role ("the Vermont senator", "my mother")
    /// refers back to somebody already named, and is not one.
    func namesAPersonByRole(_ whole: Range<Int>) -> Bool {
        guard ["a", "an", "another"].contains(tokens[whole.lowerBound].lower) else { return false }
        let words = whole.prefix { tokens[$0].lower != "," && tokens[$0].lower != "(" }
            .filter { tokens[$0].isWord }.map { tokens[$0].lower }
        guard let head = SourceNouns.head(ofWords: words) else { return false }
        return SourceNouns.personHeads.contains(head) || (phrases.gazetteer.titles.contains(head) && !head.hasSuffix("s"))
    }

    /// The person named in apposition to a role phrase that ends in a title or source noun
    /// ("Vellmar's mayor, Ilse Karow, said"; "Her campaign manager, Robby Mook,"), the name, after its own title or
    /// not, closing the speaker phrase.
    private func appositiveName(after phrase: Range<Int>, in whole: Range<Int>) -> Mention? {
        let comma = phrase.upperBound
        guard comma + 1 < whole.upperBound, tokens[comma].lower == ",",
            phrases.gazetteer.titles.contains(tokens[comma - 1].lower) || phrases.sourceNouns.contains(tokens[comma - 1].lower)
        else { return nil }
        // The name may follow its own title ("the Pentagon press secretary, Rear Adm. John Kirby, said").
        let titleEnd = (comma + 1..<min(whole.upperBound, comma + 5)).first { !(tokens[$0].lower == "." || tokens[$0].isCapitalized) } ?? whole.upperBound
        guard let person = mentions(within: (comma + 1)..<whole.upperBound).first(where: { mention in
            mention.kind == .person && (comma + 1..<titleEnd).contains { tokens[$0].start == mention.start }
        }) else { return nil }
        // The name may be followed by where the person works: "One of his friends, Alex Sherman of Bloomberg News, wrote".
        let next = (comma + 1..<whole.upperBound).first { tokens[$0].start >= person.end }
        return next.map { tokens[$0].lower == "," || Self.affiliationWords.contains(tokens[$0].lower) } ?? true ? person : nil
    }

    /// The person a role phrase stands in apposition to: the phrase opens with "a", "an" or "the"
    /// right after a comma, and the name before the comma opens its sentence or clause.
    private func nameBeforeApposition(_ phrase: Range<Int>) -> Mention? {
        let comma = phrase.lowerBound - 1
        guard comma > 0, tokens[comma].lower == ",", ["a", "an", "the"].contains(tokens[phrase.lowerBound].lower),
            let person = latestPerson(before: tokens[comma].start), person.end == tokens[comma - 1].end,
            let first = tokenIndex(startingAt: person.start)
        else { return nil }
        // "..., Ahmed Abdi Godane, the Pentagon announced": a phrase that is an organization's name is no apposition.
        if phrase.count > 1, mentions(within: (phrase.lowerBound + 1)..<phrase.upperBound).contains(where: {
            $0.kind != .person && $0.start == tokens[phrase.lowerBound + 1].start && $0.end == tokens[phrase.upperBound - 1].end
        }) {
            return nil
        }
        let floor = sentenceTokens[sentenceOf[first]].lowerBound
        return (floor..<first).allSatisfy({ !tokens[$0].isWord }) || [",", ";", ":"].contains(tokens[first - 1].lower) ? person : nil
    }

    /// Whether the name starting at `offset` follows one of `words` inside `phrase` ("Activists inside Raqqa", "another user
    /// on Twitter"): it says where the speaker is, not who.
    private func follows(_ words: Set<String>, _ offset: Int, in phrase: Range<Int>) -> Bool {
        guard let index = tokenIndex(startingAt: offset), index > phrase.lowerBound else { return false }
        let before = tokens[index - 1].lower == "the" && index - 1 > phrase.lowerBound ? index - 2 : index - 1
        return words.contains(tokens[before].lower)
    }

    /// Whether the token starting at `offset` follows "for", "of", "to" or "with" (`roleGoverningPrepositions`).
    private func isObjectOfPreposition(_ offset: Int) -> Bool {
        guard let index = tokenIndex(startingAt: offset), index > 0 else { return false }
        return Self.roleGoverningPrepositions.contains(tokens[index - 1].lower)
    }

    /// A sentence's tokens within `maximumClauseTokens` of `index` (bounds the work on run-on text).
    private func capped(_ bounds: Range<Int>, around index: Int) -> Range<Int> {
        max(bounds.lowerBound, index - Self.maximumClauseTokens)..<min(bounds.upperBound, index + Self.maximumClauseTokens)
    }

    /// The mentions wholly inside the tokens `range`.
    func mentions(within range: Range<Int>) -> [Mention] {
        mentions(within: TextRange(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end))
    }

    /// The speaker phrase, opening where a name that its first word ends starts ("International Studies" in "The
    /// Center for Strategic and International Studies said": the phrase rules stop at "and", the name does not).
    func widenedToName(_ speaker: Range<Int>) -> Range<Int> {
        let first = tokens[speaker.lowerBound]
        let floor = sentence(of: speaker.lowerBound).lowerBound
        var index = firstMention(startingAtOrAfter: tokens[floor].start)
        while index < document.mentions.count, document.mentions[index].start < first.start {
            let mention = document.mentions[index]
            if mention.end >= first.end, let start = (floor..<speaker.lowerBound).first(where: { tokens[$0].start == mention.start }) {
                return start..<speaker.upperBound
            }
            index += 1
        }
        return speaker
    }

    /// The speaker phrase without a time adjunct opening it ("Last night a Palace spokesman told the Sun"): it dates
    /// the statement.
    func withoutOpeningTime(_ speaker: Range<Int>) -> Range<Int> {
        let start = SpeakerPhrases.timeAdjunctEnd(startingAt: speaker.lowerBound, ceiling: speaker.upperBound, tokens)
        guard start > speaker.lowerBound, start < speaker.upperBound, tokens[start].isWord else { return speaker }
        return start..<speaker.upperBound
    }

    /// The speaker phrase, closing where an outlet's or agency's name that starts at its last word ends, before the cue
    /// ("USA Today reported": the phrase rules stop before "Today", the name does not), or an organization's name that
    /// ends in a possessive ("McDonald's said").
    func widenedToSource(_ speaker: Range<Int>, before cue: Range<Int>?) -> Range<Int> {
        let last = tokens[speaker.upperBound - 1]
        let sentenceEnd = sentence(of: speaker.lowerBound).upperBound
        let ceiling = cue.map { $0.lowerBound >= speaker.upperBound ? $0.lowerBound : sentenceEnd } ?? sentenceEnd
        var index = firstMention(startingAtOrAfter: tokens[speaker.lowerBound].start)
        while index < document.mentions.count, document.mentions[index].start <= last.start {
            let mention = document.mentions[index]
            if mention.end > last.end, let end = (speaker.upperBound..<ceiling).first(where: { tokens[$0].end == mention.end }),
                mention.kind == .outlet || mention.kind == .agency || (mention.kind == .organization && tokens[end].kind == .possessive)
            {
                return speaker.lowerBound..<(end + 1)
            }
            index += 1
        }
        return speaker
    }

    /// The mentions wholly inside `span` (mentions are sorted by start).
    func mentions(within span: TextRange) -> [Mention] {
        var result: [Mention] = []
        var index = firstMention(startingAtOrAfter: span.start)
        while index < document.mentions.count, document.mentions[index].start < span.end {
            if document.mentions[index].end <= span.end { result.append(document.mentions[index]) }
            index += 1
        }
        return result
    }

    /// The person a "he" or "she" at token `index` with no recent speaker refers to: the latest
    /// person before it in its own sentence ("When Putin arrived, he said"), else the first person
    /// of the sentence before, its subject as a rule ("Aaron Sorkin was gushing over Christian
    /// Bale as his choice to play Steve Jobs. He said ..." is Sorkin), else the latest person before.
    private func antecedent(of index: Int, depth: Int = 0, fits: (String) -> Bool = { _ in true }) -> Mention? {
        let sentence = sentenceOf[index]
        let start = tokens[sentenceTokens[sentence].lowerBound].start
        var latest = latestPerson(before: tokens[index].start)
        // Not a person named inside the quotation the pronoun closes ("“Kim Jong Un is not ...,” he told ...") nor
        // inside an earlier sentence's quotation ("noting: “... to an iPhone User ...” ... “...,” he writes").
        while let person = latest, isQuoted(person) || !fits(person.entity) { latest = latestPerson(before: person.start) }
        if let latest, latest.start >= start { return latest }
        // The same pronoun opening the sentence before stands for the same person: "He released a statement paying
        // tribute to Nathan Cirillo. “I am very touched ...,” he said."
        if sentence > 0, depth < 4, let opener = sentenceTokens[sentence - 1].first(where: { tokens[$0].isWord }),
            tokens[opener].lower == tokens[index].lower
        {
            return antecedent(of: opener, depth: depth + 1, fits: fits)
        }
        if sentence > 0, !sentenceTokens[sentence - 1].isEmpty,
            let first = mentions(within: sentenceTokens[sentence - 1]).first(where: { $0.kind == .person && !isQuoted($0) && fits($0.entity) })
        {
            return first
        }
        return latest
    }

    /// Whether `mention` stands inside double quotation marks opened in its own sentence.
    private func isQuoted(_ mention: Mention) -> Bool {
        guard let first = tokenIndex(startingAt: mention.start) else { return false }
        return isInsideQuotation(mention.start, from: sentenceTokens[sentenceOf[first]].lowerBound)
    }

    /// Whether the text at `offset` stands inside double quotation marks opened since token `first`: the last
    /// quotation mark before it opens.
    private func isInsideQuotation(_ offset: Int, from first: Int) -> Bool {
        var open = false
        var index = first
        while index < tokens.count, tokens[index].start < offset {
            if tokens[index].kind == .openQuote { open = true } else if tokens[index].kind == .closeQuote { open = false }
            index += 1
        }
        return open
    }

    /// The person who speaks as the subject of a sentence after the latest speaker's and before
    /// the pronoun's, the latest such ("... the ISIS leader was reportedly killed. Pentagon
    /// Spokesman Col. Steve Warren could not confirm the deaths and said ... But he added ..." is
    /// Warren): the sentence opens with capitalised words (a role) ending in the person's name, and
    /// a speech verb follows in it, so a new speaker takes "he" from the one before, though no
    /// quote of theirs was found.
    private func laterSubject(after memorySentence: Int, before index: Int) -> Mention? {
        let sentence = sentenceOf[index]
        guard sentence - 1 > memorySentence else { return nil }
        for earlier in stride(from: sentence - 1, to: memorySentence, by: -1) where !sentenceTokens[earlier].isEmpty {
            let bounds = sentenceTokens[earlier]
            // The leading capitalised words (a role and the name) and the first lower-case word after them.
            guard let verb = bounds.first(where: { tokens[$0].isWord && !tokens[$0].isCapitalized }), verb > bounds.lowerBound,
                  let person = mentions(within: bounds.lowerBound..<verb).last(where: { $0.kind == .person }),
                  person.end == tokens[verb - 1].end,
                  bounds[verb...].contains(where: { detector.lexicon.verbs[tokens[$0].lower] == .speech })
            else { continue }
            return person
        }
        return nil
    }

    /// The latest mention `accepted` ending before `offset`, in its sentence or the `sentences` before it.
    private func latestMention(before offset: Int, within sentences: Int, where accepted: (Mention) -> Bool) -> Mention? {
        guard let index = tokenIndex(startingAt: offset) else { return nil }
        let first = sentenceTokens[max(0, sentenceOf[index] - sentences)].lowerBound
        let floor = first < tokens.count ? tokens[first].start : offset
        return latestMention(before: offset, startingFrom: floor, limit: document.mentions.count, where: accepted)
    }

    /// The latest person mention ending before `offset`, looking back at most 200 mentions.
    private func latestPerson(before offset: Int) -> Mention? {
        latestMention(before: offset, startingFrom: 0, limit: 200) { $0.kind == .person }
    }

    /// The latest mention `accepted` ending before `offset`, looking back over at most `limit` mentions and none that
    /// starts before the offset `floor`: the one backward walk of `latestPerson` and `latestMention(before:within:)`.
    private func latestMention(before offset: Int, startingFrom floor: Int, limit: Int, where accepted: (Mention) -> Bool) -> Mention? {
        var index = firstMention(startingAtOrAfter: offset) - 1
        let last = max(0, index - limit)
        while index >= last, document.mentions[index].start >= floor {
            let mention = document.mentions[index]
            if mention.end <= offset, accepted(mention) { return mention }
            index -= 1
        }
        return nil
    }

    private func firstMention(startingAtOrAfter offset: Int) -> Int {
        var low = 0, high = document.mentions.count
        while low < high {
            let mid = (low + high) / 2
            if document.mentions[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    func tokenIndex(startingAt offset: Int) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low < tokens.count ? low : nil
    }

    /// Outlets and agencies cited in the sentences of the quote's cue and content ("RIA Novosti
    /// quoted Peskov as saying", "told AFP"), other than the speaker and outside the content (an
    /// outlet the speaker talks about, "reported by The Washington Post", relays nothing).
    private func intermediaries(of item: Found, speaker: String?) -> [String] {
        guard !document.citations.isEmpty else { return [] }
        let anchor = min(item.anchor, tokens.count - 1)
        var sentences = [capped(sentenceTokens[sentenceOf[anchor]], around: anchor)]
        if let cue = item.cue { sentences.append(capped(sentenceTokens[sentenceOf[cue.lowerBound]], around: cue.lowerBound)) }
        var via: [String] = []
        for bounds in sentences where !bounds.isEmpty {
            let start = tokens[bounds.lowerBound].start, end = tokens[bounds.upperBound - 1].end
            var low = 0, high = document.citations.count
            while low < high {
                let mid = (low + high) / 2
                if document.citations[mid].start < start { low = mid + 1 } else { high = mid }
            }
            while low < document.citations.count, document.citations[low].start < end {
                let citation = document.citations[low]
                let inside = citation.start >= item.content.start && citation.start < item.content.end
                if citation.kind != .photo, !inside, citation.source != speaker, !via.contains(citation.source) {
                    via.append(citation.source)
                }
                low += 1
            }
        }
        return via
    }
}
