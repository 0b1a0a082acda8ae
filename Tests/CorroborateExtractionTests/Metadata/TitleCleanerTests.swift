import Testing
@testable import CorroborateExtraction

@Suite struct TitleCleanerTests {
    @Test(arguments: [
        ("Top Home Gym Must Haves For Every Budget ⋆", "Top Home Gym Must Haves For Every Budget"),
        ("★ Kremlin denies call ★", "Kremlin denies call"),
        ("Kremlin  denies\ncall", "Kremlin denies call"),
        ("Pay $5 + tax", "Pay $5 + tax"),
        ("Score 10 – 2", "Score 10 – 2"),
    ])
    func dropsDecorationsAtEitherEnd(title: String, expected: String) {
        #expect(TitleCleaner.undecorated(title) == expected)
    }

    @Test func cleaningDropsADecorationBeforeTheSiteName() {
        #expect(TitleCleaner.clean("Kremlin denies call with Trump ⋆ | The Moscow Times", outlet: "The Moscow Times") == "Kremlin denies call with Trump")
    }

    @Test(arguments: [
        ("Wedding Planning Tools - Caterer Comparison Spreadsheet - Happily Connected", ["Wedding Planning Tools", "Caterer Comparison Spreadsheet", "Happily Connected"]),
        ("Best Movers (2025) – Top Local Movers | Checkpoint", ["Best Movers (2025)", "Top Local Movers", "Checkpoint"]),
        ("Kremlin denies call", ["Kremlin denies call"]),
    ])
    func splitsAtEverySeparator(title: String, expected: [String]) {
        #expect(TitleCleaner.segments(of: title) == expected)
    }

    @Test(arguments: [
        ("Wedding Planning Tools – Caterer Comparison Spreadsheet", "wedding planning tools", "Wedding Planning Tools"),
        ("Wedding Planning Tools: Caterer Comparison Spreadsheet", "wedding planning tools", nil),
        ("Zero Waste - A Beginner's Guide", "zero waste", nil),
        ("Kremlin denies call - with Trump", "kremlin denies", nil),
    ] as [(String, String, String?)])
    func cutsAtTheLead(title: String, lead: String, expected: String?) {
        #expect(TitleCleaner.cut(title, atLead: lead) == expected)
    }

    @Test(arguments: [
        ("davidbau.com Vibe Coding", "davidbau.com", "Vibe Coding"),
        ("www.example.org  Council votes on budget", "example.org", "Council votes on budget"),
        ("DavidBau.com Vibe Coding", "davidbau.com", "Vibe Coding"),
        ("davidbau.com", "davidbau.com", "davidbau.com"),
        ("davidbau.community garden opens", "davidbau.com", "davidbau.community garden opens"),
        ("Vibe Coding - davidbau.com", "davidbau.com", "Vibe Coding - davidbau.com"),
        ("Vibe Coding", nil, "Vibe Coding"),
    ] as [(String, String?, String)])
    func dropsTheHostNameThatOpensATitle(title: String, host: String?, expected: String) {
        #expect(TitleCleaner.withoutLeadingHost(title, host: host) == expected)
    }
}
