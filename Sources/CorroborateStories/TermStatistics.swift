/// Document frequencies of terms, counted as documents arrive, for TF-IDF weighting.
public struct TermStatistics: Sendable {
    /// Documents counted so far.
    public private(set) var documents: Int = 0
    private var frequencies: [UInt64: Int32] = [:]
    /// Background frequencies mixed in (``mix(_:asDocuments:)``) and how many documents they count as.
    private var background: BackgroundFrequencies?
    private var backgroundDocuments: Float = 0

    public init() {}

    /// Mixes `background` in as `count` documents more: a term in a share `s` of the background's
    /// documents counts as in `s * count` of them. The mix is not saved with the statistics.
    public mutating func mix(_ background: BackgroundFrequencies, asDocuments count: Float) {
        self.background = count > 0 ? background : nil
        backgroundDocuments = count > 0 ? count : 0
    }

    /// Counts one document's distinct terms.
    public mutating func add(terms: some Sequence<UInt64>) {
        documents += 1
        for term in Set(terms) { frequencies[term, default: 0] += 1 }
    }

    /// Counts one document's distinct terms from its term counts.
    public mutating func add(_ counts: TermCounts) {
        documents += 1
        for term in counts.terms { frequencies[term, default: 0] += 1 }
    }

    /// Smoothed inverse document frequency: `ln((N + 1) / (df + 1)) + 1`, the background's
    /// documents and frequencies (scaled to `asDocuments`) added to `N` and `df` when mixed in.
    public func idf(_ term: UInt64) -> Float {
        var df = Float(frequencies[term] ?? 0), total = Float(documents)
        if let background {
            df += backgroundDocuments * Float(background.frequencies[term] ?? 0) / Float(background.documents)
            total += backgroundDocuments
        }
        return Float(log(Double((total + 1) / (df + 1)))) + 1
    }

    /// The unit-length TF-IDF vector of a document's terms (sublinear tf: `1 + ln tf`), with the
    /// IDF raised to `idfPower` (above 1, the rarest terms weigh more than in plain TF-IDF).
    public func vector(terms: [UInt64], idfPower: Float = 1) -> SparseVector {
        vector(TermCounts(terms), idfPower: idfPower)
    }

    /// The same vector from the document's term counts.
    public func vector(_ counts: TermCounts, idfPower: Float = 1) -> SparseVector {
        var weights: [UInt64: Float] = [:]
        for (term, count) in zip(counts.terms, counts.counts) {
            let weight = idf(term)
            weights[term] = (1 + Float(log(Double(count)))) * (idfPower == 1 ? weight : Float(pow(Double(weight), Double(idfPower))))
        }
        return SparseVector(weights).normalized()
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Saved between ingest runs with the story desk (the background mix is not).
extension TermStatistics: Codable {
    private enum CodingKeys: String, CodingKey {
        case documents, frequencies
    }
}
