import CorroborateCore

/// Joins an organization to a longer one of the same article that ends with its words after
/// nationality adjectives or places: "Foreign Ministry" joins "Ukrainian Foreign Ministry" when
/// that is the only such longer name.
struct OrganizationMerger {
    var gazetteer: Gazetteer

    func merge(_ runs: inout [NameRun]) {
        let names = Set(runs.filter { $0.kind == .organization }.map(\.canonical))
        var target: [String: String] = [:]
        for name in names {
            let words = name.split(separator: " ")
            let longer = names.filter { other in
                let otherWords = other.split(separator: " ")
                guard otherWords.count > words.count, Array(otherWords.suffix(words.count)) == words else { return false }
                return otherWords.dropLast(words.count).allSatisfy { isQualifier(String($0)) }
            }
            if longer.count == 1, let only = longer.first { target[name] = only }
        }
        for index in runs.indices where runs[index].kind == .organization {
            if let joined = target[runs[index].canonical] { runs[index].canonical = joined }
        }
    }

    private func isQualifier(_ word: String) -> Bool {
        gazetteer.demonyms.contains(word) || gazetteer.places.contains(word)
    }
}
