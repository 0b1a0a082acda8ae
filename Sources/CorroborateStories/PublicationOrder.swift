extension Array where Element == StoryInput {
    /// The inputs in the order the story clusterer takes them: undated ones first, then by day of
    /// publication (stable within a day). Undated articles come first because the clusterer closes
    /// stories that fall out of its window as dated articles advance the clock: taken last, an
    /// undated page about an older event would find its story already closed.
    func inPublicationOrder() -> [StoryInput] {
        ClusteringKey.publicationOrder(days: map { $0.article.published?.day ?? "" }).map { self[$0] }
    }
}
