import Foundation
import Testing

@testable import CorroborateStories

@Suite struct TermStatisticsTests {
    /// Ten documents: term 1 ("said") in all, term 2 ("actor") in five, terms 3 ("rogen") and
    /// 4 ("wozniak") in one each, term 5 ("bale") in two.
    func statistics() -> TermStatistics {
        var statistics = TermStatistics()
        for index in 0..<10 {
            var terms: [UInt64] = [1]
            if index < 5 { terms.append(2) }
            if index == 0 { terms.append(3) }
            if index == 1 { terms.append(4) }
            if index < 2 { terms.append(5) }
            statistics.add(terms: terms)
        }
        return statistics
    }

    func weight(_ vector: SparseVector, _ term: UInt64) -> Float {
        vector.terms.firstIndex(of: term).map { vector.weights[$0] } ?? 0
    }

    @Test(arguments: [Float(0), 1, 2, 3])
    func theWeightRatioOfTwoTermsIsTheirIDFRatioToThePower(_ power: Float) {
        let statistics = statistics()
        let vector = statistics.vector(terms: [1, 3], idfPower: power)
        let expected = Float(pow(Double(statistics.idf(3) / statistics.idf(1)), Double(power)))
        #expect(abs(weight(vector, 3) / weight(vector, 1) - expected) < 1e-4)
        #expect(abs(vector.norm - 1) < 1e-4)
    }

    @Test func powerOneIsPlainTFIDF() {
        let statistics = statistics()
        let terms: [UInt64] = [1, 1, 2, 3, 5]
        #expect(statistics.vector(terms: terms, idfPower: 1) == statistics.vector(terms: terms))
    }

    /// Leads sharing a rare name grow more alike with the power; leads sharing only common words
    /// grow less alike; an unseen term counts as the rarest.
    @Test(arguments: [
        ([UInt64]([1, 2, 3]), [UInt64]([1, 3]), true),         // same claim: the rare name shared
        ([1, 2, 3], [1, 2, 4], false),                      // same subject words, another name
        ([1, 5, 3], [1, 5, 4], false),                      // a shared less rare name, the claim's names differ
        ([1, 2, 99], [2, 99], true),                        // an unseen term shared
    ])
    func aHigherPowerSeparatesLeadsByTheirRarestWords(_ first: [UInt64], _ second: [UInt64], _ rises: Bool) {
        let statistics = statistics()
        let plain = statistics.vector(terms: first).dot(statistics.vector(terms: second))
        let squared = statistics.vector(terms: first, idfPower: 2).dot(statistics.vector(terms: second, idfPower: 2))
        #expect((squared > plain) == rises)
    }

    /// Two documents both using "government" (1) and "foley" (3): alone, both weigh the same; with a
    /// background where "government" is in every document and "foley" in none, "government" weighs less.
    @Test(arguments: [Float(10), 100, 1000])
    func aMixedBackgroundLightensItsCommonWords(_ documents: Float) {
        var statistics = TermStatistics()
        statistics.add(terms: [1, 3])
        statistics.add(terms: [1, 3])
        #expect(statistics.idf(1) == statistics.idf(3))
        let background = BackgroundFrequencies(documents: 50, frequencies: [1: 50])
        var mixed = statistics
        mixed.mix(background, asDocuments: documents)
        #expect(abs(mixed.idf(1) - 1) < 1e-4)
        #expect(mixed.idf(3) > statistics.idf(3))
        mixed.mix(background, asDocuments: 0)
        #expect(mixed.idf(1) == statistics.idf(1))
    }
}

/// A batch run keeps each article's term counts instead of its terms: the counts must weigh
/// exactly as the terms do.
@Suite struct TermCountsTests {
    @Test(arguments: [[], [7], [3, 1, 3, 2, 3, 1], [UInt64.max, 0, UInt64.max], Array(repeating: 5, count: 1000) + [4]] as [[UInt64]])
    func countsWeighAsTheTerms(_ terms: [UInt64]) {
        var fromTerms = TermStatistics(), fromCounts = TermStatistics()
        for document in [terms, [1, 2], [3, 3, 9]] {
            fromTerms.add(terms: document)
            fromCounts.add(TermCounts(document))
        }
        #expect(fromCounts.documents == fromTerms.documents)
        for power in [Float(1), 2] {
            #expect(fromCounts.vector(TermCounts(terms), idfPower: power) == fromTerms.vector(terms: terms, idfPower: power))
        }
        let counts = TermCounts(terms)
        #expect(counts.terms == Array(Set(terms)).sorted())
        #expect(counts.counts.reduce(0) { $0 + Int($1) } == terms.count)
    }
}
