import CorroborateEmbeddings

/// Features of a (claim, body) pair read from sentence embeddings (MiniLM, unit length): how close the
/// claim is to the body's sentences, and how close the sentences nearest the claim are to short
/// prototype statements of each stance ("this claim is false", "officials confirmed the report", ...).
/// All zero when the documents carry no embeddings.
public struct StanceEmbeddingFeatures: Sendable {
    /// Prototype statements per group, in `groups` order.
    public static let prototypes: [(group: String, texts: [String])] = [
        ("refute", ["this claim is false", "the report is a hoax", "the story has been debunked",
                    "there is no evidence that this happened", "the rumor is not true"]),
        ("deny", ["he denied the report", "the spokesman said the claims were untrue",
                  "the company denied the rumors"]),
        ("confirm", ["officials confirmed the report", "it has been confirmed that this happened",
                     "the news is true"]),
        ("unverified", ["the report could not be independently verified", "it is not clear whether this is true",
                        "according to unconfirmed reports"]),
    ]

    /// How many body sentences nearest the claim form its focus (default 3).
    public var focusSentences = 3
    /// Unit embeddings of the prototype texts, grouped as `prototypes`; empty means no embeddings.
    public private(set) var prototypeEmbeddings: [[[Float]]] = []
    /// Unit direction from the mean confirm prototype to the mean refute and deny prototype (`shift`).
    private var shiftDirection: [Float] = []

    public init() {}

    /// Every prototype text, flattened in group order (to embed them in one call).
    public static var prototypeTexts: [String] { prototypes.flatMap(\.texts) }

    /// Sets the prototype embeddings from `embeddings` of `prototypeTexts`, in that order; any other
    /// count (none: no encoder) leaves no prototypes, so every feature is 0.
    public mutating func setPrototypes(_ embeddings: [[Float]]) {
        guard embeddings.count == Self.prototypeTexts.count else {
            prototypeEmbeddings = []
            shiftDirection = []
            return
        }
        var offset = 0
        prototypeEmbeddings = Self.prototypes.map { group in
            defer { offset += group.texts.count }
            return Array(embeddings[offset..<offset + group.texts.count])
        }
        let refute = Self.mean(prototypeEmbeddings[0] + prototypeEmbeddings[1])
        let confirm = Self.mean(prototypeEmbeddings[2])
        shiftDirection = VectorSimilarity.normalized(zip(refute, confirm).map { $0 - $1 })
    }

    public static let names: [String] = [
        "embedding.maxCosine", "embedding.top3Cosine", "embedding.bodyCosine", "embedding.bestPosition",
        "embedding.denialCosine", "embedding.bestDenial", "embedding.bestNegated", "embedding.shift",
    ] + prototypes.flatMap { ["focus.\($0.group)", "body.\($0.group)", "tail.\($0.group)", "claim.\($0.group)", "aboutClaim.\($0.group)"] }
        .map { "embedding.\($0)" }

    /// The features of `body` towards `claim`.
    public func vector(claim: StanceDocument, body: StanceDocument) -> [Float] {
        let sentences = body.sentenceEmbeddings
        guard let claimVector = claim.embedding, !sentences.isEmpty, prototypeEmbeddings.count == Self.prototypes.count else {
            return [Float](repeating: 0, count: Self.names.count)
        }
        let cosines = sentences.map { Self.dot($0, claimVector) }
        let ranked = cosines.indices.sorted { cosines[$0] > cosines[$1] }
        let focus = Array(ranked.prefix(focusSentences))
        let best = ranked[0]
        let denials = Set(body.text.cues.filter { $0.category == .refute || $0.category == .deny }.map { body.text.words[$0.position].sentence })
        let negated = Set(body.text.cues.filter { $0.category == .negation }.map { body.text.words[$0.position].sentence })
        let proto = sentences.map { sentence in prototypeEmbeddings.map { group in group.map { Self.dot($0, sentence) }.max() ?? 0 } }
        let claimProto = prototypeEmbeddings.map { group in group.map { Self.dot($0, claimVector) }.max() ?? 0 }
        let tail = Array(sentences.indices.suffix(3))
        var features: [Float] = [
            cosines[best],
            focus.reduce(Float(0)) { $0 + cosines[$1] } / Float(focus.count),
            Self.dot(VectorSimilarity.normalized(Self.mean(sentences)), claimVector),
            Float(best) / Float(sentences.count),
            denials.filter { $0 < cosines.count }.map { cosines[$0] }.max() ?? -1,
            denials.contains(best) ? 1 : 0,
            negated.contains(best) ? 1 : 0,
            shift(from: claimVector, to: sentences[best]),
        ]
        for group in prototypeEmbeddings.indices {
            features.append(focus.map { proto[$0][group] }.max() ?? 0)
            features.append(proto.map { $0[group] }.max() ?? 0)
            features.append(tail.map { proto[$0][group] }.max() ?? 0)
            features.append(claimProto[group])
            features.append(proto.indices.map { min(cosines[$0], proto[$0][group]) }.max() ?? 0)
        }
        return features
    }

    /// How far moving from the claim to `sentence` goes towards the refute prototypes and away from the
    /// confirm prototypes.
    private func shift(from claim: [Float], to sentence: [Float]) -> Float {
        zip(sentence, claim).enumerated().reduce(Float(0)) { $0 + ($1.element.0 - $1.element.1) * shiftDirection[$1.offset] }
    }

    static func dot(_ a: [Float], _ b: [Float]) -> Float {
        VectorSimilarity.dot(a, b)
    }

    static func mean(_ vectors: [[Float]]) -> [Float] {
        guard let first = vectors.first else { return [] }
        var sum = [Float](repeating: 0, count: first.count)
        for vector in vectors { for index in 0..<min(sum.count, vector.count) { sum[index] += vector[index] } }
        return sum.map { $0 / Float(vectors.count) }
    }
}
