import CorroborateCore

/// Years implied by the story: an undated article's "11 November" (`XXXX-11-11`) takes the
/// year that puts the day nearest the story's first dated article, within half a year, so its
/// dates join the timeline and the discrepancies of the coverage it belongs to.
enum StoryYears {
    /// How far from the story's reference day a yearless day may fall.
    static let maximumDistance = 183

    /// `inputs` with the yearless day values of undated articles resolved against the earliest
    /// publication day among them; dated articles and stories without any date are unchanged.
    static func resolved(_ inputs: [StoryInput]) -> [StoryInput] {
        guard inputs.contains(where: { $0.article.published == nil }),
            let reference = inputs.compactMap({ $0.article.published?.calendarDay }).min()
        else { return inputs }
        return inputs.map { input in
            guard input.article.published == nil else { return input }
            var input = input
            for index in input.annotated.timexes.indices {
                if let day = day(input.annotated.timexes[index].value, near: reference) {
                    input.annotated.timexes[index].value = day.description
                }
            }
            return input
        }
    }

    /// The calendar day of a `XXXX-MM-DD` value nearest `reference`, if within `maximumDistance`.
    static func day(_ value: String, near reference: CalendarDay) -> CalendarDay? {
        let parts = value.split(separator: "-")
        guard parts.count == 3, parts[0] == "XXXX", let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return (reference.year - 1...reference.year + 1)
            .compactMap { CalendarDay(year: $0, month: month, day: day) }
            .map { ($0, abs($0.daysSinceEpoch - reference.daysSinceEpoch)) }
            .filter { $0.1 <= maximumDistance }
            .min { $0.1 < $1.1 }?.0
    }
}
