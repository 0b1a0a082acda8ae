/// Row-major Float32 matrix products on OpenBLAS.
struct Matrix: Sendable {
    /// The library that computes them.
    let blas: BLASLibrary

    /// c[rows, columns] = a[rows, inner] · wᵀ + bias, where `w` is `[columns, inner]` (PyTorch's
    /// Linear layout). The bias is copied into `c` first and the product accumulated onto it.
    func linear(_ a: UnsafePointer<Float>, rows: Int, inner: Int, weight w: [Float], bias: [Float],
                columns: Int, into c: UnsafeMutablePointer<Float>) {
        bias.withBase { bias in
            for row in 0..<rows { (c + row * columns).update(from: bias, count: columns) }
        }
        w.withBase { weight in
            gemm(transposeB: true, rows: rows, columns: columns, inner: inner, alpha: 1,
                 a: a, lda: inner, b: weight, ldb: inner, beta: 1, c: c, ldc: columns)
        }
    }

    /// c = alpha · a · op(b) + beta · c, with leading dimensions given (row-major).
    func gemm(transposeB: Bool, rows: Int, columns: Int, inner: Int, alpha: Float,
              a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float = 0,
              c: UnsafeMutablePointer<Float>, ldc: Int) {
        blas.sgemm(transposeB: transposeB, rows: rows, columns: columns, inner: inner, alpha: alpha,
                   a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
    }
}
