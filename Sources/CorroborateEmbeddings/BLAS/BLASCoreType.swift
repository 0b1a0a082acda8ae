import Foundation

/// The OpenBLAS kernel family (`OPENBLAS_CORETYPE`) for this CPU, chosen from its instruction-set
/// features, and the rule that keeps a value the user set.
///
/// OpenBLAS's own detection names CPUs by model number, so a build older than the CPU (Debian's
/// 0.3.21 on a recent Xeon) falls back to SSE3 kernels; the features say what the CPU can run.
public enum BLASCoreType {
    /// Core types by the features they need, best first: AVX-512 Foundation, Byte/Word, Vector
    /// Length and Doubleword/Quadword for `SkylakeX`; AVX2 and FMA for `Haswell`. Feature names are
    /// those of Linux's /proc/cpuinfo `flags`.
    static let requirements: [(coreType: String, features: Set<String>)] = [
        ("SkylakeX", ["avx512f", "avx512bw", "avx512vl", "avx512dq"]),
        ("Haswell", ["avx2", "fma"]),
    ]

    /// The core type for a CPU with `flags`, or nil (leave it to OpenBLAS) when none fits.
    public static func coreType(forFlags flags: Set<String>) -> String? {
        requirements.first { $0.features.isSubset(of: flags) }?.coreType
    }

    /// The value to give `OPENBLAS_CORETYPE` before OpenBLAS loads: nil when the user set one
    /// (any non-empty value, even one OpenBLAS does not know, is theirs) or no core type fits.
    public static func setting(userValue: String?, cpuFlags: Set<String>) -> String? {
        guard userValue?.isEmpty ?? true else { return nil }
        return coreType(forFlags: cpuFlags)
    }

    /// The words of the first `flags` line of `cpuinfo` (Linux's /proc/cpuinfo format).
    public static func flags(inCPUInfo cpuinfo: String) -> Set<String> {
        for line in cpuinfo.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == "flags" else { continue }
            return Set(parts[1].split(separator: " ").map(String.init))
        }
        return []
    }

    /// This CPU's features from /proc/cpuinfo; empty where there is none (macOS), which leaves
    /// the choice to OpenBLAS.
    static func cpuFlags() -> Set<String> {
        guard let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return [] }
        return flags(inCPUInfo: cpuinfo)
    }
}
