import COpenBLAS

/// Row-major Float32 matrix products on OpenBLAS.
enum Matrix {
    /// c[rows, columns] = a[rows, inner] · wᵀ, where `w` is `[columns, inner]` (PyTorch's Linear layout).
    static func multiply(_ a: UnsafePointer<Float>, rows: Int, inner: Int, byTransposed w: [Float], columns: Int,
                         into c: UnsafeMutablePointer<Float>) {
        w.withBase { weight in
            gemm(transposeB: true, rows: rows, columns: columns, inner: inner, alpha: 1,
                 a: a, lda: inner, b: weight, ldb: inner, c: c, ldc: columns)
        }
    }

    /// c = alpha · a · op(b), with leading dimensions given (row-major), beta 0.
    static func gemm(transposeB: Bool, rows: Int, columns: Int, inner: Int, alpha: Float,
                     a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                     c: UnsafeMutablePointer<Float>, ldc: Int) {
        cblas_sgemm(CblasRowMajor, CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                    blasint(rows), blasint(columns), blasint(inner), alpha, a, blasint(lda), b, blasint(ldb),
                    0, c, blasint(ldc))
    }

    /// Adds `vector` to every row of `matrix[rows, width]`.
    static func addRowVector(_ vector: [Float], to matrix: UnsafeMutablePointer<Float>, rows: Int, width: Int) {
        vector.withBase { bias in
            for row in 0..<rows {
                Kernels.add(bias, into: matrix + row * width, count: width)
            }
        }
    }
}
