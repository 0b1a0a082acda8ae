import ArgumentParser
import CorroborateCore
import CorroborateEvaluation
import CorroborateText
import Foundation

/// `corroborate eval dates DIR`: TempEval-3 timex scores on TimeML documents (TBAQ).
struct EvalDatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "Score date tagging and normalisation on TimeML documents: span P/R/F1 (strict and relaxed), value and type F1."
    )

    @Argument(help: "A folder of TimeML (.tml) files, searched recursively, e.g. ../shared/data/temporal/tbaq.")
    var directory: String

    @Option(help: "Print up to this many failures (wrong value, missed, spurious). Default 0.")
    var failures: Int = 0

    @Option(help: "With --failures, also print this many characters of text either side of each failure. Default 0.")
    var context: Int = 0

    @Flag(help: "With --failures, list span failures instead: pairs whose spans are not identical (strict), missed and spurious.")
    var spans = false

    func validate() throws {
        guard failures >= 0 else { throw ValidationError("--failures must be 0 or more") }
        guard context >= 0 else { throw ValidationError("--context must be 0 or more") }
    }

    func run() async throws {
        let files = try Self.timeMLFiles(under: URL(fileURLWithPath: directory))
        guard !files.isEmpty else { throw ValidationError("no .tml files under \(directory)") }
        let pipeline = AnnotationPipeline.segmentationAndDates
        var scores = TimexScores()
        var failureLines: [String] = []
        for file in files {
            let gold = try TimeMLDocument.load(from: file)
            let document = pipeline.document(for: gold.text, referenceDay: gold.creationDay)
            let pairs = scores.add(system: document.timexes, gold: gold.timexes)
            for pair in pairs where isFailure(pair) && failureLines.count < failures {
                var line = Self.describe(pair, in: file.lastPathComponent, dct: gold.creationDay)
                if context > 0 { line += "\n    " + Self.snippet(of: pair, in: gold.text, width: context) }
                failureLines.append(line)
            }
        }
        failureLines.forEach { print($0) }
        print("documents \(files.count)  gold timexes \(scores.gold)  system timexes \(scores.system)")
        for (name, matched) in [("strict", scores.strict), ("relaxed", scores.relaxed), ("value", scores.value), ("type", scores.type)] {
            let measure = scores.measure(matched)
            print(String(format: "%-8@ P %.4f  R %.4f  F1 %.4f", name as NSString, measure.precision, measure.recall, measure.f1))
        }
    }

    /// A wrong value, or with `--spans` spans that are not identical.
    func isFailure(_ pair: TimexScores.Pair) -> Bool {
        guard spans else { return pair.gold?.value != pair.system?.value }
        return pair.gold?.start != pair.system?.start || pair.gold?.end != pair.system?.end
    }

    static func describe(_ pair: TimexScores.Pair, in file: String, dct: CalendarDay?) -> String {
        let dctText = dct.map { "\($0) (\(["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][$0.weekday]))" } ?? "?"
        let gold = pair.gold.map { "\"\($0.text)\" \($0.type.rawValue) \($0.value)" } ?? "-"
        let system = pair.system.map { "\"\($0.text)\" \($0.type.rawValue) \($0.value)" } ?? "-"
        return "\(file) dct \(dctText)  gold \(gold)  system \(system)"
    }

    /// The text around a failure, the timex in brackets, on one line.
    static func snippet(of pair: TimexScores.Pair, in text: String, width: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        let spans = [pair.gold, pair.system].compactMap { $0 }
        let start = spans.map(\.start).min() ?? 0, end = spans.map(\.end).max() ?? 0
        func piece(_ range: Range<Int>) -> String {
            let clamped = max(0, min(range.lowerBound, scalars.count))..<max(0, min(range.upperBound, scalars.count))
            return String(String.UnicodeScalarView(scalars[clamped])).split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        return piece(start - width..<start) + "[" + piece(start..<end) + "]" + piece(end..<end + width)
    }

    static func timeMLFiles(under root: URL) throws -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw ValidationError("cannot read \(root.path)")
        }
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "tml" }
            .sorted { $0.path < $1.path }
    }
}
