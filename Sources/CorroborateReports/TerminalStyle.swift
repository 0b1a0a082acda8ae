import CorroborateCore

/// ANSI colours for Markdown read on a terminal. `plain` writes text unchanged, so the same
/// renderer serves files, pipes and terminals; the CLI decides which (NO_COLOR, isatty).
public struct TerminalStyle: Sendable, Hashable {
    /// Whether escape sequences are written at all.
    public var enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    public static let plain = TerminalStyle(enabled: false)
    public static let colour = TerminalStyle(enabled: true)

    /// SGR codes used by the brief.
    enum Code: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36"
    }

    func apply(_ code: Code, _ text: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code.rawValue)m\(text)\u{1B}[0m" : text
    }

    func heading(_ text: String) -> String { apply(.bold, apply(.cyan, text)) }

    /// Disputed and denied in red, confirmed in green, the rest in yellow.
    func status(_ status: ClaimStatus) -> String {
        switch status {
        case .disputed, .denied: apply(.red, status.rawValue)
        case .confirmed: apply(.green, status.rawValue)
        case .unconfirmed, .reported: apply(.yellow, status.rawValue)
        }
    }

    /// Denials in red, assertions and confirmations in green, declines and doubts in yellow.
    func stance(_ stance: Stance) -> String {
        switch stance {
        case .denies: apply(.red, stance.rawValue)
        case .asserts, .confirms: apply(.green, stance.rawValue)
        case .declines, .doubts: apply(.yellow, stance.rawValue)
        }
    }
}
