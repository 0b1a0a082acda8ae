import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress display on standard error (documents, articles, problems, rate), drawn only
/// when standard error is a terminal and not silenced; redrawn at most five times a second.
struct ProgressBar {
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast

    /// A progress bar that draws only when `enabled` and standard error is a terminal.
    init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) != 0
    }

    /// Writes a line of text to standard error, above the bar when one is drawn.
    func print(_ line: String) {
        StandardError.write((enabled ? "\r\u{1B}[K" : "") + line + "\n")
    }

    /// Redraws with the current counts (throttled).
    mutating func update(documents: Int, articles: Int, problems: Int) {
        guard enabled, Date().timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = Date()
        draw(documents: documents, articles: articles, problems: problems)
    }

    /// Draws the final counts and ends the line.
    func finish(documents: Int, articles: Int, problems: Int) {
        guard enabled else { return }
        draw(documents: documents, articles: articles, problems: problems)
        StandardError.write("\n")
    }

    /// Redraws a status line made by the caller from the seconds elapsed since the bar started (throttled).
    mutating func update(status: (TimeInterval) -> String) {
        guard enabled, Date().timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = Date()
        StandardError.write("\r\u{1B}[K" + status(max(Date().timeIntervalSince(start), 0.001)))
    }

    /// Draws a final status line and ends the line.
    func finish(status: (TimeInterval) -> String) {
        guard enabled else { return }
        StandardError.write("\r\u{1B}[K" + status(max(Date().timeIntervalSince(start), 0.001)) + "\n")
    }

    private func draw(documents: Int, articles: Int, problems: Int) {
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let rate = String(format: "%.1f", Double(documents) / elapsed)
        StandardError.write("\r\u{1B}[K\(documents) documents, \(articles) articles, \(problems) problems, \(rate) docs/s")
    }
}

/// Writes text to standard error.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
