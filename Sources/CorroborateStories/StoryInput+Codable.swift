import CorroborateCore
import Foundation

/// A story input encodes as its annotated article, entities and credits; decoding rebuilds the
/// scalar offsets and takes the entities as they were (their role forms already added), so an
/// input read back from a ``StoryInputSpill`` makes the same stories.
extension StoryInput: Codable {
    private enum CodingKeys: String, CodingKey {
        case annotated, entities, credits
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            restoring: try container.decode(AnnotatedArticle.self, forKey: .annotated),
            entities: try container.decode([Entity].self, forKey: .entities),
            credits: try container.decode([Citation].self, forKey: .credits))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(annotated, forKey: .annotated)
        try container.encode(entities, forKey: .entities)
        try container.encode(credits, forKey: .credits)
    }
}

extension StoryInput {
    /// This input as one ``StoryInputSpill`` record (compact JSON).
    public func spillRecord() throws -> Data {
        try JSONEncoder().encode(self)
    }

    /// The input of a record made by ``spillRecord()``.
    public init(spillRecord: Data) throws {
        self = try JSONDecoder().decode(StoryInput.self, from: spillRecord)
    }
}
