import CorroborateCore

extension StoryInput {
    /// The terms the story clusterer weighs: the title's and the text's.
    func clusteringTerms(_ tokenizer: TermTokenizer) -> [UInt64] {
        tokenizer.terms(in: [article.title ?? "", annotated.text].joined(separator: "\n"))
    }

    /// The terms of its lead: the title and the first words of the text.
    func clusteringLeadTerms(_ tokenizer: TermTokenizer) -> [UInt64] {
        tokenizer.leadTerms(in: [article.title ?? "", annotated.text].joined(separator: "\n"))
    }

    /// This article as the clusterer takes it: its TF-IDF `vector` and `lead` vector, its day of
    /// publication and the names of the entities it mentions.
    func clusteringItem(vector: SparseVector, lead: SparseVector) -> StoryClusterer.Item {
        let day = article.published?.calendarDay?.daysSinceEpoch
        return StoryClusterer.Item(id: article.id, vector: vector, lead: lead, day: day, entities: Self.clusteringNames(entities))
    }

    /// The entity names the clusterer compares: every entity but those of kind `other`, lowercased.
    public static func clusteringNames(_ entities: [Entity]) -> Set<String> {
        Set(entities.filter { $0.kind != .other }.map { $0.name.lowercased() })
    }
}
