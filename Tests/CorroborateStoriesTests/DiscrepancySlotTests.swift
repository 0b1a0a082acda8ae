import CorroborateCore
import Testing

@testable import CorroborateStories

/// The first quantity stated in `text`.
private func quantity(_ text: String) -> Quantity? {
    let tokens = SlotToken.tokens(in: text, offset: 0)
    return tokens.indices.lazy.compactMap { QuantityReader.read(tokens, at: $0)?.quantity }.first
}

/// Numbers are read as stated and normalised: words, scales, currencies, qualifiers.
@Suite struct QuantityTests {
    @Test(arguments: [
        ("twelve people", "12"), ("12 people", "12"), ("$1.2bn in aid", "$1.2 billion"), ("$1.2 billion in aid", "$1.2 billion"),
        ("1,200 million dollars", "$1.2 billion"), ("at least 12 people", "at least 12"), ("more than 200 girls", "more than 200"),
        ("about 8,000 people", "about 8,000"), ("30 to 40 students", "30 to 40"), ("twenty-five years", "25"),
        ("over a dozen doctors", "over 12"), ("dozens of students", "dozens of"), ("several dozen dead", "several dozen"),
        ("15% of the vote", "15%"), ("15 per cent of the vote", "15%"),
    ])
    func aNumberIsReadAsStated(_ text: String, _ display: String) {
        #expect(quantity(text)?.display == display)
    }

    /// An approximate value is not contradicted by a compatible exact one.
    @Test(arguments: [
        ("at least 12", "14", false), ("at least 12", "9", true), ("12", "twelve", false), ("12", "13", true),
        ("more than 200", "219", false), ("nearly 300", "219", true), ("about 40", "43", false), ("up to 10", "4", false),
        ("up to 10", "14", true), ("30 to 40", "35", false), ("dozens of", "43", false), ("thousands of", "12", false),
        ("$1.2bn", "1,200 million dollars", false),
    ])
    func approximateValuesAgreeWithCompatibleOnes(_ a: String, _ b: String, _ contradicts: Bool) {
        guard let first = quantity(a + " people"), let second = quantity(b + " people") else {
            Issue.record("no quantity in \(a) or \(b)")
            return
        }
        #expect(first.contradicts(second) == contradicts)
    }
}

/// Count slots: a counted thing, what happened to it, and a shared actor where there is one.
@Suite struct CountDiscrepancyTests {
    @Test func oneCountGivenTwoWaysIsADiscrepancy() {
        let found = discrepancies("In all, officials said, 28 bundles were dropped over the town.",
                                  "Coalition planes airdropped a total of 27 bundles over the town.")
        #expect(found.map(\.topic) == ["how many bundles were dropped"])
        #expect(found.first?.values.map(\.value) == ["27", "28"])
        #expect(found.first?.values.map(\.articles) == [["b"], ["a"]])
    }

    @Test func wordsAndDigitsOfOneNumberAgree() {
        #expect(discrepancies("Twelve people were killed in the blast.", "The blast killed 12 people.").isEmpty)
    }

    @Test func aTollIsNamedByWhatHappened() {
        let found = discrepancies("The blast killed 12 people.", "The blast left 17 dead.")
        #expect(found.map(\.topic) == ["how many people died"])
        #expect(found.first?.values.map(\.value) == ["12", "17"])
    }

    @Test(arguments: [
        ("At least 12 people were killed in the blast.", "The blast killed 14 people."),
        ("More than 200 girls were kidnapped from the school.", "Gunmen kidnapped 276 girls from the school."),
        // Different things happened to them.
        ("28 bundles were dropped over the town.", "Kurdish fighters said 27 bundles were received."),
        // A part or an increment, not the total.
        ("Officials have detained 22 police officers.", "An additional 14 police officers were detained on Tuesday."),
        // Different scopes: one attack's toll and a war's.
        ("Six people were killed on Friday.", "The drug war has left 80,000 people dead."),
        // No verb: no slot.
        ("The town has 12 schools.", "The town has 15 schools."),
    ])
    func compatibleOrUnrelatedCountsAreNone(_ a: String, _ b: String) {
        #expect(discrepancies(a, b).isEmpty)
    }

    /// An article that gives both values tells of two events.
    @Test func anArticleGivingBothValuesSpeaksOfTwoEvents() {
        let found = discrepancies("A strike killed six people on Monday; the mall attack killed 67 people a year ago.",
                                  "The mall attack killed 67 people. Another raid killed six people.")
        #expect(found.isEmpty)
        // 67 and 70 disagree; the six of another event are no value of that disagreement.
        let other = discrepancies("The mall attack killed 67 people; a later strike killed six people.", "The mall attack killed 70 people.")
        #expect(other.first?.values.map(\.value) == ["67", "70"])
    }

    /// Counts whose actors differ are two events: a raid and a drone strike; a count with an actor and one without
    /// may be two events too.
    @Test func countsOfDifferentActorsAreDifferentSlots() {
        let mentions = [("The army", "army"), ("A drone strike", "drone")]
        #expect(discrepancies("The army said troops killed 10 militants.", "A drone strike killed nine militants.", mentions: mentions).isEmpty)
        #expect(discrepancies("The army said troops killed 10 militants.", "Nine militants were killed.", mentions: mentions).isEmpty)
        let shared = [("The army", "army")]
        let found = discrepancies("The army said troops killed 10 militants.", "The army said its soldiers killed eight militants.", mentions: shared)
        #expect(found.first?.values.map(\.value) == ["8", "10"])
    }

    @Test func sumsOfMoneyAreNormalised() {
        #expect(discrepancies("The charity raised $1.2bn last year.", "The charity raised 1,200 million dollars last year.").isEmpty)
        let found = discrepancies("The charity raised $1.2bn last year.", "The charity raised $1.5 billion last year.")
        #expect(found.map(\.topic) == ["how much money was raised"])
        #expect(found.first?.values.map(\.value) == ["$1.2 billion", "$1.5 billion"])
    }

    /// Years, ordinals and clock times are no counts.
    @Test func identifiersAreNoCounts() {
        #expect(discrepancies("In 2014 officers arrested 9 protesters.", "In 2013 officers arrested 9 protesters.").isEmpty)
        #expect(discrepancies("The 10th victims found were named.", "The 12th victims found were named.").isEmpty)
    }
}

/// Age slots: one person's age given two ways.
@Suite struct AgeDiscrepancyTests {
    func discrepancies(_ a: String, _ b: String, name: String = "Adam Vell") -> [Discrepancy] {
        func input(_ id: String, _ text: String) -> StoryInput {
            let mentioned = text.contains(name) ? name : String(name.split(separator: " ").last ?? "")
            return StoryFixtures.input(
                id, title: id, published: "2024-11-12", text: text, outlet: "Outlet \(id)",
                mentions: [StoryFixtures.mention(mentioned, in: text, kind: .person, entity: "vell")],
                entities: [Entity(id: "vell", name: name, kind: .person, mentions: 1)])
        }
        return StoryBuilder().story(from: [input("a", a), input("b", b)]).discrepancies
    }

    @Test(arguments: [
        "Adam Vell, 24, left London last year.",
        "Adam Vell (24) left London last year.",
        "Adam Vell, aged 24, left London last year.",
        "Adam Vell, a 24-year-old rapper, left London last year.",
        "The 24-year-old rapper Adam Vell left London last year.",
        "Twenty-four-year-old Adam Vell left London last year.",
    ])
    func anAgeIsStatedOfAPerson(_ text: String) {
        let found = discrepancies(text, "Police named 23-year-old Adam Vell as the suspect.")
        #expect(found.map(\.topic) == ["Adam Vell's age"])
        #expect(found.first?.values.map(\.value) == ["23", "24"])
    }

    @Test func theSameAgeIsNoDiscrepancy() {
        #expect(discrepancies("Adam Vell, 24, left London.", "Police named 24-year-old Adam Vell.").isEmpty)
    }

    /// "Vell, 24, and his brother, 29" is no age of Vell's brother; numbers that are no age are none.
    @Test func otherNumbersAfterANameAreNoAge() {
        #expect(discrepancies("Adam Vell, 24 others and the police met.", "Police named 23-year-old Adam Vell.").isEmpty)
    }
}
