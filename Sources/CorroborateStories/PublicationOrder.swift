extension Array where Element == StoryInput {
    /// The inputs in the order the story clusterer takes them: undated ones first, then by day of
    /// publication (stable within a day). Undated articles come first because the clusterer closes
    /// stories that fall out of its window as dated articles advance the clock: taken last, an
    /// undated page about an older event would find its story already closed.
    func inPublicationOrder() -> [StoryInput] {
        enumerated().sorted { a, b in
            let (dayA, dayB) = (a.element.article.published?.day ?? "", b.element.article.published?.day ?? "")
            return dayA != dayB ? dayA < dayB : a.offset < b.offset
        }.map(\.element)
    }
}
