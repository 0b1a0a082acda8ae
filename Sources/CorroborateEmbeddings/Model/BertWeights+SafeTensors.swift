extension BertWeights {
    /// Reads a HuggingFace `BertModel` checkpoint (names `embeddings.*`, `encoder.layer.N.*`;
    /// an optional `bert.` prefix is accepted), checking every shape against `configuration`.
    public init(file: SafeTensorsFile, configuration: BertConfiguration) throws {
        let prefix = file.tensors["bert.embeddings.word_embeddings.weight"] != nil ? "bert." : ""
        let hidden = configuration.hiddenSize
        func tensor(_ name: String, _ shape: [Int]) throws -> [Float] {
            try file.floats(prefix + name, shape: shape)
        }
        func norm(_ name: String) throws -> LayerNormWeights {
            LayerNormWeights(scale: try tensor(name + ".weight", [hidden]), shift: try tensor(name + ".bias", [hidden]))
        }
        let tokenTypes = try tensor("embeddings.token_type_embeddings.weight", [configuration.typeVocabSize, hidden])
        self.init(
            wordEmbeddings: try tensor("embeddings.word_embeddings.weight", [configuration.vocabSize, hidden]),
            positionEmbeddings: try tensor(
                "embeddings.position_embeddings.weight", [configuration.maxPositionEmbeddings, hidden]
            ),
            tokenTypeEmbedding: Array(tokenTypes[0..<hidden]),
            embeddingNorm: try norm("embeddings.LayerNorm"),
            layers: try (0..<configuration.numHiddenLayers).map { index in
                try BertLayerWeights(layer: "encoder.layer.\(index).", tensor: tensor, norm: norm, configuration)
            }
        )
    }
}

extension BertLayerWeights {
    init(layer name: String, tensor: (String, [Int]) throws -> [Float], norm: (String) throws -> LayerNormWeights,
         _ configuration: BertConfiguration) throws {
        let hidden = configuration.hiddenSize
        let inner = configuration.intermediateSize
        let attention = name + "attention."
        var qkvWeight: [Float] = []
        var qkvBias: [Float] = []
        for part in ["query", "key", "value"] {
            qkvWeight += try tensor(attention + "self.\(part).weight", [hidden, hidden])
            qkvBias += try tensor(attention + "self.\(part).bias", [hidden])
        }
        self.init(
            qkvWeight: qkvWeight, qkvBias: qkvBias,
            attentionOutputWeight: try tensor(attention + "output.dense.weight", [hidden, hidden]),
            attentionOutputBias: try tensor(attention + "output.dense.bias", [hidden]),
            attentionNorm: try norm(attention + "output.LayerNorm"),
            intermediateWeight: try tensor(name + "intermediate.dense.weight", [inner, hidden]),
            intermediateBias: try tensor(name + "intermediate.dense.bias", [inner]),
            outputWeight: try tensor(name + "output.dense.weight", [hidden, inner]),
            outputBias: try tensor(name + "output.dense.bias", [hidden]),
            outputNorm: try norm(name + "output.LayerNorm")
        )
    }
}
