@testable import CorroborateEmbeddings
import Foundation
import Testing

@Suite struct KernelsTests {
    @Test("fast erf is within 3e-7 of erf (two ulps near 1)", arguments: stride(from: -6.0, through: 6.0, by: 0.5).map { $0 })
    func erfAccuracy(start: Double) {
        let xs = (0..<8).map { Float(start + Double($0) / 16) }
        let fast = FastErf.erf(SIMD8(xs))
        for (index, x) in xs.enumerated() {
            #expect(abs(Double(fast[index]) - erf(Double(x))) < 3e-7, "x = \(x)")
        }
    }

    @Test("GELU matches the exact formula, tail included")
    func gelu() {
        var values: [Float] = (0..<19).map { Float($0) / 3 - 3.2 }
        let expected = values.map { value -> Double in
            let x = Double(value)
            return 0.5 * x * (1 + erf(x / 2.0.squareRoot()))
        }
        values.withUnsafeMutableBufferPointer { Kernels.gelu($0.baseAddress!, count: 19) }
        #expect(zip(values, expected).allSatisfy { abs(Double($0) - $1) < 1e-6 })
    }

    @Test("fast exp is within 3e-7 relative of exp", arguments: stride(from: -88.0, through: 8.0, by: 4.0).map { $0 })
    func expAccuracy(start: Double) {
        let xs = (0..<8).map { Float(start + Double($0) * 0.4375) }
        let fast = FastExp.exp(SIMD8(xs))
        for (index, x) in xs.enumerated() {
            let exact = exp(Double(max(x, -87.3)))
            #expect(abs(Double(fast[index]) - exact) <= 3e-7 * exact, "x = \(x)")
        }
    }

    @Test("softmax of a long row matches the exact formula")
    func softmaxLongRow() {
        var row: [Float] = (0..<21).map { Float(($0 * 37) % 11) / 2 - 3 }
        let largest = Double(row.max() ?? 0)
        let weights = row.map { exp(Double($0) - largest) }
        let total = weights.reduce(0, +)
        row.withUnsafeMutableBufferPointer { Kernels.softmaxRows($0.baseAddress!, rows: 1, width: 21, stride: 21) }
        #expect(zip(row, weights).allSatisfy { abs(Double($0) - $1 / total) < 1e-7 })
    }

    @Test("softmax rows sum to one and keep order")
    func softmax() {
        var matrix: [Float] = [1, 2, 3, 0, 0, 0, 1000, 0, 9]
        matrix.withUnsafeMutableBufferPointer { Kernels.softmaxRows($0.baseAddress!, rows: 3, width: 3, stride: 3) }
        for row in 0..<3 {
            #expect(abs(matrix[row * 3..<row * 3 + 3].reduce(0, +) - 1) < 1e-6)
        }
        #expect(matrix[0] < matrix[1] && matrix[1] < matrix[2])
        #expect(matrix[6] == 1)
    }

    @Test("layer norm gives zero mean and unit variance before scale and shift")
    func layerNorm() {
        var row: [Float] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
        let norm = LayerNormWeights(scale: .init(repeating: 2, count: 10), shift: .init(repeating: 1, count: 10))
        row.withUnsafeMutableBufferPointer {
            Kernels.addBiasResidualLayerNorm($0.baseAddress!, rows: 1, width: 10, bias: nil, residual: nil,
                                             norm: norm, epsilon: 1e-12)
        }
        let centred = row.map { ($0 - 1) / 2 }
        #expect(abs(centred.reduce(0, +)) < 1e-5)
        #expect(abs(centred.reduce(0) { $0 + $1 * $1 } / 10 - 1) < 1e-5)
    }
}
