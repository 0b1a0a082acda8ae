import CorroborateCore
import CorroborateText

/// Finds the same slot filled differently by different sources: a date ("The Washington Post reported on
/// Thursday" / "... first reported on Sunday"), a count ("28 bundles were dropped" / "airdropped 27 bundles"),
/// a person's age ("Bary, 24" / "23-year-old Abdel Majed Abdel Bary"), the age of an unnamed person in a role ("his
/// 18-year-old son" / "the son, 19"), a length of one thing ("a 16-foot deep crater" / "19 feet (5 meters) deep"),
/// a person's rank ("Cpl. Vell" / "Sergeant Vell"), the name given for a person or role ("the gunman, identified as
/// Adam Vell" / "... as Ben Okafor"), the place of one event ("born in Canada" / "born in Ireland").
///
/// Each kind of slot has its own reader: `DatedEvents` (a date with its event's verb class and actors),
/// `CountedEvents` (a number with the thing counted, what happened to it and its actors), `StatedAges`, `RoleAges`
/// and `MeasuredThings` (a length with its unit, dimension and the thing measured), `StatedRanks`, `IdentifiedNames` and `PlacedEvents` (a place with its event's class and actors);
/// `DiscrepancySlots` holds what they share (actors, values, words).
public struct DiscrepancyFinder: Sendable {
    /// Words passed over between the verb and the date.
    public var skippedWords: Set<String> = ["first", "earlier", "only", "initially", "originally", "also", "last", "then"]
    /// Past-tense verbs that do not end in "ed".
    public var irregularVerbs: Set<String> = [
        "said", "met", "spoke", "held", "took", "made", "told", "wrote", "began", "won", "lost", "sent",
        "struck", "hit", "came", "went", "left", "fell", "rose", "broke", "ran", "led", "paid", "sold", "born",
        "bought", "built",
    ]

    /// Words searched back from the date for the verb.
    public var lookBack = 8
    /// Verbs that name one kind of event, mapped to the verb that names the slot.
    public var verbClasses: [String: String] = [
        "fell": "collapsed", "gave": "collapsed", "crumbled": "collapsed", "caved": "collapsed",
        "spoke": "spoke", "talked": "spoke", "held": "spoke", "phoned": "spoke", "called": "spoke",
        "published": "reported", "wrote": "reported", "broke": "reported", "traded": "sold",
        "died": "died", "killed": "died", "resigned": "resigned", "quit": "resigned", "stepped": "resigned",
    ]
    /// Nouns of an event dated by the expression right before them ("in a 10 November report", "the
    /// 7 November call", "Sunday's report"), mapped to the verb that names the slot.
    public var eventNouns: [String: String] = [
        "report": "reported", "article": "reported", "story": "reported", "interview": "reported",
        "call": "spoke", "conversation": "spoke", "talks": "spoke", "collapse": "collapsed",
    ]
    /// Verb classes of events that happen once, which a month or a year dates ("sold the truck in October 2013",
    /// "was born three years ago"); other verbs are dated by days only.
    public var onceVerbs: Set<String> = [
        "sold", "bought", "born", "died", "married", "divorced", "founded", "collapsed", "resigned", "retired", "built",
        "opened", "closed", "arrested", "elected", "appointed", "graduated", "launched", "acquired", "purchased",
    ]
    /// Words that are never the slot's verb although they end in "ed".
    public var notVerbs: Set<String> = ["red", "bed", "shed", "need", "speed", "feed", "seed", "hundred", "based", "related"]

    /// What happens to a counted thing, by the words that say it ("killed", "dead", "killing" -> "died"): a
    /// count's slot is its unit noun and this class. Only these words make a count a slot.
    public var countVerbs: [String: String] = CountedEvents.verbs
    /// Words searched back from a number for its verb ("killed at least 8 people") and forward from its unit
    /// noun ("20 bodies had been found").
    public var countVerbBefore = 4
    public var countVerbAfter = 6
    /// Two counts more than this many times apart are of different scopes (one attack's toll, a war's), not a discrepancy.
    public var countScopeRatio = 3.0
    /// Words after a "24-year-old" in which the person's name may begin ("23-year-old London rapper Abdel ...").
    public var ageNameWords = 4

    /// What happens at a place, by the words that say it ("born", "arrested", "detained" -> "arrested"): a place's
    /// slot is this class and its actors. Only these words make a place a slot.
    public var placeVerbs: [String: String] = PlacedEvents.verbs
    /// Words searched back from a place's preposition for its event word ("was arrested by police in Watford").
    public var placeVerbWords = 4
    /// Which place contains which; places it does not know are never compared.
    public var placeContainment: PlaceContainment = .shared

    public init() {}

    func discrepancies(_ inputs: [StoryInput], entities: StoryEntities) -> [Discrepancy] {
        dateDiscrepancies(inputs, entities: entities) + countDiscrepancies(inputs, entities: entities)
            + ageDiscrepancies(inputs, entities: entities) + roleAgeDiscrepancies(inputs)
            + measureDiscrepancies(inputs, entities: entities) + rankDiscrepancies(inputs, entities: entities)
            + nameDiscrepancies(inputs, entities: entities) + placeDiscrepancies(inputs, entities: entities)
    }
}
