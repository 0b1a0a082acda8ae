import CorroborateCore

/// What a line of copied-out page text turned out to be.
public enum LineLabel: Sendable, Hashable {
    case title
    case standfirst
    case body
    /// Not article text; captions and comments are removed with reasons `.caption` and `.comments`.
    case removed(RemovalReason)
}

/// The stage of the page-text cascade that labelled a line, for inspection and tests.
public enum LineStage: String, Sendable, Hashable {
    /// A phrase of `pagetext-boilerplate.tsv`.
    case vocabulary
    /// `CaptionDetector`.
    case caption
    /// First headline-like line before the prose.
    case title
    /// The sentence-like line right after the title.
    case standfirst
    /// A line with the visible publication date.
    case date
    /// "By Jane Doe".
    case byline
    /// An upper-case place line right before the body ("MOSCOW").
    case dateline
    /// The same text as the title.
    case repeatedTitle
    /// Short lines before the article's prose.
    case header
    /// Lines of the article's run, from its first prose line to the first line that ends an article.
    case articleRun
    /// Non-prose lines after the last prose line of the run.
    case trailingList
    /// Three or more consecutive short non-sentence lines inside the run.
    case linkList
    /// Lines after the article, labelled by the block they are in.
    case tail
    /// Reader comments in a comment section.
    case comment
}

/// A line's label and the stage that decided it.
public struct LineDecision: Sendable, Hashable {
    public var label: LineLabel
    public var stage: LineStage

    public init(_ label: LineLabel, by stage: LineStage) {
        self.label = label
        self.stage = stage
    }
}
