@testable import CorroborateEmbeddings
import Testing

/// The OpenBLAS core type from CPU features, and the rule that keeps the user's own setting.
@Suite struct BLASCoreTypeTests {
    /// The flags of this development VM's "Intel Xeon Processor" (AVX-512 up to VNNI), abridged.
    static let xeon: Set<String> = [
        "sse3", "ssse3", "sse4_1", "sse4_2", "avx", "fma", "avx2", "avx512f", "avx512dq", "avx512cd",
        "avx512bw", "avx512vl", "avx512_vnni",
    ]
    static let haswell: Set<String> = ["sse3", "ssse3", "sse4_1", "sse4_2", "avx", "fma", "avx2"]

    @Test("features map to the best core type they can run", arguments: [
        (xeon, "SkylakeX"),
        (haswell, "Haswell"),
        (haswell.union(["avx512f", "avx512cd"]), "Haswell"),          // AVX-512F without BW/VL/DQ (Knights Landing)
        (xeon.subtracting(["avx512dq"]), "Haswell"),
        (["avx512f", "avx512bw", "avx512vl", "avx512dq"], "SkylakeX"),
        (["sse3", "ssse3", "sse4_1", "sse4_2", "avx"], nil),            // Sandy Bridge: OpenBLAS's own detection
        (["avx", "avx2"], nil),                                       // AVX2 without FMA
        ([], nil),                                                    // no /proc/cpuinfo (macOS)
    ] as [(Set<String>, String?)])
    func coreType(flags: Set<String>, expected: String?) {
        #expect(BLASCoreType.coreType(forFlags: flags) == expected)
    }

    @Test("a core type the user set is kept; an unset or empty one is chosen from the features", arguments: [
        (nil, xeon, "SkylakeX"),
        ("", haswell, "Haswell"),
        ("Haswell", xeon, nil),
        ("Prescott", xeon, nil),
        ("NoSuchCore", haswell, nil),
        (nil, ["sse3"], nil),
    ] as [(String?, Set<String>, String?)])
    func setting(userValue: String?, flags: Set<String>, expected: String?) {
        #expect(BLASCoreType.setting(userValue: userValue, cpuFlags: flags) == expected)
    }

    @Test("flags are read from the first flags line of /proc/cpuinfo", arguments: [
        ("processor\t: 0\nmodel name\t: Intel(R) Xeon(R) Processor\nflags\t\t: fpu avx2 fma\nbugs\t\t: spectre_v1\n"
            + "processor\t: 1\nflags\t\t: fpu\n", ["fpu", "avx2", "fma"]),
        ("processor\t: 0\nvendor_id\t: GenuineIntel\n", []),
        ("", []),
    ] as [(String, Set<String>)])
    func cpuinfo(text: String, expected: Set<String>) {
        #expect(BLASCoreType.flags(inCPUInfo: text) == expected)
    }
}
