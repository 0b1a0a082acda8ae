import CorroborateCore
import CorroborateEmbeddings
import CorroborateExtraction
import CorroborateStore
import CorroborateStories
import Foundation
import Testing

/// `ingest` keeping sentence vectors in the store, with the installed MiniLM weights: a later run
/// reads the vectors of stored articles instead of embedding them, and builds the same briefs.
@Suite(.enabled(if: InstalledEncoder.miniLM != nil, "no MiniLM weights: run scripts/setup.sh"))
struct IngestVectorTests {
    static var encoder: SentenceEncoder? { InstalledEncoder.miniLM }

    /// One `ingest` process, vectors kept in `store` or not: returns its in-process memo (what it embedded).
    static func ingest(_ paths: [URL], into store: any ArticleStore, keepingVectors: Bool = true) async throws -> EmbeddingMemo {
        let memo = EmbeddingMemo()
        let meaning = SentenceMeaning(encoder: try #require(encoder), cache: memo)
        var configuration = Ingest.Configuration()
        configuration.storyBatch = 100
        let ingest = keepingVectors
            ? Ingest.keepingVectors(store: store, reader: ReaderConfiguration(), meaning: meaning, configuration: configuration)
            : Ingest(store: store, analysis: .standard(meaning: meaning), configuration: configuration)
        _ = try await ingest.run(inputs: paths.map(\.path))
        return memo
    }

    /// Every stored brief as canonical JSON, by story id.
    static func briefs(_ store: any ArticleStore) async throws -> [String: String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var briefs: [String: String] = [:]
        for summary in try await store.stories(matching: StoryQuery(limit: 1000)).stories {
            let story = try #require(try await store.story(id: summary.id))
            briefs[summary.id] = String(decoding: try encoder.encode(story), as: UTF8.self)
        }
        return briefs
    }

    /// The sentences the first run's articles give to story building (what a rebuild embeds).
    static func texts(of paths: [URL], analysis: CoverageAnalysis) -> [String] {
        paths.flatMap { url in
            let (articles, _) = analysis.articles(from: [url.path])
            return articles.map(analysis.annotated).flatMap(analysis.embeddedTexts)
        }
    }

    /// The invented Vell bridge story in five outlets and formats (the repository's example).
    static let pages: [URL] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/vell-bridge")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }()

    /// Two runs (processes) keeping vectors give the briefs of two runs that embed everything; the
    /// second reads the first's stored sentence vectors instead of embedding them again.
    @Test(arguments: [2, 4])
    func aSecondRunReadsTheFirstRunsVectorsAndBuildsTheSameBriefs(firstRun: Int) async throws {
        let directory = try TemporaryDirectory.make()
        let pages = Self.pages
        try #require(pages.count == 5)
        let plain = try SQLiteStore(path: directory.appendingPathComponent("plain.sqlite").path)
        _ = try await Self.ingest(Array(pages.prefix(firstRun)), into: plain, keepingVectors: false)
        _ = try await Self.ingest(Array(pages.dropFirst(firstRun)), into: plain, keepingVectors: false)
        let kept = try SQLiteStore(path: directory.appendingPathComponent("kept.sqlite").path)
        let first = try await Self.ingest(Array(pages.prefix(firstRun)), into: kept)
        let second = try await Self.ingest(Array(pages.dropFirst(firstRun)), into: kept)

        #expect(try await Self.briefs(kept) == Self.briefs(plain))
        let analysis = CoverageAnalysis.standard(meaning: SentenceMeaning(encoder: try #require(Self.encoder)))
        let later = Set(Self.texts(of: Array(pages.dropFirst(firstRun)), analysis: analysis))
        // The first run's article sentences (as coverage stances embed them) it embedded and stored.
        let earlier = first.vectors(of: Self.sentences(of: Array(pages.prefix(firstRun)), analysis: analysis)).keys.filter { !later.contains($0) }
        #expect(!earlier.isEmpty)
        let model = try #require(Self.encoder).modelIdentity
        let stored = try await kept.storedVectors(keys: earlier.map(StoredVector.key(of:)), model: model)
        #expect(Set(stored.map(\.key)) == Set(earlier.map(StoredVector.key(of:))))
        // The second run's memo holds only what it embedded: none of them.
        #expect(second.vectors(of: Array(earlier)).isEmpty)
        #expect(second.count > 0)
    }

    /// The body sentences of the articles of `paths` as coverage stances embed them.
    static func sentences(of paths: [URL], analysis: CoverageAnalysis) -> [String] {
        guard let detector = try? StanceDetector.bundled() else { return [] }
        return paths.flatMap { url in
            analysis.articles(from: [url.path]).articles.map(analysis.annotated).flatMap { detector.sentenceTexts(of: $0.annotated.text) }
        }
    }
}

/// The MiniLM encoder from the default model folder, loaded once; nil when not installed.
enum InstalledEncoder {
    static let miniLM = try? SentenceEncoder(configuration: .fromEnvironment())
}
