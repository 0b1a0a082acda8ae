import CorroborateCore

/// A reproducible stream of synthetic articles for load tests of story clustering: stories start
/// and fade over simulated days, each with its own topic words, and every article mixes its
/// story's words with Zipf-distributed background words. Nothing real: only the shape of a news
/// crawl (many stories a day, a few articles each, days passing).
public struct SyntheticStream: Sendable, IteratorProtocol {
    /// Articles published per simulated day.
    public var articlesPerDay: Int
    /// Stories running at any time.
    public var activeStories: Int
    /// Words per article.
    public var wordsPerArticle: Int
    /// Share of an article's words drawn from its story's topic words.
    public var topicShare: Double
    private var random: SplitMix64
    private var stories: [[String]] = []
    private var produced = 0
    private let vocabulary: [String]
    private let limit: Int

    /// A stream of `count` articles.
    public init(count: Int, articlesPerDay: Int = 10_000, activeStories: Int = 3_000, wordsPerArticle: Int = 120,
                topicShare: Double = 0.5, seed: UInt64 = 42) {
        limit = count
        self.articlesPerDay = articlesPerDay
        self.activeStories = activeStories
        self.wordsPerArticle = wordsPerArticle
        self.topicShare = topicShare
        random = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15)  // the stream the benchmark figures were measured on
        vocabulary = (0..<60_000).map { SyntheticStream.word($0) }
        stories = (0..<activeStories).map { _ in [] }
        for index in stories.indices { stories[index] = newTopic() }
    }

    /// The next article: an id, its day, its story (for scoring) and its text.
    public mutating func next() -> (id: String, day: Int, story: Int, text: String)? {
        guard produced < limit else { return nil }
        let day = produced / articlesPerDay
        var slot = Int(random.next() % UInt64(activeStories))
        if random.next() % 100 < 3 {  // a story ends and a new one takes its slot
            stories[slot] = newTopic()
        }
        slot = min(slot, stories.count - 1)
        var words: [String] = []
        words.reserveCapacity(wordsPerArticle)
        for _ in 0..<wordsPerArticle {
            if Double(random.next() % 1000) / 1000 < topicShare {
                words.append(stories[slot][Int(random.next() % UInt64(stories[slot].count))])
            } else {
                words.append(vocabulary[zipf()])
            }
        }
        defer { produced += 1 }
        return ("syn-\(produced)", day, slot &* 1_000_003 &+ stories[slot].count, words.joined(separator: " "))
    }

    private mutating func newTopic() -> [String] {
        (0..<25).map { _ in vocabulary[5_000 + Int(random.next() % 55_000)] }
    }

    /// A rank from a Zipf-like distribution over the first 5,000 words.
    private mutating func zipf() -> Int {
        let u = Double(random.next() % 1_000_000) / 1_000_000
        return min(4_999, Int(pow(5_000.0, u)) - 1)
    }

    private static func word(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var value = index, word = ""
        repeat {
            word.append(letters[value % 26])
            value /= 26
        } while value > 0
        return word + "x"
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
