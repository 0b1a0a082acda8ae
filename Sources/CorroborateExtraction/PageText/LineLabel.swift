import CorroborateCore

/// What a line of copied-out page text turned out to be.
public enum LineLabel: Sendable, Hashable {
    /// The headline.
    case title
    /// The sub-headline right after it.
    case standfirst
    /// A paragraph of the article.
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
    /// A social-media post embedded in the text: its signature line and its words (`EmbeddedPost`).
    case embeddedPost
    /// Markup or script left in the text (`MarkupLine`).
    case markup
}

/// One trimmed line of page text with its decision.
public struct LabelledLine: Sendable, Hashable {
    /// The line, trimmed.
    public var line: String
    /// Its label and the stage that chose it.
    public var decision: LineDecision

    /// A labelled line.
    public init(line: String, decision: LineDecision) {
        self.line = line
        self.decision = decision
    }
}

/// A line's label and the stage that decided it.
public struct LineDecision: Sendable, Hashable {
    /// What the line is.
    public var label: LineLabel
    /// The cascade stage that decided it.
    public var stage: LineStage

    /// A decision made by `stage`.
    public init(_ label: LineLabel, by stage: LineStage) {
        self.label = label
        self.stage = stage
    }
}

/// The paragraphs of a clean text with their decisions, and the reader comments among them.
public struct LabelledParagraphs: Sendable, Hashable {
    /// Every paragraph, in order, with its label and the stage that chose it.
    public var paragraphs: [LabelledLine]
    /// Reader comments (paragraphs labelled `.comments` by a comment section), one string each.
    public var comments: [String]

    /// Labelled paragraphs with their comments.
    public init(paragraphs: [LabelledLine], comments: [String]) {
        self.paragraphs = paragraphs
        self.comments = comments
    }
}
