import CorroborateCore
import Foundation

/// The name lists entity, quote and citation rules consult, loaded from the data files in
/// `Resources/` (`entities-*.tsv|txt`): outlets and agencies with their aliases, places and place
/// head words, organizations and organization head words, event head words, titles and roles,
/// common given names (and the sex most of their bearers have), and nationality adjectives.
public struct Gazetteer: Sendable {
    /// Outlet alias (as written) -> canonical name: "WP" -> "The Washington Post".
    public var outlets: [String: String]
    /// Agency alias (as written) -> canonical name: "AFP" -> "Agence France-Presse".
    public var agencies: [String: String]
    /// Places as written: "Ukraine", "Moscow", "U.S.".
    public var places: Set<String>
    /// Organizations as written: "Kremlin", "White House".
    public var organizations: Set<String>
    /// Words that end organization names: "Ministry", "Party", "Committee".
    public var organizationHeads: Set<String>
    /// Lower-cased titles and roles, some of several words: "press secretary", "spokesman", "sen.".
    public var titles: Set<String>
    /// Common given names as written: "Dmitry", "Donald".
    public var firstNames: Set<String>
    /// Given names read as one sex in English-language news, lower-cased: "pamela" -> .female, "michael" -> .male.
    /// Names borne by both ("Alex", "Jordan", "Kim") are not listed.
    public var givenNameSexes: [String: Sex] = [:]

    /// The sex a given name or a pronoun ("he", "she") points to.
    public enum Sex: Sendable, Hashable { case female, male }
    /// Place alias (as written) -> canonical name: "U.S." -> "United States", "Kiev" -> "Kyiv".
    public var placeAliases: [String: String] = [:]
    /// Words that end place names: "Sea", "River", "Province".
    public var placeHeads: Set<String>
    /// Nationality and place adjectives as written: "Russian", "Sri Lankan".
    public var demonyms: Set<String>
    /// Words that end event names: "Cup", "Open", "Award".
    public var eventHeads: Set<String>

    /// A gazetteer from explicit lists (tests, custom vocabularies).
    public init(
        outlets: [String: String] = [:], agencies: [String: String] = [:], places: Set<String> = [],
        organizations: Set<String> = [], organizationHeads: Set<String> = [], titles: Set<String> = [],
        firstNames: Set<String> = [], placeHeads: Set<String> = [], demonyms: Set<String> = [],
        eventHeads: Set<String> = []
    ) {
        self.outlets = outlets
        self.agencies = agencies
        self.places = places
        self.organizations = organizations
        self.organizationHeads = organizationHeads
        self.titles = titles
        self.firstNames = firstNames
        self.placeHeads = placeHeads
        self.demonyms = demonyms
        self.eventHeads = eventHeads
    }

    /// The gazetteer shipped in the module's resources.
    public static func bundled() throws -> Gazetteer {
        var gazetteer = Gazetteer()
        gazetteer.outlets = aliasTable(try ResourceText.lines("entities-outlets", "tsv"))
        gazetteer.agencies = aliasTable(try ResourceText.lines("entities-agencies", "tsv"))
        for line in try ResourceText.lines("entities-places", "txt") {
            if line.hasPrefix("*") {
                gazetteer.placeHeads.insert(String(line.dropFirst()))
            } else {
                gazetteer.places.insert(line)
            }
        }
        gazetteer.demonyms = Set(try ResourceText.lines("entities-demonyms", "txt"))
        gazetteer.placeAliases = aliasTable(try ResourceText.lines("entities-place-aliases", "tsv"))
        gazetteer.eventHeads = Set(try ResourceText.lines("entities-event-heads", "txt"))
        for line in try ResourceText.lines("entities-organizations", "txt") {
            if line.hasPrefix("*") {
                gazetteer.organizationHeads.insert(String(line.dropFirst()))
            } else {
                gazetteer.organizations.insert(line)
            }
        }
        gazetteer.titles = Set(try ResourceText.lines("entities-titles", "txt").map { $0.lowercased() })
        gazetteer.firstNames = Set(try ResourceText.lines("entities-first-names", "txt"))
        for line in try ResourceText.lines("entities-given-name-sexes", "tsv") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            gazetteer.givenNameSexes[fields[0].lowercased()] = fields[1] == "f" ? .female : .male
        }
        return gazetteer
    }

    /// Whether "he" or "she" (`pronoun`, lower-cased) cannot stand for the person `name` ("Michael Comeau" for
    /// "she"): the name's first word is a given name of the other sex. Any other pronoun or name may.
    public func sexConflicts(pronoun: String, name: String) -> Bool {
        let sex: Sex
        switch pronoun {
        case "he": sex = .male
        case "she": sex = .female
        default: return false
        }
        guard let given = name.split(separator: " ").first, let named = givenNameSexes[given.lowercased()] else { return false }
        return named != sex
    }

    /// The canonical outlet or agency name for `name` as written ("the Post", "AFP"), if it is one.
    public func source(named name: String) -> (canonical: String, kind: EntityKind)? {
        if let agency = agencies[name] { return (agency, .agency) }
        if let outlet = outlets[name] { return (outlet, .outlet) }
        if name.hasPrefix("the ") || name.hasPrefix("The ") {
            let bare = String(name.dropFirst(4))
            if let agency = agencies[bare] { return (agency, .agency) }
            if let outlet = outlets[bare] { return (outlet, .outlet) }
        }
        return nil
    }

    /// The organization an acronym of four letters or more names when written in title case, as British papers
    /// write them ("Nasa" -> "NASA", "Nato" -> "NATO"); nil for other words ("Ice", "Eu" are too short).
    public func organizationAcronym(_ name: String) -> String? {
        guard name.unicodeScalars.count >= 4, !name.contains(" "), name.dropFirst().allSatisfy(\.isLowercase) else { return nil }
        let acronym = name.uppercased()
        return organizations.contains(acronym) ? acronym : nil
    }

    /// Reads `CANONICAL<TAB>alias|alias` lines into alias -> canonical (each canonical maps to itself).
    static func aliasTable(_ lines: [String]) -> [String: String] {
        var table: [String: String] = [:]
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            let canonical = String(fields[0])
            table[canonical] = canonical
            if fields.count > 1 {
                for alias in fields[1].split(separator: "|") where table[String(alias)] == nil {
                    table[String(alias)] = canonical
                }
            }
        }
        return table
    }
}

/// Reads the text components' data files from the module bundle.
enum ResourceText {
    /// Non-empty, non-comment (`#`) lines of `Resources/NAME.EXT`, trimmed of surrounding spaces.
    static func lines(_ name: String, _ ext: String) throws -> [String] {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext) else {
            throw CorroborateError(.missingResource, source: "\(name).\(ext)", "resource missing from the bundle")
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw CorroborateError(.unreadable, source: url.path, "cannot read resource", cause: error)
        }
        return text.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : trimmed
        }
    }
}
