import CorroborateCore
import Testing

@testable import CorroborateStories

/// Date slots dated by a month or a year, relative ("three years ago", resolved against the publication date) or not.
@Suite struct CoarseDateDiscrepancyTests {
    /// Two articles published on 2014-10-08 naming Adam Vell, each with one timex (text, value).
    func discrepancies(_ a: String, _ timexA: [(String, String)], _ b: String, _ timexB: [(String, String)]) -> [Discrepancy] {
        func input(_ id: String, _ text: String, _ timexes: [(String, String)]) -> StoryInput {
            StoryFixtures.input(
                id, title: id, published: "2014-10-08", text: text, outlet: "Outlet \(id)",
                timexes: timexes.map {
                    let range = StoryFixtures.range(of: $0.0, in: text)
                    return Timex(start: range.start, end: range.end, text: $0.0, type: .date, value: $0.1)
                },
                mentions: [StoryFixtures.mention("Adam Vell", in: text, kind: .person, entity: "vell")],
                entities: [Entity(id: "vell", name: "Adam Vell", kind: .person, mentions: 1)])
        }
        return StoryBuilder().story(from: [input("a", a, timexA), input("b", b, timexB)]).discrepancies
    }

    @Test(arguments: [
        ("Adam Vell sold the truck three years ago.", ("three years ago", "2011"),
         "Adam Vell sold the truck in October 2013.", ("October 2013", "2013-10"), ["2011", "2013-10"]),
        ("Adam Vell sold the truck last month.", ("last month", "2014-09"),
         "Adam Vell sold the truck in June 2014.", ("June 2014", "2014-06"), ["2014-06", "2014-09"]),
        ("Adam Vell was born in 1980.", ("1980", "1980"), "Adam Vell was born in 1982.", ("1982", "1982"), ["1980", "1982"]),
        // "traded in" a truck is selling it.
        ("Adam Vell traded in the truck three years ago.", ("three years ago", "2011"),
         "Adam Vell sold the truck in October 2013.", ("October 2013", "2013-10"), ["2011", "2013-10"]),
    ])
    func anEventDatedTwoWaysIsADiscrepancy(_ a: String, _ timexA: (String, String), _ b: String, _ timexB: (String, String), _ values: [String]) {
        let found = discrepancies(a, [timexA], b, [timexB])
        #expect(found.count == 1)
        #expect(found.first?.values.map(\.value) == values)
    }

    @Test(arguments: [
        // One date at two granularities, a relative date one unit off, a day within its month.
        ("Adam Vell sold the truck in 2013.", ("2013", "2013"), "Adam Vell sold the truck in October 2013.", ("October 2013", "2013-10")),
        ("Adam Vell sold the truck two years ago.", ("two years ago", "2012"), "Adam Vell sold the truck in October 2013.", ("October 2013", "2013-10")),
        ("Adam Vell sold the truck last month.", ("last month", "2014-09"), "Adam Vell sold the truck in October 2014.", ("October 2014", "2014-10")),
        ("Adam Vell sold the truck on 3 October 2013.", ("3 October 2013", "2013-10-03"), "Adam Vell sold the truck in October 2013.", ("October 2013", "2013-10")),
        // Events that recur are dated by days only; a year written in full is not loosened.
        ("Adam Vell said in 2012 that the truck was sold.", ("2012", "2012"), "Adam Vell said in 2014 that the truck was sold.", ("2014", "2014")),
        ("Adam Vell visited the plant in 2012.", ("2012", "2012"), "Adam Vell visited the plant in 2014.", ("2014", "2014")),
    ])
    func compatibleOrRecurringDatesAreNone(_ a: String, _ timexA: (String, String), _ b: String, _ timexB: (String, String)) {
        #expect(discrepancies(a, [timexA], b, [timexB]).isEmpty)
    }

    /// An article giving both years speaks of two sales, or corrects itself.
    @Test func anArticleGivingBothYearsIsNone() {
        let found = discrepancies("Adam Vell sold the truck in 2011 or perhaps sold it in 2013.", [("2011", "2011"), ("2013", "2013")],
                                  "Adam Vell sold the truck in 2013.", [("2013", "2013")])
        #expect(found.isEmpty)
    }
}
