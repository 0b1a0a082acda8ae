/// The word tables of the date tagger: month, weekday, number, unit and cue words, lower-cased.
enum DateVocabulary {
    /// Month names and abbreviations (without their period) to month numbers.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    /// Full month names (bare month mentions need one of these, capitalised).
    static let fullMonths: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
    /// Weekday names to ISO weekday numbers (1 = Monday).
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    /// Cardinal number words.
    static let numbers: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1, "single": 1,
    ]
    /// Words for an unspecified number ("several years" -> PXY).
    static let vagueNumbers: Set<String> = ["several", "few", "many", "some", "couple", "numerous"]
    /// Ordinal words and their numbers.
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    ]
    /// Unit words (singular and plural) to TIMEX3 unit letters; `T` units are times.
    static let units: [String: Unit] = [
        "second": .second, "seconds": .second, "minute": .minute, "minutes": .minute, "hour": .hour, "hours": .hour,
        "day": .day, "days": .day, "week": .week, "weeks": .week, "fortnight": .fortnight, "month": .month,
        "months": .month, "quarter": .quarter, "quarters": .quarter, "year": .year, "years": .year,
        "decade": .decade, "decades": .decade, "century": .century, "centuries": .century,
    ]
    /// Decades named in words, to their third digit ("the nineties" is "199").
    static let decades: [String: Int] = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
    ]
    /// Seasons to TIMEX3 season codes.
    static let seasons: [String: String] = ["spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"]
    /// Parts of the day to TIMEX3 codes.
    static let dayParts: [String: String] = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    ]
    /// Words that refer to the present, past or future without a date.
    static let references: [String: String] = [
        "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "current": "PRESENT_REF",
        "recently": "PAST_REF", "lately": "PAST_REF",
    ]
    /// Recurrence adverbs to SET values.
    static let sets: [String: String] = [
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "hourly": "PT1H",
        "nightly": "P1D",
    ]
    /// Words that mark a future clause near a relative date ("will meet on Thursday").
    static let futureCues: Set<String> = [
        "will", "ll", "shall", "going", "expected", "expects", "scheduled", "due",
        "upcoming", "next", "tomorrow", "await", "awaiting", "later", "begin", "start", "could", "soon", "planning",
        "intends", "intend", "hopes", "aims", "slated", "until", "till",
    ]
    /// Words that mark a future clause only when "to" or "for" follows: "plans to meet", "is set
    /// for Thursday" (not "vacation plans", "set aside").
    static let futureBeforeTo: Set<String> = ["plans", "plan", "planned", "set"]
    /// Words right before a date that open a period from it ("from Wednesday"): future when the
    /// clause has no tense cue.
    static let periodOpeners: Set<String> = ["from", "starting", "beginning", "effective"]
    /// Words after which a future cue is a past one: "had been scheduled to expire Friday".
    static let pastPerfect: Set<String> = ["had", "previously"]
    /// Words that mark a past clause near a relative date; words ending in "ed" count too.
    static let pastCues: Set<String> = [
        "said", "was", "were", "had", "did", "told", "spoke", "met", "held", "came", "went", "took", "made",
        "gave", "rose", "fell", "won", "lost", "began", "left", "sent", "struck", "ago", "last", "yesterday",
        "saw", "got", "put", "shot", "hit", "ran", "found", "paid", "sold", "bought", "brought", "says", "since",
    ]
    /// Time zone abbreviations a clock time may carry.
    static let timeZones: Set<String> = ["edt", "est", "cdt", "cst", "pdt", "pst", "gmt", "utc", "bst", "cet", "msk"]
    /// Two-word approximators kept inside the span before a count ("more than four hours"); "nearly" too.
    /// "about", "almost", "over" and "within" are left outside, as the corpus mostly leaves them.
    static let approximators: [String: String] = ["more": "than", "less": "than", "fewer": "than", "at": "least", "up": "to"]
    /// Modifiers kept inside the span without changing the value ("early next year").
    static let modifiers: Set<String> = ["early", "late", "mid", "earlier", "later", "end", "beginning", "start", "middle"]

    /// Words that can open a temporal expression; the tagger tries its rules only at these (and at
    /// numbers), which keeps it linear and fast. Articles ("a", "the") count only before another trigger.
    static let triggers: Set<String> = {
        var words = Set(months.keys).union(weekdays.keys).union(weekdays.keys.map { $0 + "s" }).union(numbers.keys).union(vagueNumbers).union(ordinals.keys)
        words.formUnion(units.keys)
        words.formUnion(seasons.keys)
        words.formUnion(decades.keys)
        words.formUnion(references.keys)
        words.formUnion(sets.keys)
        words.formUnion(modifiers)
        words.formUnion([
            "this", "last", "next", "coming", "past", "previous", "current", "the", "these", "at", "fiscal", "today",
            "tonight", "yesterday", "tomorrow", "every", "each", "noon", "midnight", "christmas", "halloween", "easter", "new",
            "independence", "thanksgiving", "labor", "memorial", "nineteen", "eighteen", "recent", "final", "initial",
            "latest", "same", "full", "calendar", "entire", "whole", "near", "short", "present", "mid", "weekend", "future",
            "nearly", "more", "less", "fewer", "up", "that", "following", "election", "midday", "morning", "afternoon",
            "evening", "additional", "extra", "corresponding", "comparable", "then", "while",
        ])
        return words
    }()

    /// Triggers that open an expression only when another trigger or a number follows.
    static let weakTriggers: Set<String> = [
        "a", "an", "the", "at", "these", "new", "same", "past", "present", "near", "short", "that", "following",
        "additional", "extra", "corresponding", "comparable", "then", "while",
    ]

    /// A TIMEX3 duration unit.
    enum Unit: Sendable {
        case second, minute, hour, day, week, fortnight, month, quarter, year, decade, century

        /// The duration of `count` and a half units, the half in the next smaller unit (P2Y6M, PT5H30M), or
        /// nil for units without one.
        func durationAndAHalf(_ count: Int) -> String? {
            switch self {
            case .year: "P\(count)Y6M"
            case .decade: "P\(count * 10 + 5)Y"
            case .day: "P\(count)DT12H"
            case .hour: "PT\(count)H30M"
            case .minute: "PT\(count)M30S"
            default: nil
            }
        }

        /// The duration value for `count` units ("X" when unknown): P2Y, PT3H, P10Y for a decade.
        func duration(_ count: Int?) -> String {
            let n = count.map(String.init) ?? "X"
            switch self {
            case .second: return "PT\(n)S"
            case .minute: return "PT\(n)M"
            case .hour: return "PT\(n)H"
            case .day: return "P\(n)D"
            case .week: return "P\(n)W"
            case .fortnight: return "P\(count.map { String($0 * 2) } ?? "X")W"
            case .month: return "P\(n)M"
            case .quarter: return "P\(n)Q"
            case .year: return "P\(n)Y"
            case .decade: return count.map { "P\($0 * 10)Y" } ?? "PXY"  // in years, as a counted decade is ("decades-long" PXY)
            case .century: return count.map { "P\($0 * 100)Y" } ?? "PXC"
            }
        }
    }
}
