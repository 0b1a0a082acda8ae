import Foundation

/// Runs `Benchmarks/embed/pytorch_embed.py` in the benchmark venv to time sentence-transformers
/// on the same texts (one thread). Benchmark-only; nothing else runs Python.
struct PyTorchBaseline {
    /// The venv's Python.
    var python: URL
    /// The timing script.
    var script: URL

    init(venv: String?) throws {
        let environment = ProcessInfo.processInfo.environment
        let root = venv ?? environment["CORROBORATE_BENCH_VENV"]
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/corroborate/bench-venv").path
        python = URL(fileURLWithPath: root).appendingPathComponent("bin/python")
        script = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            .appendingPathComponent("Benchmarks/embed/pytorch_embed.py")
    }

    /// The measured rate, or nil (with a note on standard error) when the venv or script is missing.
    func rate(texts: [String], model: URL, passes: Int) throws -> (rate: Double, label: String)? {
        guard FileManager.default.isExecutableFile(atPath: python.path),
              FileManager.default.fileExists(atPath: script.path)
        else {
            note("pytorch: skipped (run Benchmarks/embed/setup-venv.sh from the package root first)")
            return nil
        }
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("corroborate-bench-\(getpid()).txt")
        try texts.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = python
        process.arguments = [script.path, model.path, input.path, "--repeat", String(passes)]
        var environment = ProcessInfo.processInfo.environment
        environment["OMP_NUM_THREADS"] = "1"
        environment["HF_HUB_OFFLINE"] = "1"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("corroborate-bench-\(getpid()).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus != 0, let errors = try? String(contentsOf: log, encoding: .utf8) {
            note(errors)
        }
        guard process.terminationStatus == 0,
              let object = try? JSONSerialization.jsonObject(with: output) as? [String: Any],
              let rate = object["sentences_per_second"] as? Double
        else {
            note("pytorch: the timing script failed (status \(process.terminationStatus))")
            return nil
        }
        let label = "torch \(object["torch"] ?? "?"), \(object["threads"] ?? "?") thread, batch \(object["batch_size"] ?? "?")"
        return (rate, label)
    }

    private func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
