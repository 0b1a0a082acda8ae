import CorroborateEmbeddings

/// Streaming story clustering as a value-type state machine: articles arrive one at a time (over
/// days), and each is attached to the most similar open story or opens a new one; stories that
/// become alike are merged, and stories with no article inside the time window are closed so memory
/// stays flat however long the stream. The caller does the I/O and applies the returned actions.
///
/// Candidate stories are ranked by the cosine of TF-IDF vectors (article vs. story centroid); the
/// best few are then scored by the article's nearest recent members (claim level: a centroid blurs
/// two claims on one subject, the nearest members do not), each pair weighing the whole text and the
/// lead. Shared named entities can raise the score (`entityWeight`, off by default) and, when both
/// sides carry one, sentence-embedding cosine is mixed in. A story left with one or two articles (their own story had not formed when
/// they came, or they are short) settles into the story it is most alike at a lower bar, when it closes or at the
/// end of a batch (`settle()`); a story of up to 8 articles does so at a higher bar. Two stories merge
/// only when their centroids are alike and each covers the other's claim terms (`StoryState.claimTerms`). A story
/// whose members part into two claims of their own splits (`StorySplit`, `Action.split`).
public struct StoryClusterer: Sendable {
    /// Thresholds and sizes, all named.
    public struct Configuration: Sendable {
        /// Minimum combined similarity to attach an article to a story.
        public var attachThreshold: Float = 0.18
        /// Minimum centroid cosine for two stories to be merged.
        public var mergeThreshold: Float = 0.5
        /// A story closes when its newest article is this many days older than the newest seen.
        public var windowDays: Int = 7
        /// Terms kept in a story centroid (bounds memory per story).
        public var centroidTerms: Int = 400
        /// Centroid terms entered in the candidate index.
        public var indexedTerms: Int = 60
        /// Article terms used to look up candidate stories.
        public var queryTerms: Int = 40
        /// Most candidate stories scored per article (those sharing the most query terms).
        public var candidates: Int = 48
        /// Weight of the shared-entity share in the combined similarity. 0: the names count only
        /// as the text's terms. Measured with `eval clusters --entities` (the entities `analyze`
        /// finds): FNC-1 pairwise F1 0.918 at 0, 0.907 at 0.05, 0.778 at 0.15 (the share of an
        /// article's names found anywhere in a story grows with the story, so big stories draw in
        /// other stories' articles).
        public var entityWeight: Float = 0
        /// Weight of the embedding cosine when both sides have embeddings (the TF-IDF cosine gets 1 - it).
        public var embeddingWeight: Float = 0.5
        /// A rescored story's text similarity is the mean over the article's this many most alike
        /// kept members; 0 scores by the centroid alone.
        public var nearestMembers: Int = 2
        /// Most recent members a story keeps for that scoring (bounds memory per story).
        public var keptMembers: Int = 16
        /// Best stories by centroid cosine that are rescored by their nearest members.
        public var rescored: Int = 4
        /// Weight of the lead cosine in an article-to-member similarity (the whole text gets 1 - it).
        public var leadWeight: Float = 0.3
        /// Power of the IDF in the lead vector (`TermStatistics.vector(terms:idfPower:)`): above 1 the
        /// lead's rarest words (the claim's own: a name, "sister") weigh more.
        public var leadIDFPower: Float = 2
        /// Stories of at most this many articles are settled (`settle()`, and when they close): merged
        /// into the story their members are most alike, when alike enough; 0 never settles. 2 (was 1):
        /// a pair that came before its story had formed joins it too (FNC-1 pairwise F1 0.918 either
        /// way; on its two halves 0.959 -> 0.966 and 0.957 -> 0.969).
        public var settleSize: Int = 2
        /// Least mean similarity of a small story's members to another story for settling into it.
        public var settleThreshold: Float = 0.16
        /// Stories of more than `settleSize` and at most this many articles settle too, at the higher
        /// bar `largerSettleThreshold`: two parts of one story that formed apart before either was big
        /// (FNC-1 pairwise F1 0.918 -> 0.920; halves 0.969 -> 0.973, 0.952 -> 0.963, 0.929 -> 0.933);
        /// at most `settleSize`: no larger story settles.
        public var largerSettleSize: Int = 8
        /// Least mean similarity of a larger story's members to another story for settling into it.
        public var largerSettleThreshold: Float = 0.25
        /// Two stories merge only when each one's claim terms (`claimLeadShare`) are each in the text of
        /// at least this share of the other's kept members: one subject, two claims (the Ottawa shooting
        /// and the reports naming the gunman) stay apart (FNC-1 pairwise F1 0.920 -> 0.929; half D 0.933
        /// -> 0.942; mixed with L3S pages 0.907 -> 0.915). 0: merges by the centroid cosine alone.
        public var claimCoverage: Float = 0.3
        /// A story's claim terms are the terms in the leads of at least this share of its kept members.
        public var claimLeadShare: Float = 0.7
        /// Fewest kept members with a lead for a story to have claim terms.
        public var claimMembers: Int = 2
        /// A story of at least this many articles, all still kept, is tried for a split when an article
        /// joins it, at every other size (`StorySplit`): one subject, two claims that mixed from its first
        /// articles (FNC-1 pairwise F1 0.929 -> 0.932; half B 0.973 -> 0.975, halves A, C, D equal; mixed with
        /// L3S pages 0.915 -> 0.918: two splits in the whole stream, both of two gold stories). 0: never.
        public var splitSize: Int = 6
        /// Least difference between the members' mean similarity within the two parts and across them.
        public var splitMargin: Float = 0.1
        /// A part's own claim terms are in the leads of at most this share of the other part's members.
        public var splitOtherShare: Float = 0.15
        /// ...and in the whole text of at most this share of them (1: not checked).
        public var splitOtherTextShare: Float = 0.3
        /// The two parts of a split never merge or settle into each other again (nor into what either
        /// later merges with): a split is final, so a story's articles do not move back and forth.
        public var splitKeepsApart = true
        /// Most mean similarity across the two parts, as a share of that within them (1: not checked).
        /// At 0.4 only parts of two gold stories split on FNC-1 (across/within 0.33 and 0.38; the
        /// single-claim parts that split without it are at 0.44 or more), so they can be kept apart.
        public var splitAcrossShare: Float = 0.4
        /// How many documents the background frequencies (``BackgroundFrequencies``) count as when
        /// ``StoryBuilder`` mixes them into a batch's own (``TermStatistics/mix(_:asDocuments:)``); 0: the
        /// batch's frequencies alone. A small batch's own frequencies make the words all its articles
        /// share (the story's names) the lightest: FNC-1 batches of 1-4 story groups (`eval clusters
        /// --batches 200`) pairwise F1 0.920 -> 0.994, one group 0.830 -> 0.999; 100 to 1000 all alike.
        public var backgroundDocuments: Float = 300
        /// The background's weight fades linearly with the batch's own documents, to none at this many;
        /// 0: it never fades. Unfaded, the whole FNC-1 set (1,683 bodies) falls (pairwise F1 0.932 -> 0.924
        /// at 300, 0.926 at 100), and batches of about 100 gain little (0.985 -> 0.986).
        public var backgroundFadeDocuments: Int = 500
        /// ``StoryDesk`` only: the background's weight also fades linearly with the stories the desk holds
        /// open, to none at this many (``StoryDesk/receive(keys:background:)``); 0: it fades by documents
        /// alone. The background stands in for the other subjects a desk of one or a few stories lacks;
        /// a desk of many stories has them, and the background only makes the names rare, so one subject's
        /// claims join (FNC-1 train bodies streamed through a desk in steps of 84, `eval clusters --desk-step
        /// 84`: pairwise F1 0.753 -> 0.892 over all 1,683, P 0.679 -> 0.828 after 504; steps of 8 0.741 ->
        /// 0.847 at 10, 0.822 at 30, 0.831 at 60; steps of 500 and the batch paths unchanged).
        public var deskBackgroundFadeStories: Int = 10

        public init() {}

        /// How many documents the background counts as in a batch of `documents` (`backgroundDocuments`
        /// faded by `backgroundFadeDocuments`).
        public func backgroundWeight(documents: Int) -> Float {
            guard backgroundFadeDocuments > 0 else { return backgroundDocuments }
            return backgroundDocuments * max(0, 1 - Float(documents) / Float(backgroundFadeDocuments))
        }

        /// The share of the background's weight left to a ``StoryDesk`` holding `stories` open stories
        /// (``deskBackgroundFadeStories``).
        public func deskBackgroundShare(stories: Int) -> Float {
            guard deskBackgroundFadeStories > 0 else { return 1 }
            return max(0, 1 - Float(stories) / Float(deskBackgroundFadeStories))
        }

        /// Mixes `background` into `statistics` as ``backgroundWeight(documents:)`` of the documents it
        /// has counted; nothing when `background` is nil.
        public func mix(_ background: BackgroundFrequencies?, into statistics: inout TermStatistics) {
            guard let background else { return }
            statistics.mix(background, asDocuments: backgroundWeight(documents: statistics.documents))
        }
    }

    /// One article as the clusterer sees it.
    public struct Item: Sendable {
        public var id: String
        /// Unit TF-IDF vector.
        public var vector: SparseVector
        /// Unit TF-IDF vector of its lead (title and first words), empty when not computed.
        public var lead: SparseVector
        /// Publication day (days since 1970-01-01), when known.
        public var day: Int?
        /// Normalised names of the entities it mentions.
        public var entities: Set<String>
        /// Unit sentence embedding of its lead, when computed.
        public var embedding: [Float]?

        public init(
            id: String, vector: SparseVector, lead: SparseVector = SparseVector(), day: Int? = nil,
            entities: Set<String> = [], embedding: [Float]? = nil
        ) {
            self.id = id
            self.vector = vector
            self.lead = lead
            self.day = day
            self.entities = entities
            self.embedding = embedding
        }
    }

    /// What the caller must do after an article arrives.
    public enum Action: Sendable, Hashable {
        /// A new story `story` starts with `article`.
        case open(story: Int, article: String)
        /// `article` joins `story`.
        case attach(article: String, story: Int, similarity: Float)
        /// Story `story` is merged into `into` and no longer exists.
        case merge(story: Int, into: Int)
        /// Story `story` is out of the window: no article will join it any more.
        case close(story: Int)
        /// `articles` leave `story` and form the new story `into` (a story that mixed two claims).
        case split(story: Int, into: Int, articles: [String])
    }

    public var configuration: Configuration
    private var stories: [Int: StoryState] = [:]
    private var index: [UInt64: Set<Int>] = [:]
    private var nextStory = 0
    private var newestDay: Int?

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Stories currently open.
    public var openStories: Int { stories.count }

    /// Takes one article and returns the actions it causes, in order.
    public mutating func receive(_ item: Item) -> [Action] {
        var actions = closeStale(at: item.day)
        let ranked = rankedCandidates(for: item)
        guard let best = ranked.first, best.similarity >= configuration.attachThreshold else {
            let story = open(with: item)
            actions.append(.open(story: story, article: item.id))
            return actions
        }
        attach(item, to: best.story)
        actions.append(.attach(article: item.id, story: best.story, similarity: best.similarity))
        if let split = splitIfMixed(best.story) { actions.append(split) }
        for other in ranked.dropFirst() where other.similarity >= configuration.attachThreshold {
            if let merged = mergeIfAlike(other.story, into: best.story) { actions.append(merged) }
        }
        return actions
    }

    /// Settles the small open stories, oldest first, at the end of a batch: a story of at most
    /// `settleSize` articles merges into the story its members are most alike (by the same similarity
    /// an arriving article gets, averaged over its members), when that reaches `settleThreshold`; one of
    /// at most `largerSettleSize` when it reaches `largerSettleThreshold`.
    /// An article or a pair left apart because its story had not formed yet, or because it is short, joins it here.
    /// A small story that another one settled into is still settled (two alike strays go on together).
    public mutating func settle() -> [Action] {
        let small = stories.filter { settlingBar(forSize: $0.value.count) != nil }.map(\.key).sorted()
        return small.compactMap { id in settlingTarget(of: id).map { merge(id, into: $0) } }
    }

    /// The least mean similarity at which a story of `size` articles settles; nil when it is too large to,
    /// or when `settleSize` is 0 (no story settles).
    func settlingBar(forSize size: Int) -> Float? {
        guard configuration.settleSize > 0 else { return nil }
        if size <= configuration.settleSize { return configuration.settleThreshold }
        if size <= configuration.largerSettleSize { return configuration.largerSettleThreshold }
        return nil
    }

    /// The story `id` would settle into: the best by its members' mean similarity, stories in
    /// `excluded` left out; nil when `id` is gone, has members no longer kept, or no story is alike enough.
    private func settlingTarget(of id: Int, excluding excluded: Set<Int> = []) -> Int? {
        guard let state = stories[id], state.members.count == state.count, let bar = settlingBar(forSize: state.count)
        else { return nil }
        var totals: [Int: Float] = [:]
        for member in state.members {
            let item = Item(id: "", vector: member.vector, lead: member.lead)
            for candidate in rankedCandidates(for: item, excluding: excluded.union([id]).union(state.apart)) {
                totals[candidate.story, default: 0] += candidate.similarity
            }
        }
        guard let best = totals.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              best.value / Float(state.members.count) >= bar
        else { return nil }
        return best.key
    }

    // MARK: - Candidates and similarity

    private func rankedCandidates(for item: Item, excluding excluded: Set<Int> = []) -> [(story: Int, similarity: Float)] {
        var hits: [Int: Int] = [:]
        for term in item.vector.topTerms(configuration.queryTerms) {
            for story in index[term] ?? [] where !excluded.contains(story) { hits[story, default: 0] += 1 }
        }
        // Score only the stories sharing the most query terms: a rare word shared by chance
        // must not make every story that happens to contain it a candidate.
        let shortlisted = hits.count <= configuration.candidates ? Array(hits.keys)
            : hits.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(configuration.candidates).map(\.key)
        let byCentroid = Self.ranked(shortlisted.compactMap { id in
            stories[id].map { (story: id, similarity: similarity(item, $0, text: $0.cosine(item.vector))) }
        })
        guard configuration.nearestMembers > 0 else { return byCentroid }
        return Self.ranked(byCentroid.prefix(configuration.rescored).compactMap { candidate in
            stories[candidate.story].map { (story: candidate.story, similarity: similarity(item, $0, text: nearestMembersSimilarity(item, $0))) }
        })
    }

    private static func ranked(_ scored: [(story: Int, similarity: Float)]) -> [(story: Int, similarity: Float)] {
        scored.sorted { $0.similarity > $1.similarity || ($0.similarity == $1.similarity && $0.story < $1.story) }
    }

    /// The mean similarity of `item` to its `nearestMembers` most alike kept members of `story`.
    private func nearestMembersSimilarity(_ item: Item, _ story: StoryState) -> Float {
        let nearest = story.members.map { memberSimilarity(item, $0) }.sorted(by: >).prefix(configuration.nearestMembers)
        return nearest.isEmpty ? story.cosine(item.vector) : nearest.reduce(0, +) / Float(nearest.count)
    }

    /// Whole-text cosine mixed with lead cosine (when both have a lead).
    private func memberSimilarity(_ item: Item, _ member: StoryState.Member) -> Float {
        let text = item.vector.dot(member.vector)
        guard !item.lead.isEmpty, !member.lead.isEmpty else { return text }
        return (1 - configuration.leadWeight) * text + configuration.leadWeight * item.lead.dot(member.lead)
    }

    private func similarity(_ item: Item, _ story: StoryState, text: Float) -> Float {
        var score = text
        if let embedding = item.embedding, let storyEmbedding = story.embedding {
            let weight = configuration.embeddingWeight
            score = (1 - weight) * score + weight * VectorSimilarity.cosine(embedding, storyEmbedding)
        }
        if !item.entities.isEmpty {
            let shared = item.entities.filter { story.entityCounts[$0] != nil }.count
            score += configuration.entityWeight * Float(shared) / Float(item.entities.count)
        }
        return score
    }

    // MARK: - State changes

    private mutating func open(with item: Item) -> Int {
        let id = nextStory
        nextStory += 1
        var state = StoryState(day: item.day)
        state.add(item, keepingTerms: configuration.centroidTerms, members: configuration.keptMembers)
        stories[id] = state
        reindex(id)
        return id
    }

    private mutating func attach(_ item: Item, to id: Int) {
        stories[id]?.add(item, keepingTerms: configuration.centroidTerms, members: configuration.keptMembers)
        // A centroid's top terms settle quickly: re-index young stories every time, older ones every 8th article.
        if let count = stories[id]?.count, count <= 8 || count % 8 == 0 { reindex(id) }
    }

    /// Splits story `id` in two when its kept members (all of its articles) part into two claims (`StorySplit`).
    private mutating func splitIfMixed(_ id: Int) -> Action? {
        let least = configuration.splitSize
        // Tried at every other size from `splitSize` on: 100k bench CPU 120 s -> 88 s (62 s without splits);
        // FNC-1 pairwise F1 0.933 at every size, 0.932 at every other.
        guard least > 0, let state = stories[id], state.count >= least, (state.count - least) % 2 == 0,
              state.members.count == state.count,
              state.members.allSatisfy({ !$0.id.isEmpty })
        else { return nil }
        let members = state.members
        let rule = StorySplit(
            otherShare: configuration.splitOtherShare, otherTextShare: configuration.splitOtherTextShare, margin: configuration.splitMargin,
            acrossShare: configuration.splitAcrossShare)
        let similarity = {
            members.map { one in members.map { memberSimilarity(Item(id: "", vector: one.vector, lead: one.lead), $0) } }
        }
        guard let leaving = rule.part(members.map(\.lead), texts: members.map(\.vector), similarity: similarity) else { return nil }
        let leavingSet = Set(leaving)
        var staying = StoryState(day: nil), parted = StoryState(day: nil)
        let kept = configuration.keptMembers, terms = configuration.centroidTerms
        for (index, member) in members.enumerated() {
            let item = Item(id: member.id, vector: member.vector, lead: member.lead, day: member.day)
            if leavingSet.contains(index) { parted.add(item, keepingTerms: terms, members: kept) }
            else { staying.add(item, keepingTerms: terms, members: kept) }
        }
        // Entities and embeddings are not kept per member: each part keeps the story's.
        staying.entityCounts = state.entityCounts
        parted.entityCounts = state.entityCounts
        staying.embedding = state.embedding
        parted.embedding = state.embedding
        staying.lastDay = staying.lastDay ?? state.lastDay
        parted.lastDay = parted.lastDay ?? state.lastDay
        let newID = nextStory
        nextStory += 1
        if configuration.splitKeepsApart {
            staying.apart = state.apart.union([newID])
            parted.apart = state.apart.union([id])
            for other in state.apart { stories[other]?.apart.insert(newID) }
        }
        unindex(id)
        stories[id] = staying
        reindex(id)
        stories[newID] = parted
        reindex(newID)
        return .split(story: id, into: newID, articles: leaving.map { members[$0].id })
    }

    private mutating func mergeIfAlike(_ id: Int, into target: Int) -> Action? {
        guard id != target, let source = stories[id], let destination = stories[target], !source.apart.contains(target),
              destination.cosine(source) >= configuration.mergeThreshold, claimsAgree(source, destination)
        else { return nil }
        return merge(id, into: target)
    }

    /// Whether each story covers the other's claim terms (`claimCoverage`; always when it is 0).
    private func claimsAgree(_ one: StoryState, _ other: StoryState) -> Bool {
        let coverage = configuration.claimCoverage
        guard coverage > 0 else { return true }
        let share = configuration.claimLeadShare, least = configuration.claimMembers
        return other.covers(one.claimTerms(share: share, minimumMembers: least), share: coverage)
            && one.covers(other.claimTerms(share: share, minimumMembers: least), share: coverage)
    }

    private mutating func merge(_ id: Int, into target: Int) -> Action {
        if let source = stories[id] {
            unindex(id)
            stories[id] = nil
            stories[target]?.absorb(source, keepingTerms: configuration.centroidTerms, members: configuration.keptMembers)
            reindex(target)
            // What kept apart from the merged story keeps apart from the story it joined.
            for other in source.apart where other != target {
                stories[other]?.apart.remove(id)
                stories[other]?.apart.insert(target)
                stories[target]?.apart.insert(other)
            }
        }
        return .merge(story: id, into: target)
    }

    /// Closes the stories out of the window; a small one settles into an open story instead when it can.
    private mutating func closeStale(at day: Int?) -> [Action] {
        guard let day, day > (newestDay ?? Int.min) else { return [] }
        newestDay = day
        let stale = stories.filter { ($0.value.lastDay ?? day) < day - configuration.windowDays }.map(\.key).sorted()
        let staleSet = Set(stale)
        return stale.map { id in
            if let target = settlingTarget(of: id, excluding: staleSet) {
                return merge(id, into: target)
            }
            unindex(id)
            for other in stories[id]?.apart ?? [] { stories[other]?.apart.remove(id) }
            stories[id] = nil
            return .close(story: id)
        }
    }

    private mutating func reindex(_ id: Int) {
        unindex(id)
        guard let state = stories[id] else { return }
        let terms = state.topTerms(configuration.indexedTerms)
        for term in terms { index[term, default: []].insert(id) }
        stories[id]?.indexed = terms
    }

    private mutating func unindex(_ id: Int) {
        guard let terms = stories[id]?.indexed else { return }
        for term in terms {
            index[term]?.remove(id)
            if index[term]?.isEmpty == true { index[term] = nil }
        }
        stories[id]?.indexed = []
    }
}

/// What the clusterer keeps per open story: the centroid as a sum of unit article vectors, kept
/// mutable with its squared norm so adding an article costs only its own terms, and pruned back to
/// the heaviest `limit` terms whenever it grows past twice that; and its most recent members' vectors.
struct StoryState: Sendable {
    /// One kept member: its unit text and lead vectors.
    struct Member: Sendable {
        var vector: SparseVector
        var lead: SparseVector
        /// The article's id (for a split); empty in a state saved by an older version.
        var id: String = ""
        var day: Int?
    }

    var members: [Member] = []
    var centroid: [UInt64: Float] = [:]
    var squaredNorm: Float = 0
    var embedding: [Float]?
    var entityCounts: [String: Int] = [:]
    var count = 0
    var lastDay: Int?
    var indexed: [UInt64] = []
    /// The stories this one split from or that split from it (`Configuration.splitKeepsApart`): it never merges with them.
    var apart: Set<Int> = []

    init(day: Int?) {
        lastDay = day
    }

    /// Cosine between the centroid and a unit vector.
    func cosine(_ vector: SparseVector) -> Float {
        guard squaredNorm > 0 else { return 0 }
        var dot: Float = 0
        for (term, weight) in zip(vector.terms, vector.weights) { dot += weight * (centroid[term] ?? 0) }
        return dot / squaredNorm.squareRoot()
    }

    /// Cosine between two centroids.
    func cosine(_ other: StoryState) -> Float {
        guard squaredNorm > 0, other.squaredNorm > 0 else { return 0 }
        let (small, large) = centroid.count <= other.centroid.count ? (centroid, other.centroid) : (other.centroid, centroid)
        var dot: Float = 0
        for (term, weight) in small { dot += weight * (large[term] ?? 0) }
        return dot / (squaredNorm.squareRoot() * other.squaredNorm.squareRoot())
    }

    /// The `k` heaviest centroid terms.
    func topTerms(_ k: Int) -> [UInt64] {
        centroid.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(k).map(\.key)
    }

    mutating func add(_ item: StoryClusterer.Item, keepingTerms limit: Int, members kept: Int) {
        for (term, weight) in zip(item.vector.terms, item.vector.weights) { add(weight, to: term) }
        prune(to: limit)
        keep([Member(vector: item.vector, lead: item.lead, id: item.id, day: item.day)], upTo: kept)
        if let vector = item.embedding {
            embedding = zip(embedding ?? Array(repeating: 0, count: vector.count), vector).map { $0 + $1 }
        }
        for entity in item.entities { entityCounts[entity, default: 0] += 1 }
        count += 1
        if let day = item.day { lastDay = max(lastDay ?? day, day) }
    }

    mutating func absorb(_ other: StoryState, keepingTerms limit: Int, members kept: Int) {
        for (term, weight) in other.centroid { add(weight, to: term) }
        prune(to: limit)
        keep(other.members, upTo: kept)
        if let vector = other.embedding {
            embedding = zip(embedding ?? Array(repeating: 0, count: vector.count), vector).map { $0 + $1 }
        }
        entityCounts.merge(other.entityCounts, uniquingKeysWith: +)
        count += other.count
        if let day = other.lastDay { lastDay = max(lastDay ?? day, day) }
    }

    /// Appends `newMembers`, dropping the oldest beyond `limit`.
    private mutating func keep(_ newMembers: [Member], upTo limit: Int) {
        members.append(contentsOf: newMembers)
        if members.count > limit { members.removeFirst(members.count - limit) }
    }

    private mutating func add(_ weight: Float, to term: UInt64) {
        let old = centroid[term] ?? 0
        let new = old + weight
        centroid[term] = new
        squaredNorm += new * new - old * old
    }

    private mutating func prune(to limit: Int) {
        guard centroid.count > 2 * limit else { return }
        let kept = centroid.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(limit)
        centroid = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
        squaredNorm = centroid.values.reduce(0) { $0 + $1 * $1 }
    }
}

// The clusterer's state is saved between ingest runs (StoryDesk).
extension StoryClusterer: Codable {}
extension StoryClusterer.Configuration: Codable {
    /// Decodes a saved configuration; settings a state saved by an older version lacks keep their defaults.
    public init(from decoder: any Decoder) throws {
        let saved = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        func value<T: Decodable>(_ key: CodingKeys, _ fallback: T) throws -> T {
            try saved.decodeIfPresent(T.self, forKey: key) ?? fallback
        }
        attachThreshold = try value(.attachThreshold, attachThreshold)
        mergeThreshold = try value(.mergeThreshold, mergeThreshold)
        windowDays = try value(.windowDays, windowDays)
        centroidTerms = try value(.centroidTerms, centroidTerms)
        indexedTerms = try value(.indexedTerms, indexedTerms)
        queryTerms = try value(.queryTerms, queryTerms)
        candidates = try value(.candidates, candidates)
        entityWeight = try value(.entityWeight, entityWeight)
        embeddingWeight = try value(.embeddingWeight, embeddingWeight)
        nearestMembers = try value(.nearestMembers, nearestMembers)
        keptMembers = try value(.keptMembers, keptMembers)
        rescored = try value(.rescored, rescored)
        leadWeight = try value(.leadWeight, leadWeight)
        leadIDFPower = try value(.leadIDFPower, leadIDFPower)
        settleSize = try value(.settleSize, settleSize)
        settleThreshold = try value(.settleThreshold, settleThreshold)
        largerSettleSize = try value(.largerSettleSize, largerSettleSize)
        largerSettleThreshold = try value(.largerSettleThreshold, largerSettleThreshold)
        claimCoverage = try value(.claimCoverage, claimCoverage)
        claimLeadShare = try value(.claimLeadShare, claimLeadShare)
        claimMembers = try value(.claimMembers, claimMembers)
        splitSize = try value(.splitSize, splitSize)
        splitMargin = try value(.splitMargin, splitMargin)
        splitOtherShare = try value(.splitOtherShare, splitOtherShare)
        splitOtherTextShare = try value(.splitOtherTextShare, splitOtherTextShare)
        splitKeepsApart = try value(.splitKeepsApart, splitKeepsApart)
        splitAcrossShare = try value(.splitAcrossShare, splitAcrossShare)
        backgroundDocuments = try value(.backgroundDocuments, backgroundDocuments)
        backgroundFadeDocuments = try value(.backgroundFadeDocuments, backgroundFadeDocuments)
        deskBackgroundFadeStories = try value(.deskBackgroundFadeStories, deskBackgroundFadeStories)
    }
}

extension StoryState: Codable {
    /// Decodes a saved story; one saved by an older version has no kept members (scored by its centroid until it gets some).
    init(from decoder: any Decoder) throws {
        let saved = try decoder.container(keyedBy: CodingKeys.self)
        members = try saved.decodeIfPresent([Member].self, forKey: .members) ?? []
        centroid = try saved.decode([UInt64: Float].self, forKey: .centroid)
        squaredNorm = try saved.decode(Float.self, forKey: .squaredNorm)
        embedding = try saved.decodeIfPresent([Float].self, forKey: .embedding)
        entityCounts = try saved.decode([String: Int].self, forKey: .entityCounts)
        count = try saved.decode(Int.self, forKey: .count)
        lastDay = try saved.decodeIfPresent(Int.self, forKey: .lastDay)
        indexed = try saved.decode([UInt64].self, forKey: .indexed)
        apart = try saved.decodeIfPresent(Set<Int>.self, forKey: .apart) ?? []
    }
}
extension StoryState.Member: Codable {
    /// Decodes a kept member; one saved by an older version has no id (its story is never split).
    init(from decoder: any Decoder) throws {
        let saved = try decoder.container(keyedBy: CodingKeys.self)
        vector = try saved.decode(SparseVector.self, forKey: .vector)
        lead = try saved.decode(SparseVector.self, forKey: .lead)
        id = try saved.decodeIfPresent(String.self, forKey: .id) ?? ""
        day = try saved.decodeIfPresent(Int.self, forKey: .day)
    }
}
