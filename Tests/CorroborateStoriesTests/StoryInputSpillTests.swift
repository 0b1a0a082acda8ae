import CorroborateCore
import Foundation
import Testing

@testable import CorroborateStories

/// A batch run keeps compact inputs in a spill and reads them back story by story: what comes
/// back must be the input that went in, and make the same stories.
@Suite struct StoryInputSpillTests {
    static let kremlin = "The Kremlin denied on Monday that Putin and Trump spoke by phone about the war in Ukraine.\n\nPeskov said: \"This is pure fiction.\""

    static func inputs() -> [StoryInput] {
        var first = StoryFixtures.input(
            "a", title: "Kremlin denies Putin-Trump call", published: "2024-11-11T09:30:00+03:00", text: kremlin, outlet: "Outlet A",
            quotes: [QuoteSpan(
                content: StoryFixtures.range(of: "This is pure fiction.", in: kremlin), speaker: StoryFixtures.range(of: "Peskov", in: kremlin),
                speakerName: "Dmitry Peskov", kind: .direct, via: ["Outlet A"])],
            timexes: [Timex(start: 22, end: 28, text: "Monday", type: .date, value: "2024-11-11")],
            mentions: [StoryFixtures.mention("Peskov", in: kremlin, kind: .person, entity: "p")],
            entities: [Entity(id: "p", name: "Dmitry Peskov", kind: .person, aliases: ["Peskov"], roles: ["spokesman"], mentions: 1)])
        first.credits = [Citation(article: "a", source: "Reuters", kind: .photo, sentence: "Photo: Reuters")]
        return [
            first,
            StoryFixtures.input("b", title: "No call, says the Kremlin", published: "", text: "Kremlin spokesman Dmitry Peskov denied a Putin Trump phone call on Ukraine, ünïcödé 🚀 and all."),
            StoryFixtures.input("c", title: "Lisbon bridge closed", published: "2024-11-12", text: ""),
        ]
    }

    @Test(arguments: inputs())
    func anInputComesBackAsItWent(_ input: StoryInput) throws {
        let spill = InMemoryStoryInputSpill()
        let index = try spill.append(input)
        let back = try spill.input(at: index)
        #expect(back.annotated == input.annotated)
        #expect(back.entities == input.entities)
        #expect(back.credits == input.credits)
        #expect(back.string(TextRange(start: 4, end: 11)) == input.string(TextRange(start: 4, end: 11)))
    }

    @Test func recordsAreNumberedInOrderAndAMissingOneIsAnError() throws {
        let spill = InMemoryStoryInputSpill()
        #expect(try Self.inputs().map { try spill.append($0) } == [0, 1, 2])
        #expect(try spill.input(at: 1).article.id == "b")
        #expect(throws: StoryInputSpillError.noRecord(3)) { try spill.record(at: 3) }
    }

    @Test(arguments: inputs())
    func aClusteringKeyComesBackAsItWent(_ input: StoryInput) throws {
        let key = input.clusteringKey(.english())
        #expect(try ClusteringKey(record: key.record()) == key)
        #expect(!key.terms.isEmpty || input.annotated.text.isEmpty)
    }

    @Test func aCutRecordIsMalformed() throws {
        let record = Self.inputs()[0].clusteringKey(.english()).record()
        for length in [0, 7, 8, 20, record.count - 1] {
            #expect(throws: StoryInputSpillError.malformed) { try ClusteringKey(record: record.prefix(length)) }
        }
    }

    /// Clustering keys read back one at a time, with the document frequencies counted as they came
    /// in any order, groups as clustering the keys in memory.
    @Test func keysReadBackClusterAsKeysInMemory() throws {
        let inputs = Self.inputs(), builder = StoryBuilder()
        let keys = inputs.map { $0.clusteringKey(builder.tokenizer) }
        let records = keys.map { $0.record() }
        var statistics = TermStatistics()
        for key in keys.reversed() { statistics.add(key.terms) }
        let spilled = try builder.cluster(ids: keys.map(\.id), days: keys.map(\.publicationDay), statistics: statistics) {
            try ClusteringKey(record: records[$0])
        }
        #expect(spilled == builder.cluster(keys: keys))
    }

    /// Clustering by keys (what stays in memory) groups as clustering the inputs, and the stories
    /// of the inputs read back are the stories of the inputs.
    @Test func spilledInputsMakeTheSameStories() throws {
        let inputs = Self.inputs(), builder = StoryBuilder()
        let spill = InMemoryStoryInputSpill()
        let records = try inputs.map { try spill.append($0.compacted()) }
        let keys = inputs.map { $0.clusteringKey(builder.tokenizer) }
        let plan = StoryBuilder.briefOrder(builder.cluster(keys: keys)) { $0.map { keys[$0].id } }
        let stories = try plan.map { cluster in builder.story(from: try cluster.map { try spill.input(at: records[$0]) }) }
        #expect(stories == builder.stories(from: inputs))
        #expect(stories.map(\.articles) == [["b", "a"], ["c"]] || stories.map(\.articles) == [["a", "b"], ["c"]])
    }
}
