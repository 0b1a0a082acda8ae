import CorroborateCore
import Testing
@testable import CorroborateText

/// Garbage never crashes or hangs the entity, citation and quote components.
@Suite struct AttributionRobustnessTests {
    static let garbage: [(String, String)] = [
        ("empty", ""),
        ("10,000 quote marks", String(repeating: "“", count: 5000) + String(repeating: "\"", count: 5000)),
        ("alternating marks", String(repeating: "“a” ", count: 5000)),
        ("punctuation only", String(repeating: ".,;:!?\"'", count: 2000)),
        ("no sentences", String(repeating: "said according to told ", count: 3000)),
    ]

    /// Each garbage input annotates without trapping, and every range lies inside the text.
    @Test(arguments: garbage.map(\.0)) func garbageIsSafe(_ name: String) throws {
        let text = Self.garbage.first { $0.0 == name }?.1 ?? ""
        let document = try attributed(text)
        let count = document.scalars.count
        for found in document.quotes { #expect(found.content.start >= 0 && found.content.end <= count) }
        for mention in document.mentions { #expect(mention.start >= 0 && mention.end <= count) }
    }

    /// A 5 MB single line of prose with names, cues and quotes (no line break) completes.
    @Test func fiveMegabyteLine() throws {
        let unit = "Kremlin spokesman Dmitry Peskov said “this is pure fiction” and he told reporters, according to RIA Novosti, that Trump's team said nothing "
        let text = String(repeating: unit, count: 5_000_000 / unit.utf8.count + 1)
        let document = try attributed(text)
        #expect(document.present.contains(.quotes))
    }
}
