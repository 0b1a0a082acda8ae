/// Applies a clusterer's actions and answers which story each article ended up in, following
/// merges. The stories' ids are the clusterer's ids of the surviving stories.
public struct StoryAssignments: Sendable {
    private var storyOfArticle: [String: Int] = [:]
    private var mergedInto: [Int: Int] = [:]
    /// Article ids in arrival order.
    public private(set) var articles: [String] = []

    public init() {}

    /// Records one action.
    public mutating func apply(_ action: StoryClusterer.Action) {
        switch action {
        case .open(let story, let article), .attach(let article, let story, _):
            storyOfArticle[article] = story
            articles.append(article)
        case .merge(let story, let into):
            mergedInto[story] = into
        case .split(_, let into, let articles):
            for article in articles { storyOfArticle[article] = into }
        case .close:
            break
        }
    }

    /// The surviving story of `article`.
    public func story(of article: String) -> Int? {
        guard var story = storyOfArticle[article] else { return nil }
        while let next = mergedInto[story] { story = next }
        return story
    }

    /// Article ids grouped by story, stories in order of their first article.
    public var stories: [[String]] {
        var order: [Int] = []
        var members: [Int: [String]] = [:]
        for article in articles {
            guard let story = story(of: article) else { continue }
            if members[story] == nil { order.append(story) }
            members[story, default: []].append(article)
        }
        return order.compactMap { members[$0] }
    }
}
