import CorroborateEvaluation
import Testing

@Suite struct StoryClusteringEvaluationTests {
    let documents = [
        (id: "1", text: "Volcano erupts near the coastal village overnight"),
        (id: "2", text: "Village fishermen flee lava after mountain blast"),
    ]

    @Test func bodiesSharingOneWordAreApartOnTFIDF() {
        let predicted = StoryClusteringEvaluation().predict(documents)
        #expect(predicted["1"] != predicted["2"])
    }

    @Test func alikeEmbeddingsJoinBodiesSharingOneWord() {
        var evaluation = StoryClusteringEvaluation()
        evaluation.configuration.embeddingWeight = 0.8
        let predicted = evaluation.predict(documents, embeddings: [[1, 0], [1, 0]])
        #expect(predicted["1"] == predicted["2"])
    }
}
