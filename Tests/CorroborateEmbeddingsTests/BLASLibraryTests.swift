@testable import CorroborateEmbeddings
import CorroborateCore
import Testing

/// OpenBLAS opened at run time: its functions compute, and a missing library is a clear error.
@Suite struct BLASLibraryTests {
    @Test("sgemm through the opened library multiplies row-major matrices", arguments: [false, true])
    func sgemm(transposeB: Bool) throws {
        let blas = try BLASLibrary.shared.get()
        let a: [Float] = [1, 2, 3, 4, 5, 6]                                      // 2 x 3
        let b: [Float] = transposeB ? [1, 0, 1, 0, 1, 1] : [1, 0, 0, 1, 1, 1]    // 2 x 3 (used as its transpose), or 3 x 2
        var c: [Float] = [10, 10, 10, 10]
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    blas.sgemm(transposeB: transposeB, rows: 2, columns: 2, inner: 3, alpha: 2,
                               a: a.baseAddress!, lda: 3, b: b.baseAddress!, ldb: transposeB ? 3 : 2, beta: 1,
                               c: c.baseAddress!, ldc: 2)
                }
            }
        }
        #expect(c == [18, 20, 30, 32])
    }

    @Test("the opened library names its kernels")
    func coreName() throws {
        let name = try BLASLibrary.shared.get().coreName
        #expect(name.map { !$0.isEmpty } == true)
    }

    @Test("a library that cannot be found names the files tried and scripts/setup.sh")
    func missingLibrary() {
        let error = #expect(throws: CorroborateError.self) {
            try BLASLibrary.open(["libcorroborate-no-such-blas.so.0"], chosenCoreType: nil)
        }
        #expect(error?.code == .missingResource)
        #expect(error?.description.contains("libcorroborate-no-such-blas.so.0") == true)
        #expect(error?.description.contains("scripts/setup.sh") == true)
    }
}
