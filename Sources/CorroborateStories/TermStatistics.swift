/// Document frequencies of terms, counted as documents arrive, for TF-IDF weighting.
public struct TermStatistics: Sendable {
    /// Documents counted so far.
    public private(set) var documents: Int = 0
    private var frequencies: [UInt64: Int32] = [:]

    public init() {}

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

    /// Smoothed inverse document frequency: `ln((N + 1) / (df + 1)) + 1`.
    public func idf(_ term: UInt64) -> Float {
        let df = Float(frequencies[term] ?? 0)
        return Float(log(Double((Float(documents) + 1) / (df + 1)))) + 1
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

// Saved between ingest runs with the story desk.
extension TermStatistics: Codable {}
