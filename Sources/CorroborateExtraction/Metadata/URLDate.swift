import CorroborateCore

/// Reads the publication day a URL path states: `/2024/11/11/`, `/2024-11-11/`, `/20241111/`, `/2024/11/11-slug`,
/// and with the month named (`DateText.months`): `/2023/october/03/`, `/2008/January/10/`.
/// A path with only a year and month gives nothing.
public enum URLDate {
    /// The day in `url`'s path, or nil.
    public static func date(in url: String) -> PublicationDate? {
        let segments = url.split(separator: "/").map(String.init)
        for index in segments.indices {
            let segment = segments[index]
            if segment.count == 4, let year = Int(segment), index + 2 < segments.count,
               let month = month(segments[index + 1]),
               let day = Int(segments[index + 2].prefix(2)), segments[index + 2].prefix(2).allSatisfy(\.isNumber),
               segments[index + 2].dropFirst(2).first.map({ !$0.isNumber }) ?? true {
                if let date = valid(year, month, day) { return date }
            }
            let head = segment.prefix(10)
            if head.count == 10, let date = DateText.machine(String(head)), segment.dropFirst(10).first.map({ !$0.isNumber }) ?? true,
               head.contains("-") {
                return date
            }
        }
        return nil
    }

    /// The month a path segment names: two digits, or a month name or abbreviation of three letters or more.
    private static func month(_ segment: String) -> Int? {
        if segment.count == 2 { return Int(segment) }
        return segment.count >= 3 ? DateText.months[segment.lowercased()] : nil
    }

    private static func valid(_ year: Int, _ month: Int, _ day: Int) -> PublicationDate? {
        guard (1990...2035).contains(year) else { return nil }
        return PublicationDate(year: year, month: month, day: day)
    }
}
