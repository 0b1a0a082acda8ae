import CorroborateCore
import Testing
@testable import CorroborateText

/// Names behind the Arabic article ("al-Baghdadi", "el-Sisi") are names: they continue a run,
/// join the bare surname, and do not glue a noun before "of" to them.
@Suite struct ArabicNameTests {
    static func entities(_ text: String) throws -> [Entity] {
        try EntityRecognizer.bundled().entities(in: TextDocument(text: text))
    }

    @Test func theArticleContinuesAName() throws {
        let people = try Self.entities("Lebanon holds the daughter of Abu Bakr al-Baghdadi, officials said.").filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Abu Bakr al-Baghdadi"])
    }

    @Test func theBareSurnameJoinsTheFullName() throws {
        let text = "Saja al-Dulaimi was detained in Lebanon. Officials said Dulaimi had been married three times."
        let person = try #require(try Self.entities(text).first { $0.name == "Saja al-Dulaimi" })
        #expect(person.aliases.contains("Dulaimi"))
        #expect(person.kind == .person)
    }

    @Test func aNounBeforeOfIsNoPartOfTheName() throws {
        let names = try Self.entities("A CV of al-Baghdadi published in July described him as married.").flatMap(\.aliases)
        #expect(!names.contains("CV of al-Baghdadi"))
        #expect(names.contains("al-Baghdadi"))
    }

    @Test(arguments: ["al-Baghdadi", "el-Sisi", "Al-Qaeda"])
    func theArticleBeforeACapitalIsCapitalised(_ word: String) {
        let token = WordScanner.tokens(of: Array(word.unicodeScalars)).first
        #expect(token?.isCapitalized == true)
    }

    @Test(arguments: ["al-ready", "el-evated", "also"])
    func otherLowerCaseWordsAreNot(_ word: String) {
        let token = WordScanner.tokens(of: Array(word.unicodeScalars)).first
        #expect(token?.isCapitalized == false)
    }
}
