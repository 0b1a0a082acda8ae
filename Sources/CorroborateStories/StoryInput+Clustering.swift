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

    /// The entity names the clusterer compares: every entity but those of kind `other`, lowercased.
    public static func clusteringNames(_ entities: [Entity]) -> Set<String> {
        Set(entities.filter { $0.kind != .other }.map { $0.name.lowercased() })
    }
}
