#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The element-wise and row-wise steps of the encoder, on raw Float32 buffers.
///
/// All run in place on row-major matrices; `width` is the row length. They are the only code
/// on the forward pass besides the BLAS products, so they avoid allocation and use SIMD8 lanes.
enum Kernels {
    /// x = GELU(x) = x·½·(1 + erf(x/√2)), the exact (erf) form, over `count` values.
    static func gelu(_ x: UnsafeMutablePointer<Float>, count: Int) {
        let inverseRoot2 = SIMD8<Float>(repeating: 0.70710678118654752)
        var index = 0
        while index + 8 <= count {
            let value = load8(x + index)
            store8(value * 0.5 * (1 + FastErf.erf(value * inverseRoot2)), x + index)
            index += 8
        }
        while index < count {
            let value = x[index]
            x[index] = value * 0.5 * (1 + Float(erf(Double(value) * 0.70710678118654752)))
            index += 1
        }
    }

    /// x = LayerNorm(x + bias + residual) with scale and shift, row by row (biased variance).
    static func addBiasResidualLayerNorm(
        _ x: UnsafeMutablePointer<Float>, rows: Int, width: Int, bias: UnsafePointer<Float>?,
        residual: UnsafePointer<Float>?, norm: LayerNormWeights, epsilon: Float
    ) {
        norm.scale.withBase { scale in
            norm.shift.withBase { shift in
                for row in 0..<rows {
                    let line = x + row * width
                    if let bias { add(bias, into: line, count: width) }
                    if let residual { add(residual + row * width, into: line, count: width) }
                    normalize(line, width: width, scale: scale, shift: shift, epsilon: epsilon)
                }
            }
        }
    }

    /// line[i] += other[i].
    static func add(_ other: UnsafePointer<Float>, into line: UnsafeMutablePointer<Float>, count: Int) {
        var index = 0
        while index + 8 <= count {
            store8(load8(line + index) + load8(other + index), line + index)
            index += 8
        }
        while index < count {
            line[index] += other[index]
            index += 1
        }
    }

    /// One row: (x - mean) / √(variance + ε) · scale + shift.
    static func normalize(_ line: UnsafeMutablePointer<Float>, width: Int, scale: UnsafePointer<Float>,
                          shift: UnsafePointer<Float>, epsilon: Float) {
        var sum: Float = 0
        for index in 0..<width { sum += line[index] }
        let mean = sum / Float(width)
        var squares: Float = 0
        for index in 0..<width {
            let centred = line[index] - mean
            squares += centred * centred
        }
        let inverse = 1 / (squares / Float(width) + epsilon).squareRoot()
        for index in 0..<width {
            line[index] = (line[index] - mean) * inverse * scale[index] + shift[index]
        }
    }

    /// Softmax of each row of a `rows × width` matrix whose rows are `stride` apart:
    /// e^(x - max) / Σ e^(x - max), eight lanes at a time.
    static func softmaxRows(_ x: UnsafeMutablePointer<Float>, rows: Int, width: Int, stride: Int) {
        let whole = width - width % 8
        for row in 0..<rows {
            let line = x + row * stride
            var largest = -Float.infinity
            for index in 0..<width { largest = max(largest, line[index]) }
            var lanes = SIMD8<Float>(repeating: 0)
            var index = 0
            while index < whole {
                let value = FastExp.exp(load8(line + index) - largest)
                store8(value, line + index)
                lanes += value
                index += 8
            }
            var sum = lanes.sum()
            while index < width {
                let value = expf(line[index] - largest)
                line[index] = value
                sum += value
                index += 1
            }
            let inverse = 1 / sum
            for index in 0..<width { line[index] *= inverse }
        }
    }

    @inline(__always)
    static func load8(_ pointer: UnsafePointer<Float>) -> SIMD8<Float> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD8<Float>.self)
    }

    @inline(__always)
    static func load8(_ pointer: UnsafeMutablePointer<Float>) -> SIMD8<Float> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD8<Float>.self)
    }

    @inline(__always)
    static func store8(_ value: SIMD8<Float>, _ pointer: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: SIMD8<Float>.self)
    }
}
