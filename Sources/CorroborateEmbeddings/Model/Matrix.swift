import COpenBLAS

/// Row-major Float32 matrix products on OpenBLAS.
enum Matrix {
    /// c[rows, columns] = a[rows, inner] · wᵀ + bias, where `w` is `[columns, inner]` (PyTorch's
    /// Linear layout). The bias is copied into `c` first and the product accumulated onto it.
    static func linear(_ a: UnsafePointer<Float>, rows: Int, inner: Int, weight w: [Float], bias: [Float],
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
    static func gemm(transposeB: Bool, rows: Int, columns: Int, inner: Int, alpha: Float,
                     a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float = 0,
                     c: UnsafeMutablePointer<Float>, ldc: Int) {
        cblas_sgemm(CblasRowMajor, CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                    blasint(rows), blasint(columns), blasint(inner), alpha, a, blasint(lda), b, blasint(ldb),
                    beta, c, blasint(ldc))
    }
}
