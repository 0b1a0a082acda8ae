import CorroborateCore
import Testing
@testable import CorroborateText

/// A reported content that opens the article starts after its dateline and the agency credit.
@Suite struct DatelineContentTests {
    @Test(arguments: [
        ("(Reuters) - A soldier was shot at the war memorial in Vellmar, according to witnesses on Wednesday.",
         "A soldier was shot at the war memorial in Vellmar"),
        ("Vellmar (CNN) -- The man who crossed the bridge made it farther than first thought, officials said.",
         "The man who crossed the bridge made it farther than first thought"),
        ("VELLMAR CITY — The police will no longer close the old bridge at night, officials said.",
         "The police will no longer close the old bridge at night"),
        ("VELLMAR, Oct 22 (Reuters) - Police are investigating a man named as a possible suspect, a source said.",
         "Police are investigating a man named as a possible suspect"),
    ])
    func contentStartsAfterTheDateline(_ text: String, _ content: String) throws {
        let document = try attributed(text)
        #expect(quote(content, in: document) != nil, "contents: \(document.quotes.map { document.string($0.content) })")
    }

    /// A label that opens a line like a place is no dateline, and a sentence without one keeps its words.
    @Test(arguments: [
        ("The police will no longer close the old bridge at night, officials said.", "The police will no longer close the old bridge at night"),
        ("Karow (the mayor) - who was absent - was not told about the closure, officials said.", "Karow (the mayor) - who was absent - was not told about the closure"),
    ])
    func otherOpeningsStay(_ text: String, _ content: String) throws {
        let document = try attributed(text)
        #expect(quote(content, in: document) != nil, "contents: \(document.quotes.map { document.string($0.content) })")
    }
}
