import CorroborateCore

/// Settles names of unknown kind that their context shows to be places: right after "in",
/// "near", "outside" or "inside" ("in Ojai", "near Amritsar", "from inside Kobane") or a place noun's "of" ("residents of Raqqa"), followed by a comma and a place
/// ("Sochi, Russia", "VILLAVICENCIO, Colombia"), or joined by "and"/"or" to a place before it
/// ("in Sanaa and Aden"); and names of unknown kind or an untitled person's that a lower-case place noun follows ("Somalia's
/// Lower Shabelle region", "Washington state": no person's or organization's name is followed by "region").
struct PlaceContext {
    var gazetteer: Gazetteer

    /// Lower-case words before a place name.
    static let prepositions: Set<String> = ["in", "near", "outside", "inside"]
    /// Prepositions a place follows, wider than `prepositions` (which alone make an unknown name a place): a name
    /// after one is where something is, not who speaks ("Shoppers in Carlisle said", "an activist in Raqqa who",
    /// "Activists inside Raqqa said").
    static let locatives: Set<String> = ["in", "at", "near", "outside", "from", "inside", "within", "across", "throughout"]

    func settle(_ runs: inout [NameRun], _ tokens: [ScanToken], names: (Range<Int>) -> String) {
        for index in runs.indices where [.other, .person].contains(runs[index].kind) && runs[index].roleStart == nil && isFollowedByPlaceNoun(index, runs, tokens) {
            runs[index].kind = .place
        }
        for index in runs.indices where runs[index].kind == .other {
            let start = runs[index].name.lowerBound
            let afterPreposition = start > 0 && Self.prepositions.contains(tokens[start - 1].lower)
                || start > 1 && tokens[start - 1].lower == "of" && Self.placeOfNouns.contains(tokens[start - 2].lower)
            if afterPreposition || isFollowedByPlace(index, runs, tokens) || isJoinedToPlace(index, runs, tokens) {
                runs[index].kind = .place
            }
        }
    }

    /// Lower-case nouns whose "of" names a place: "residents of Raqqa", "the outskirts of Aleppo".
    static let placeOfNouns: Set<String> = [
        "residents", "inhabitants", "citizens", "people", "city", "town", "village", "outskirts", "suburbs", "streets", "centre",
        "center", "province", "region", "mayor",
    ]

    /// Lower-case nouns that make the name before them a place's.
    static let placeNouns: Set<String> = [
        "region", "province", "district", "county", "state", "governorate", "prefecture", "oblast", "municipality", "township",
    ]

    private func isFollowedByPlaceNoun(_ index: Int, _ runs: [NameRun], _ tokens: [ScanToken]) -> Bool {
        let end = runs[index].name.upperBound
        return end < tokens.count && tokens[end].isWord && !tokens[end].isCapitalized && Self.placeNouns.contains(tokens[end].lower)
    }

    private func isJoinedToPlace(_ index: Int, _ runs: [NameRun], _ tokens: [ScanToken]) -> Bool {
        let start = runs[index].name.lowerBound
        guard index > 0, start >= 2, ["and", "or"].contains(tokens[start - 1].lower) else { return false }
        let previous = runs[index - 1]
        return previous.name.upperBound == start - 1 && previous.kind == .place
    }

    private func isFollowedByPlace(_ index: Int, _ runs: [NameRun], _ tokens: [ScanToken]) -> Bool {
        let end = runs[index].name.upperBound
        guard index + 1 < runs.count, end < tokens.count, tokens[end].lower == "," else { return false }
        let next = runs[index + 1]
        return next.name.lowerBound == end + 1 && next.kind == .place
    }
}
