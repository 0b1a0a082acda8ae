import ArgumentParser
import CorroborateEmbeddings
import Foundation

/// `corroborate bench embed [DIR]`: sentence embeddings per second on one core, against PyTorch.
struct BenchEmbedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "embed",
        abstract: "Time sentence embeddings on one core over the lines of the example pages, and PyTorch on the same texts (use a release build).",
        discussion: """
            OpenBLAS is limited to one thread. Rates use CPU time, so they hold on a busy machine. The PyTorch figure comes from Benchmarks/embed/pytorch_embed.py \
            (sentence-transformers, torch.set_num_threads(1)) run in the venv that \
            Benchmarks/embed/setup-venv.sh creates; without that venv only the Swift figure is printed.
            """
    )

    @Argument(help: "A folder of .txt pages; every non-empty line is one text.")
    var directory = "../shared/examples/kremlin-call"

    @Option(help: "Passes over the texts; the best pass is reported.")
    var passes = 3

    @Option(help: "The Python venv with torch and sentence-transformers. Default: $CORROBORATE_BENCH_VENV, else ~/.cache/corroborate/bench-venv.")
    var venv: String?

    @Flag(help: "Skip the PyTorch run.")
    var noPytorch = false

    @OptionGroup var model: EmbeddingModelOptions

    func validate() throws {
        guard passes > 0 else { throw ValidationError("--passes must be at least 1") }
    }

    func run() async throws {
        let texts = try Self.texts(in: URL(fileURLWithPath: directory))
        let encoder = try model.encoder()
        let blas = try BLASLibrary.shared.get()
        blas.setThreadCount(1)
        print("OpenBLAS kernels: \(blas.coreName ?? "unknown")"
              + (blas.chosenCoreType.map { " (OPENBLAS_CORETYPE=\($0) from the CPU's features)" } ?? ""))
        let tokens = texts.reduce(0) { $0 + encoder.tokenizer.encode($1).count }
        print("\(texts.count) texts, \(tokens) tokens (mean \(tokens / max(texts.count, 1))) from \(directory)")
        _ = encoder.embed(Array(texts.prefix(8)))
        var best = Double.infinity
        for pass in 1...passes {
            let start = ContinuousClock.now
            let cpuStart = Self.cpuSeconds()
            _ = encoder.embed(texts)
            let cpu = Self.cpuSeconds() - cpuStart
            best = min(best, cpu)
            print(String(format: "pass %d: %.3f s CPU, %.3f s wall", pass, cpu, Self.seconds(ContinuousClock.now - start)))
        }
        let swiftRate = Double(texts.count) / best
        print(String(format: "swift: %.1f sentences/s (CPU time, best of %d, one thread)", swiftRate, passes))
        guard !noPytorch else { return }
        if let pytorch = try PyTorchBaseline(venv: venv).rate(texts: texts, model: model.configuration.modelDirectory,
                                                             passes: passes) {
            print("pytorch: " + String(format: "%.1f", pytorch.rate) + " sentences/s (CPU time, \(pytorch.label))")
            print(String(format: "ratio swift/pytorch: %.2fx", swiftRate / pytorch.rate))
        }
    }

    /// Every non-empty line of every `.txt` file in `folder`, files in name order.
    static func texts(in folder: URL) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        guard !names.isEmpty else { throw ValidationError("no .txt files in \(folder.path)") }
        return try names.flatMap { name in
            try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                .split(whereSeparator: \.isNewline).map(String.init)
                .filter { !$0.allSatisfy(\.isWhitespace) }
        }
    }

    /// CPU time of this process (one BLAS thread, so the work of one core even on a loaded machine).
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
