/// A vectorised exp for Float32 (Cephes `expf`): e^x = 2^n · e^r with n = round(x·log₂e) and
/// |r| ≤ ln2/2, e^r by a degree-6 polynomial; relative error within 2e-7. Inputs are clamped to
/// [-87.3, 88.7], so results stay normal (softmax feeds it values ≤ 0).
enum FastExp {
    /// e^x of each lane.
    @inline(__always)
    static func exp(_ value: SIMD8<Float>) -> SIMD8<Float> {
        let high = SIMD8<Float>(repeating: 88.7), low = SIMD8<Float>(repeating: -87.3)
        var x = value.replacing(with: high, where: value .> high).replacing(with: low, where: value .< low)
        // Round x·log₂e to the nearest integer with the 1.5·2²³ trick: its low bits hold n.
        let shifted = x * 1.44269504088896341 + 12582912.0
        let n = unsafeBitCast(shifted, to: SIMD8<Int32>.self) &- 0x4B40_0000
        let fx = shifted - 12582912.0
        x = x - fx * 0.693359375 - fx * -2.12194440e-4
        let z = x * x
        var y = x * 1.9875691500e-4 + 1.3981999507e-3
        y = y * x + 8.3334519073e-3
        y = y * x + 4.1665795894e-2
        y = y * x + 1.6666665459e-1
        y = y * x + 5.0000001201e-1
        y = y * z + x + 1
        let scale = unsafeBitCast((n &+ 127) &<< 23, to: SIMD8<Float>.self)
        return y * scale
    }
}
