import CorroborateCore
import Testing

@testable import CorroborateStories

@Suite struct StoryTitleTests {
    struct Page: Sendable {
        var title: String?
        var body: String
        var outlet: String? = nil
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var pages: [Page]
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a site name loses to the headline the other page's text carries", pages: [
            Page(title: "cbs4denver.com", body: "Roger Clemens will testify before Congress on February 13, lawyers said."),
            Page(title: "Dates are set for Clemens", body: "Congress set the dates: Clemens testifies on February 13 and his trainer a day later."),
        ], expected: "Dates are set for Clemens"),
        Case(name: "a section label naming the outlet loses", pages: [
            Page(title: "SFGate: Daily Dish", body: "Amy Winehouse cried 'I love you' to her jailed husband in court on Monday.", outlet: "SFGate"),
            Page(title: "Amy cries 'I love you' to jailed husband", body: "Winehouse shouted to her husband as he was led away to jail."),
        ], expected: "Amy cries 'I love you' to jailed husband"),
        Case(name: "markup left in a title loses", pages: [
            Page(title: "BBC SPORT | library -->", body: "Australia's cricketers were criticised by former players after the Sydney test."),
            Page(title: "Sport legends slam Aussie cricket team", body: "Former cricket players slammed the Australian team's behaviour in Sydney."),
        ], expected: "Sport legends slam Aussie cricket team"),
        Case(name: "the consensus headline of three wins, trailing punctuation dropped", pages: [
            Page(title: "Kremlin denies Putin-Trump call.", body: "The Kremlin denied that Putin and Trump spoke by phone."),
            Page(title: "Russia denies Putin-Trump call took place", body: "Peskov said the Putin-Trump call never happened; the Kremlin denies it."),
            Page(title: "A view from Moscow", body: "Opinion on the week in Russia and its relations with the West."),
        ], expected: "Kremlin denies Putin-Trump call"),
        Case(name: "a domain inside a headline is no furniture; a domain opening one is", pages: [
            Page(title: "Northwest Herald - Local News and Video for McHenry County, Illinois", body: "USC wants two Illinois recruits, Williams and Smith."),
            Page(title: "USC has weakness for Illini duo on ChicagoSports.com", body: "USC is recruiting the Illinois duo Williams and Smith."),
            Page(title: "chicagotribune.com - USC recruits Illini duo", body: "The Illini duo Williams and Smith visit USC."),
        ], expected: "USC has weakness for Illini duo on ChicagoSports.com"),
        Case(name: "one page: its own title", pages: [
            Page(title: "Bridge closed after collapse", body: "The Vell bridge collapsed on Tuesday."),
        ], expected: "Bridge closed after collapse"),
        Case(name: "no title at all", pages: [Page(title: nil, body: "Text only.")], expected: "Untitled story"),
    ]

    @Test(arguments: cases)
    func chooses(_ test: Case) {
        let articles = test.pages.enumerated().map { index, page in
            Article(id: "a\(index)", source: "a\(index).html", outlet: page.outlet, title: page.title,
                    body: [Paragraph(text: page.body, sentences: [page.body])])
        }
        #expect(StoryTitle.title(for: articles, tokenizer: .english()) == test.expected)
    }
}
