/// Counts of an ingest run so far (reported after every unit and story step).
public struct IngestProgress: Sendable, Hashable {
    /// Units this run completed.
    public var unitsDone = 0
    /// Units left in the queue when the run started (its own and other workers').
    public var unitsQueued = 0
    /// Articles this run stored.
    public var newArticles = 0
    /// Articles this run read that were stored already.
    public var storedBefore = 0
    public var problems = 0
    /// Articles clustered into stories by this run.
    public var clustered = 0
    /// Story briefs saved (a story updated twice counts twice).
    public var storiesSaved = 0

    public init() {}
}

/// What an ingest run did, for the closing summary.
public struct IngestSummary: Sendable, Hashable {
    public var progress: IngestProgress
    /// Units of the inputs already done by an earlier run (not read again).
    public var alreadyIngested: Int
    /// Stories and articles in the store at the end.
    public var storedStories: Int
    public var storedArticles: Int
}
