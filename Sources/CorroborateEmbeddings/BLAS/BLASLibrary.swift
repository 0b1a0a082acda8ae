import CorroborateCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The three OpenBLAS functions the encoder uses, from the shared library opened at run time
/// (`dlopen`) rather than linked, so that the kernel can be chosen before OpenBLAS starts.
///
/// OpenBLAS picks its kernels once, in its load-time constructor, from `OPENBLAS_CORETYPE` or its
/// own CPU detection; Debian's 0.3.21 does not know CPUs newer than it and falls back to its SSE3
/// (`Prescott`) kernels, 3-4x slower here than the AVX2 or AVX-512 ones. Before opening the library,
/// ``open()`` sets `OPENBLAS_CORETYPE` from the CPU's features (``BLASCoreType``) unless the user
/// set it. The library is opened once per process, on first use (``shared``).
public struct BLASLibrary: Sendable {
    typealias SGEMM = @convention(c) (
        Int32, Int32, Int32, Int32, Int32, Int32, Float, UnsafePointer<Float>?, Int32,
        UnsafePointer<Float>?, Int32, Float, UnsafeMutablePointer<Float>?, Int32
    ) -> Void
    typealias SetThreadCount = @convention(c) (Int32) -> Void
    typealias CoreName = @convention(c) () -> UnsafeMutablePointer<CChar>?

    /// CBLAS's `CblasRowMajor`, `CblasNoTrans` and `CblasTrans` (the values of cblas.h's enums).
    static let rowMajor: Int32 = 101
    static let noTranspose: Int32 = 111
    static let transpose: Int32 = 112

    /// The file names tried, in order: the runtime library's soname (Debian's `libopenblas0`),
    /// then the development link.
    public static let fileNames: [String] = {
        #if canImport(Darwin)
        return ["libopenblas.0.dylib", "libopenblas.dylib", "/opt/homebrew/opt/openblas/lib/libopenblas.dylib",
                "/usr/local/opt/openblas/lib/libopenblas.dylib"]
        #else
        return ["libopenblas.so.0", "libopenblas.so"]
        #endif
    }()

    /// The library of this process, opened on first use; the error names the files tried and
    /// `scripts/setup.sh`. Opening sets `OPENBLAS_CORETYPE` (see ``open()``): the first use should
    /// come before other threads read the environment (the CLI opens it at start).
    public static let shared = Result { () throws(CorroborateError) -> BLASLibrary in try open() }

    let sgemmFunction: SGEMM
    let setThreadCountFunction: SetThreadCount
    let coreNameFunction: CoreName?
    /// The value this process gave `OPENBLAS_CORETYPE` before opening the library; nil when
    /// the user had set it or the CPU's features named no core type.
    public let chosenCoreType: String?

    /// Sets `OPENBLAS_CORETYPE` when ``BLASCoreType/setting(userValue:cpuFlags:)`` says so,
    /// then opens the first of ``fileNames`` found.
    static func open() throws(CorroborateError) -> BLASLibrary {
        let chosen = BLASCoreType.setting(userValue: getenv("OPENBLAS_CORETYPE").map { String(cString: $0) },
                                          cpuFlags: BLASCoreType.cpuFlags())
        if let chosen { setenv("OPENBLAS_CORETYPE", chosen, 1) }
        return try open(fileNames, chosenCoreType: chosen)
    }

    /// The first of `names` that `dlopen` finds, with its functions looked up; throws
    /// `missingResource` naming every file tried and scripts/setup.sh when none is found.
    static func open(_ names: [String], chosenCoreType: String?) throws(CorroborateError) -> BLASLibrary {
        var failures: [String] = []
        for name in names {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
                failures.append(dlerror().map { String(cString: $0) } ?? name)
                continue
            }
            return try BLASLibrary(handle: handle, name: name, chosenCoreType: chosenCoreType)
        }
        throw CorroborateError(
            .missingResource, source: names.joined(separator: ", "),
            "cannot open OpenBLAS (scripts/setup.sh installs it, as Debian's libopenblas0): "
                + failures.joined(separator: "; "))
    }

    private init(handle: UnsafeMutableRawPointer, name: String, chosenCoreType: String?) throws(CorroborateError) {
        func function<F>(_ symbol: String, as type: F.Type) throws(CorroborateError) -> F {
            guard let address = dlsym(handle, symbol) else {
                throw CorroborateError(.unsupported, source: name, "this OpenBLAS has no \(symbol)")
            }
            return unsafeBitCast(address, to: type)
        }
        sgemmFunction = try function("cblas_sgemm", as: SGEMM.self)
        setThreadCountFunction = try function("openblas_set_num_threads", as: SetThreadCount.self)
        coreNameFunction = try? function("openblas_get_corename", as: CoreName.self)
        self.chosenCoreType = chosenCoreType
    }

    /// c = alpha · a · op(b) + beta · c, row-major, `a` never transposed (`cblas_sgemm`).
    func sgemm(transposeB: Bool, rows: Int, columns: Int, inner: Int, alpha: Float,
               a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float,
               c: UnsafeMutablePointer<Float>, ldc: Int) {
        sgemmFunction(Self.rowMajor, Self.noTranspose, transposeB ? Self.transpose : Self.noTranspose,
                      Int32(rows), Int32(columns), Int32(inner), alpha, a, Int32(lda), b, Int32(ldb),
                      beta, c, Int32(ldc))
    }

    /// Limits OpenBLAS to `count` threads (`openblas_set_num_threads`).
    public func setThreadCount(_ count: Int) {
        setThreadCountFunction(Int32(clamping: count))
    }

    /// The kernel family OpenBLAS runs (`Haswell`, `SkylakeX`, `Prescott`...), or nil if it cannot say.
    public var coreName: String? {
        coreNameFunction?().map { String(cString: $0) }
    }
}
