import Testing

@testable import CorroborateStories

@Suite struct StanceInteractionTests {
    /// Vectors spread along `axis` (large) and along the other coordinates (small), as (claim, sentence)
    /// pairs whose product is the vector itself (claim all ones).
    static func pairs(spread axis: Int, dimension: Int = 4, count: Int = 40) -> [([Float], [Float])] {
        (0..<count).map { index in
            let sentence = (0..<dimension).map { coordinate -> Float in
                let wave = Float((index * (coordinate + 3)) % 7) - 3
                return coordinate == axis ? wave * 10 : wave * 0.1
            }
            return ([Float](repeating: 1, count: dimension), sentence)
        }
    }

    @Test(arguments: [0, 2, 3])
    func principalAxisFollowsTheLargestSpread(axis: Int) {
        let fitted = StanceInteraction.fit(Self.pairs(spread: axis), components: 1)
        #expect(fitted.productAxes.count == 1)
        let leading = fitted.productAxes[0].indices.max { abs(fitted.productAxes[0][$0]) < abs(fitted.productAxes[0][$1]) }
        #expect(leading == axis)
        #expect(fitted.productAxes[0][axis] > 0.99)
    }

    @Test func axesAreOrthonormal() {
        let fitted = StanceInteraction.fit(Self.pairs(spread: 1, dimension: 5), components: 3)
        for first in fitted.productAxes.indices {
            for second in fitted.productAxes.indices {
                let dot = zip(fitted.productAxes[first], fitted.productAxes[second]).reduce(Float(0)) { $0 + $1.0 * $1.1 }
                #expect(abs(dot - (first == second ? 1 : 0)) < 1e-3)
            }
        }
    }

    @Test(arguments: [
        // (positive shift per coordinate, the coordinate the discriminant should lean on)
        ([Float(1), 0, 0], 0),
        ([Float(0), 0, -1], 2),
    ])
    func discriminantLeansOnTheShiftedCoordinate(shift: [Float], coordinate: Int) {
        let base = Self.pairs(spread: 1, dimension: 3)
        let positive = base.indices.map { $0 % 2 == 0 }
        let shifted = zip(base, positive).map { pair, isPositive in
            (pair.0, isPositive ? zip(pair.1, shift).map { $0 + $1 } : pair.1)
        }
        let fitted = StanceInteraction.discriminant(shifted, positive: positive)
        let axis = fitted.productAxes[0]
        let leading = axis.indices.max { abs(axis[$0]) < abs(axis[$1]) }
        #expect(leading == coordinate)
        #expect(axis[coordinate] * shift[coordinate] > 0)
    }

    @Test func solvesASymmetricSystem() throws {
        let x = try #require(PrincipalAxes.solve([4, 2, 2, 3], [6, 5], dimension: 2))
        #expect(abs(x[0] - 1) < 1e-9 && abs(x[1] - 1) < 1e-9)
        #expect(PrincipalAxes.solve([0, 0, 0, 0], [1, 1], dimension: 2) == nil)
    }

    @Test(arguments: [
        (nil, [Float(1), 1, 1, 1]),
        ([Float(1), 1, 1, 1], nil),
        ([Float(1), 1], [Float(1), 1]),
    ] as [([Float]?, [Float]?)])
    func missingOrMismatchedVectorsGiveZeros(claim: [Float]?, sentence: [Float]?) {
        let fitted = StanceInteraction.fit(Self.pairs(spread: 0), components: 2)
        #expect(fitted.features(claim: claim, sentence: sentence) == [0, 0, 0, 0])
    }

    @Test func nearestSentenceByCosine() {
        #expect(StanceInteraction.nearest([1, 0], in: [[0, 1], [0.8, 0.6], [0.6, 0.8]]) == 1)
        #expect(StanceInteraction.nearest([1, 0], in: []) == nil)
    }
}
