import CorroborateCore

/// One claim text as compared: its TF-IDF vector and, when meaning is used, its embedding and
/// the embedding cosine at which it is alike another text (the higher of the pair's bars counts).
struct ClaimWording {
    var vector: SparseVector
    var embedding: [Float]?
    var sameMeaning: Float
    /// The story's people the text names (`ClaimPeople`): texts about different people are never one claim.
    var people = ClaimPeople()
    /// The text as compared, which an elaborating statement finds its report's claim by.
    var text = ""
}

/// A claim while positions are being gathered.
struct ClaimDraft {
    var text: String
    /// Every text that joined it, as compared: the first is the draft's own text.
    var members: [ClaimWording]
    var positions: [Position] = []
    /// The wordings its assertions gave it; the claim is worded by the most explicit one.
    var wordings: [String] = []
    /// Opened by a speaker's quoted statement: a claim only once another holder takes a position.
    var fromQuote = false

    init(text: String, member: ClaimWording) {
        self.text = text
        members = [member]
    }

    var articles: Set<String> { Set(positions.flatMap(\.articles)) }

    /// Whether one of its members is the compared text `text`.
    func holds(_ text: String) -> Bool { members.contains { $0.text == text } }

    /// Everyone holding a position on it.
    var holders: Set<String> { Set(positions.map(\.holderName)) }

    /// A statement that states something rather than a stance on something else: no position cue in it
    /// ("there was no conversation ..., this is completely untrue" is a denial, placed as one).
    var plainStatement = false

    /// Whether the coverage disputes or discusses it, rather than one speaker stating it once: a
    /// speaker's statement is a claim when another holder takes a position on it, or, when plain,
    /// when several articles report it.
    var isClaim: Bool { !positions.isEmpty && (!fromQuote || holders.count >= 2 || (plainStatement && articles.count >= 2)) }

    /// Takes in another draft's members, positions and wordings.
    mutating func absorb(_ other: ClaimDraft) {
        members += other.members
        for wording in other.wordings where !wordings.contains(wording) { wordings.append(wording) }
        for position in other.positions { add(position) }
    }

    /// Adds a position, folding it into the same holder's same stance.
    mutating func add(_ position: Position, wording: String? = nil) {
        if let wording, !wordings.contains(wording) { wordings.append(wording) }
        if let index = positions.firstIndex(where: { $0.holderName == position.holderName && $0.stance == position.stance }) {
            for article in position.articles where !positions[index].articles.contains(article) { positions[index].articles.append(article) }
            for quote in position.quotes where !positions[index].quotes.contains(quote) { positions[index].quotes.append(quote) }
        } else {
            positions.append(position)
        }
    }

    func claim() -> Claim {
        let stances = Set(positions.map(\.stance))
        let status: ClaimStatus =
            if stances.contains(.denies) && (stances.contains(.asserts) || stances.contains(.confirms)) { .disputed }
            else if stances.contains(.denies) { .denied }
            else if stances.contains(.confirms) { .confirmed }
            else if stances.contains(.asserts) { .reported }
            else { .unconfirmed }
        let text = ClaimText.mostExplicit(wordings) ?? text
        return Claim(id: "c-" + ContentHash.hex(text).prefix(12), text: text, positions: positions, status: status)
    }
}
