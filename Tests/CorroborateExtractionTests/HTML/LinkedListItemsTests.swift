import Testing
@testable import CorroborateExtraction

@Suite struct LinkedListItemsTests {
    /// Marks from a pattern: P prose, t short text, a/b plain items of lists 1/2, A/B linked items of lists 1/2, _ other.
    private func marks(_ pattern: String) -> [LinkedListItems.Mark] {
        pattern.map { character -> LinkedListItems.Mark in
            switch character {
            case "P": return .body(prose: true, textList: nil)
            case "t": return .body(prose: false, textList: nil)
            case "a": return .body(prose: false, textList: 1)
            case "b": return .body(prose: false, textList: 2)
            case "A": return .linkedItem(list: 1)
            case "B": return .linkedItem(list: 2)
            default: return .other
            }
        }
    }

    @Test(arguments: [
        ("PAaAP", [1, 3]),        // linked items of a list whose other item is plain text
        ("PaAAtP", [2, 3]),       // any number of them, short text after
        ("PAAP", []),             // a list made only of links: a menu
        ("PAaBBP", [1]),          // another list of links beside it stays removed
        ("AaAPP", []),            // before the story's prose: no story yet
        ("PPAaA", []),            // after the last prose: a closing list of links
        ("P_A_aP", [2]),          // other blocks in between do not matter
        ("", []),
    ])
    func givesBackTheLinkedItemsOfAStoryList(pattern: String, expected: [Int]) {
        #expect(LinkedListItems().restored(in: marks(pattern)) == expected)
    }

    @Test(arguments: [
        ("Klein Tools MM400, our pick for electricians", 0, true),
        ("Klein Tools MM400, our pick for electricians", 11, true),   // a short link in it
        ("Schedules: A.F.C. | N.F.C.", 12, false),                    // mostly links: a menu row
        ("Email article: Email", 5, false),                           // three words: a tool row
        ("Short item text", 0, false),                                // under 20 bytes
    ])
    func readsPlainItems(text: String, linkCharacters: Int, expected: Bool) {
        #expect(LinkedListItems.isPlainItem(text, linkCharacters: linkCharacters) == expected)
    }

    @Test func keepsTheLinkedItemsOfAListInTheStory() throws {
        let list = """
            <ul><li><a href='/a'>Fluke 117 multimeter</a></li>
            <li>Klein Tools MM400, our pick for the budget minded electrician</li>
            <li><a href='/b'>Klein Tools 11061 wire stripper</a></li></ul>
            """
        let menu = "<ul><li><a href='/c'>Home page of the site</a></li><li><a href='/d'>Contact the editors</a></li></ul>"
        let html = "<html><body><article><h1>Kremlin denies call</h1>\(HTMLExtractorTests.story)\(list)\(menu)"
            + "<p>The report said the leaders had discussed the war at length, and that the call lasted an hour.</p></article></body></html>"
        let article = try HTMLExtractor().article(from: RawDocument(source: "t.html", content: .html(Array(html.utf8))))
        let texts = article.body.map(\.text)
        #expect(texts.contains("Fluke 117 multimeter"))
        #expect(texts.contains("Klein Tools 11061 wire stripper"))
        #expect(!texts.contains("Home page of the site"))
        #expect(article.removed.contains { $0.text == "Contact the editors" })
    }
}
