import Testing
@testable import CorroborateExtraction

@Suite struct GluedWordsTests {
    @Test(arguments: [
        ("ByKathryn GiuffridaMar 5, 2025 | 6 comments", "By Kathryn Giuffrida Mar 5, 2025 | 6 comments"),
        ("Mental HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026", "Mental Health DECEMBER 22, 2022Updated: JANUARY 02, 2026"),
        ("Dec 17, 2025Julian K. Arni", "Dec 17, 2025Julian K. Arni"),  // a digit before the capital: DateText reads it already
        ("U.S. NEWS March 5, 2025", "U.S. NEWS March 5, 2025"),
        ("Posted by Ann Lee on March 5, 2025", "Posted by Ann Lee on March 5, 2025"),
        ("iPhone review", "i Phone review"),
        ("", ""),
    ])
    func putsASpaceBetweenALowerAndAnUpperCaseLetter(input: String, expected: String) {
        #expect(GluedWords.separated(input) == expected)
    }
}
