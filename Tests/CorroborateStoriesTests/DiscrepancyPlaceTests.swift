import CorroborateCore
import CorroborateText
import Testing

@testable import CorroborateStories

/// The discrepancies of two articles naming Adam Vell (a person), the Harbour Trust (an organization) and places.
func placeDiscrepancies(_ a: String, _ b: String) -> [Discrepancy] {
    let people: [(String, String, String, EntityKind)] = [
        ("Adam Vell", "vell", "Adam Vell", .person), ("Ben Okafor", "okafor", "Ben Okafor", .person),
        ("Harbour Trust", "trust", "Harbour Trust", .organization), ("Reuters", "reuters", "Reuters", .agency),
    ]
    let places = ["Canada", "Ireland", "Ottawa", "Dublin", "Toronto", "Montreal", "Quebec", "Laval", "Europe", "Texas",
                  "California", "Georgia", "Russia", "U.S.", "United States", "Syria", "Iraq", "Kiev", "Kyiv", "Ukraine"]
    return discrepancies(a, b, named: people + places.map { ($0, $0.lowercased(), $0, EntityKind.place) })
}

/// Place slots: one event placed in two places that cannot both hold.
@Suite struct PlaceDiscrepancyTests {
    @Test(arguments: [
        ("Adam Vell was born in Canada.", "Adam Vell was born in Ireland.", "where Adam Vell was born", ["Canada", "Ireland"]),
        ("Adam Vell was arrested by police in Ottawa.", "Adam Vell was detained in Dublin.", "where Adam Vell was arrested", ["Dublin", "Ottawa"]),
        ("The Harbour Trust video was filmed in Syria.", "The Harbour Trust video was filmed in Iraq.", "where Harbour Trust was filmed", ["Iraq", "Syria"]),
        ("Adam Vell died in the city of Toronto.", "Adam Vell died at Dublin.", "where Adam Vell died", ["Dublin", "Toronto"]),
        ("Reuters reported that Adam Vell was born in Canada.", "Adam Vell was born in Ireland.", "where Adam Vell was born", ["Canada", "Ireland"]),
    ])
    func oneEventInTwoExclusivePlacesIsADiscrepancy(_ a: String, _ b: String, _ topic: String, _ values: [String]) {
        let found = placeDiscrepancies(a, b)
        #expect(found.map(\.topic) == [topic])
        #expect(found.first?.values.map(\.value) == values)
    }

    @Test(arguments: [
        // One place containing the other, or one place written two ways.
        ("Adam Vell was born in Ottawa.", "Adam Vell was born in Canada."),
        ("Adam Vell was born in Montreal.", "Adam Vell was born in Quebec."),
        ("Adam Vell was arrested in Kiev.", "Adam Vell was arrested in Kyiv."),
        ("Adam Vell was born in the U.S.", "Adam Vell was born in the United States."),
        // Two cities of one country, places of two levels, places or areas the table does not compare.
        ("Adam Vell was born in Toronto.", "Adam Vell was born in Montreal."),
        ("Adam Vell was born in Texas.", "Adam Vell was born in Russia."),
        ("Adam Vell was born in Laval.", "Adam Vell was born in Ottawa."),
        ("Adam Vell was born in Europe.", "Adam Vell was born in Canada."),
        ("Adam Vell was born in Georgia.", "Adam Vell was born in Russia."),
        // Two events, two actors, no event word, a negated event, a place after "and" or a comma.
        ("Adam Vell was born in Canada.", "Adam Vell was arrested in Ireland."),
        ("Adam Vell was born in Canada.", "Ben Okafor was born in Ireland."),
        ("Adam Vell lives in Canada.", "Adam Vell lives in Ireland."),
        ("Adam Vell was born in Canada.", "Police said Adam Vell was not born in Ireland."),
        ("Adam Vell was born in Canada.", "Adam Vell was born and raised in Ireland."),
        ("Adam Vell was born in Canada.", "Adam Vell was born, his sister said, in Ireland."),
        // No actor named.
        ("He was born in Canada.", "He was born in Ireland."),
    ])
    func compatibleOrUnreadPlacesAreNone(_ a: String, _ b: String) {
        #expect(placeDiscrepancies(a, b).isEmpty)
    }

    /// An article giving both places of one slot speaks of two events (here of two people the other article joins).
    @Test func anArticleGivingBothPlacesIsNone() {
        let found = placeDiscrepancies("Adam Vell was born in Canada. Ben Okafor was born in Ireland.",
                                       "Adam Vell and Ben Okafor were born in Ireland.")
        #expect(found.isEmpty)
    }
}

/// The containment table: which places exclude each other.
@Suite struct PlaceContainmentTests {
    let table = PlaceContainment.shared

    @Test(arguments: [
        ("Ottawa", ["Ottawa", "Ontario", "Canada"]),
        ("Kiev", ["Kyiv", "Ukraine"]),
        ("U.S.", ["United States"]),
        ("Manhattan", ["Manhattan", "New York City", "New York", "United States"]),
        ("Atlantis", []),
    ])
    func aPlaceIsInItsContainers(_ place: String, _ chain: [String]) {
        #expect(table.chain(of: place) == chain)
    }

    @Test(arguments: [
        ("Syria", "Iraq", true), ("Ottawa", "Dublin", true), ("Texas", "Bavaria", true),
        ("Ottawa", "Canada", false), ("Toronto", "Montreal", false), ("Texas", "Russia", false),
        ("Britain", "United Kingdom", false), ("Georgia", "Russia", false), ("Atlantis", "Iraq", false),
        ("Jerusalem", "Cairo", false), ("England", "Scotland", false),
    ])
    func exclusion(_ a: String, _ b: String, _ excludes: Bool) {
        #expect(table.excludes(a, b) == excludes)
        #expect(table.excludes(b, a) == excludes)
    }

    /// Every place of the bundled gazetteer has a row.
    @Test func theTableCoversTheGazetteer() throws {
        let gazetteer = try Gazetteer.bundled()
        let missing = gazetteer.places.filter { table.level(of: $0) == nil }
        #expect(missing.isEmpty, "\(missing.sorted())")
    }
}
