import CICU

/// Sentence and word boundaries from ICU's break iterators, reported as Unicode scalar offsets.
///
/// This module imports ICU and never Foundation (the two clash on `UErrorCode`). ICU works on
/// UTF-16; every offset it returns is mapped back to a scalar offset before it leaves this type.
public enum ICUBreaks {
    /// The kind of boundary analysis.
    public enum Kind: Sendable {
        case sentence, word

        var icuType: UBreakIteratorType { self == .sentence ? UBRK_SENTENCE : UBRK_WORD }
    }

    /// Scalar offsets of every boundary ICU finds in `scalars`, from 0 to `scalars.count` inclusive.
    /// `rewrite` may replace scalars before analysis (same length), e.g. a single newline by a space.
    /// Returns `[0, scalars.count]` when ICU cannot open an iterator.
    public static func boundaries(
        _ kind: Kind, in scalars: [Unicode.Scalar], locale: String = "en_US"
    ) -> [Boundary] {
        guard !scalars.isEmpty else { return [Boundary(offset: 0, status: 0)] }
        var utf16: [UInt16] = []
        utf16.reserveCapacity(scalars.count + scalars.count / 8)
        var scalarAt: [Int32] = []  // UTF-16 index -> scalar index
        scalarAt.reserveCapacity(scalars.count + 1)
        for (index, scalar) in scalars.enumerated() {
            for unit in scalar.utf16 {
                utf16.append(unit)
                scalarAt.append(Int32(index))
            }
        }
        scalarAt.append(Int32(scalars.count))
        let fallback = [Boundary(offset: 0, status: 0), Boundary(offset: scalars.count, status: 0)]
        guard utf16.count < Int(Int32.max) else { return fallback }
        return utf16.withUnsafeBufferPointer { buffer -> [Boundary] in
            var status = U_ZERO_ERROR
            guard let iterator = corroborate_ubrk_open(kind.icuType, locale, buffer.baseAddress, Int32(buffer.count), &status),
                  corroborate_u_success(status) != 0
            else { return fallback }
            defer { corroborate_ubrk_close(iterator) }
            var result: [Boundary] = []
            var position = corroborate_ubrk_first(iterator)
            while position >= 0 {
                let offset = Int(scalarAt[Int(position)])
                result.append(Boundary(offset: offset, status: Int(corroborate_ubrk_getRuleStatus(iterator))))
                position = corroborate_ubrk_next(iterator)
            }
            return result
        }
    }

    /// One boundary: its scalar offset and ICU's rule status for the segment that ends there
    /// (for words: 0-99 none, 100-199 number, 200-299 letter, 300-399 kana, 400-499 ideographic).
    public struct Boundary: Sendable, Hashable {
        /// Scalar offset of the boundary.
        public var offset: Int
        /// ICU's rule status of the segment ending at `offset`.
        public var status: Int

        /// A boundary at `offset` with rule status `status`.
        public init(offset: Int, status: Int) {
            self.offset = offset
            self.status = status
        }
    }
}
