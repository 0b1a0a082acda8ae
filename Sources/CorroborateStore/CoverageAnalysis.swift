import CorroborateCore
import CorroborateExtraction
import CorroborateStories
import CorroborateText

/// The pipeline from inputs to stories, in one place for `analyze` (one brief) and `ingest`
/// (stored history): read inputs, extract articles, annotate them, cluster and reconcile.
public struct CoverageAnalysis: Sendable {
    /// How inputs are read (largest document).
    public var reader: ReaderConfiguration
    public var extractor: ArticleExtractor
    public var pipeline: AnnotationPipeline
    /// Per-article entities; nil when the bundled gazetteer cannot be loaded.
    public var recognizer: EntityRecognizer?
    public var builder: StoryBuilder
    /// The sentence encoder and cache the builder embeds with; nil without MiniLM weights.
    public var meaning: SentenceMeaning?
    /// The texts building a story embeds for one of its articles, as far as they can be told from
    /// the article alone (its sentences for coverage stances, its quotes): what ``StoryUpdater``
    /// reads from the store's kept vectors before building. Texts the build also embeds (claims,
    /// compared sentences) are embedded when missed and kept like the others.
    public var embeddedTexts: @Sendable (StoryInput) -> [String] = { _ in [] }

    public init(
        reader: ReaderConfiguration, extractor: ArticleExtractor, pipeline: AnnotationPipeline,
        recognizer: EntityRecognizer?, builder: StoryBuilder
    ) {
        self.reader = reader
        self.extractor = extractor
        self.pipeline = pipeline
        self.recognizer = recognizer
        self.builder = builder
    }

    /// The standard components: ICU sentences for extraction, every annotation component, the
    /// bundled entity recognizer, and MiniLM sentence meaning for quote groups and claims when its
    /// weights are installed.
    public static func standard(reader: ReaderConfiguration = ReaderConfiguration()) -> CoverageAnalysis {
        standard(reader: reader, meaning: SentenceMeaning.installed())
    }

    /// The standard components with `meaning` (nil: none) for quote groups, claims and coverage stances.
    public static func standard(reader: ReaderConfiguration = ReaderConfiguration(), meaning: SentenceMeaning?) -> CoverageAnalysis {
        var builder = StoryBuilder(meaning: meaning)
        let detector = try? StanceDetector.bundled(meaning: meaning)
        if let detector {
            builder.claimBuilder.coverageStances = { bodies, claims in
                let documents = bodies.map(detector.document)
                return claims.map { claim in
                    let claimDocument = detector.document(claim)
                    return documents.map { detector.stance(of: $0, toward: claimDocument).stance }
                }
            }
        }
        var analysis = CoverageAnalysis(
            reader: reader,
            extractor: ArticleExtractor(configuration: ExtractionConfiguration(sentenceSplitter: ICUSentenceSplitter())),
            pipeline: .standard, recognizer: try? EntityRecognizer.bundled(), builder: builder)
        analysis.meaning = meaning
        if meaning != nil {
            analysis.embeddedTexts = { input in
                (detector.map { $0.sentenceTexts(of: input.annotated.text) } ?? []) + input.reportedQuoteTexts
            }
        }
        return analysis
    }

    /// The documents of `inputs` (files, directories, globs, `-`), read lazily.
    public func documents(_ inputs: [String]) -> DocumentReader {
        DocumentReader(inputs: inputs, configuration: reader)
    }

    /// The article of one read result, or the problem with it (naming the input).
    public func article(from result: ReadResult) -> Result<Article, Problem> {
        switch result {
        case .problem(let problem):
            return .failure(problem)
        case .document(let document):
            do {
                return .success(try extractor.article(from: document))
            } catch {
                return .failure(error.problem)
            }
        }
    }

    /// Every article of `inputs` and every problem met, in input order.
    public func articles(from inputs: [String]) -> (articles: [Article], problems: [Problem]) {
        var articles: [Article] = [], problems: [Problem] = []
        for result in documents(inputs) {
            switch article(from: result) {
            case .success(let article): articles.append(article)
            case .failure(let problem): problems.append(problem)
            }
        }
        return (articles, problems)
    }

    /// `article` annotated, with its entities, as story building takes it.
    public func annotated(_ article: Article) -> StoryInput {
        StoryInput.annotating(article, pipeline: pipeline, recognizer: recognizer)
    }

    /// The brief of `articles`: annotated, clustered into stories and reconciled.
    public func brief(articles: [Article], problems: [Problem], generatedAt: String) -> Brief {
        let stories = builder.stories(from: articles.map(annotated))
        return Brief(generatedAt: generatedAt, articles: articles, stories: stories, problems: problems)
    }

    /// The same brief, annotating articles and reconciling stories on up to `workers` tasks at once.
    public func brief(articles: [Article], problems: [Problem], generatedAt: String, workers: Int) async -> Brief {
        let inputs = await articles.concurrentMap(workers: workers) { annotated($0) }
        let clusters = builder.cluster(inputs)
        let stories = await clusters.concurrentMap(workers: workers) { builder.story(from: $0) }
        return Brief(generatedAt: generatedAt, articles: articles, stories: StoryBuilder.briefOrder(stories), problems: problems)
    }
}
