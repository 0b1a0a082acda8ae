import CorroborateCore

/// Which place contains which: a city is in a region or a country, a region in a country ("Ottawa" in "Ontario" in
/// "Canada"), read from `Resources/entities-place-containment.tsv` (written by `scripts/place_containment.py` from
/// iso-codes and tzdata for the gazetteer's places).
///
/// Two places exclude each other only when both are known at one level and lie in different countries: two
/// countries, or two cities (or regions) of different countries. A place containing the other, places of one
/// country, places of different levels and places the table does not know never exclude each other; nor do areas
/// (continents, disputed or ambiguous names such as "Georgia" or "Jerusalem").
public struct PlaceContainment: Sendable {
    public enum Level: String, Sendable {
        case country, region, city, area
    }

    struct Row: Sendable {
        var level: Level
        var container: String?
    }

    var rows: [String: Row] = [:]
    var aliases: [String: String] = [:]

    /// A table from (place, level, container) rows; `level` "alias" makes `container` the place it names.
    public init(rows: [(place: String, level: String, container: String?)] = []) {
        for row in rows {
            if row.level == "alias", let canonical = row.container {
                aliases[row.place] = canonical
            } else if let level = Level(rawValue: row.level) {
                self.rows[row.place] = Row(level: level, container: row.container)
            }
        }
    }

    /// The table shipped in the module's resources.
    public static func bundled() throws -> PlaceContainment {
        PlaceContainment(rows: try ResourceText.lines("entities-place-containment", "tsv").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2 else { return nil }
            return (fields[0], fields[1], fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil)
        })
    }

    /// The bundled table, or an empty one when the resource is missing.
    public static let shared: PlaceContainment = (try? bundled()) ?? PlaceContainment()

    /// The table's name for a place as written ("U.S." -> "United States"), if the table knows it.
    public func canonical(_ name: String) -> String? {
        let name = aliases[name] ?? name
        return rows[name] == nil ? nil : name
    }

    public func level(of name: String) -> Level? {
        canonical(name).flatMap { rows[$0]?.level }
    }

    /// The place and the places containing it, innermost first ("Ottawa", "Ontario", "Canada").
    public func chain(of name: String) -> [String] {
        var chain: [String] = []
        var current = canonical(name)
        while let place = current, !chain.contains(place) {
            chain.append(place)
            current = rows[place]?.container.flatMap(canonical)
        }
        return chain
    }

    /// The country a place lies in (itself for a country), if the table knows it.
    public func country(of name: String) -> String? {
        chain(of: name).first { rows[$0]?.level == .country }
    }

    /// Whether one of the two places contains the other (or they are one place).
    public func nested(_ a: String, _ b: String) -> Bool {
        guard let a = canonical(a), let b = canonical(b) else { return false }
        return chain(of: a).contains(b) || chain(of: b).contains(a)
    }

    /// Whether an event cannot have taken place in both: both known at one level (no area), in different countries.
    public func excludes(_ a: String, _ b: String) -> Bool {
        guard let levelA = level(of: a), let levelB = level(of: b), levelA == levelB, levelA != .area,
              !nested(a, b), let countryA = country(of: a), let countryB = country(of: b) else { return false }
        return countryA != countryB
    }
}
