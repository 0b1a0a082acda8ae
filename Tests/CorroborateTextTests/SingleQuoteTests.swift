import CorroborateCore
import Testing
@testable import CorroborateText

/// Single quotation marks as British outlets print quotes, told apart from apostrophes.
@Suite struct SingleQuoteTests {
    @Test(arguments: [
        ("‘It turned out to be wrong,’ Erdogan said.", "It turned out to be wrong", "Erdogan"),
        ("'It turned out to be wrong,' Erdogan said.", "It turned out to be wrong", "Erdogan"),
        // A straight opening mark and a curly closing one, over two sentences.
        ("'It was wrong. Why was it wrong? Because the weapons were seized,’ Erdogan said, using another name.",
         "It was wrong. Why was it wrong? Because the weapons were seized", "Erdogan"),
    ])
    func singleMarksQuote(_ text: String, _ content: String, _ speaker: String) throws {
        let document = try attributed(text)
        let found = try #require(quote(content, in: document), "contents: \(document.quotes.map { document.string($0.content) })")
        #expect(found.kind == .direct)
        #expect(found.speakerName == speaker)
    }

    /// Apostrophes, decades and single marks inside a double quotation stay what they are.
    @Test(arguments: [
        ("The Kurds’ fight is ours, and the rebels' supplies are low.", 0),
        ("In the '90s the town's clubs played rock music all night.", 0),
        ("“He called it ‘fake news’ again,” she said.", 1),
    ])
    func apostrophesAreNoQuotes(_ text: String, _ openings: Int) {
        let tokens = WordScanner.tokens(of: Array(text.unicodeScalars))
        #expect(tokens.filter { $0.kind == .openQuote }.count == openings)
    }

    /// A quotation over two paragraphs, each opening with a single mark.
    @Test func quoteOverParagraphs() {
        let text = "‘The bridge was closed in time.\n‘Nobody was on it,’ the mayor said."
        let tokens = WordScanner.tokens(of: Array(text.unicodeScalars))
        #expect(tokens.filter { $0.kind == .openQuote }.count == 2)
        #expect(tokens.filter { $0.kind == .closeQuote }.count == 1)
    }
}

/// A time adjunct right after the reporting verb dates the statement and is no part of its content.
@Suite struct TimeAdjunctAfterCueTests {
    @Test(arguments: [
        ("U.S. officials said Tuesday they could not confirm the video.", "they could not confirm the video"),
        ("The ministry said late on Monday the talks had failed.", "the talks had failed"),
        ("The ministry said last week the talks had failed.", "the talks had failed"),
        ("The ministry said Tuesday night the talks had failed.", "the talks had failed"),
        // A preposition and a calendar date: "said in May 2014 that", "said on March 5".
        ("The ministry said in May 2014 that the talks had failed.", "the talks had failed"),
        ("The ministry said on March 5 the talks had failed.", "the talks had failed"),
        ("The ministry said in early 2015 that the talks had failed.", "the talks had failed"),
        // The day owns what follows: it is the content's subject.
        ("Officials said Tuesday's vote was rigged.", "Tuesday's vote was rigged"),
    ])
    func timeAdjunctIsSkipped(_ text: String, _ content: String) throws {
        let document = try attributed(text)
        #expect(quote(content, in: document) != nil, "contents: \(document.quotes.map { document.string($0.content) })")
    }
}
