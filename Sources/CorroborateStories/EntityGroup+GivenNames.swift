extension EntityGroup {
    /// Whether two person names of two words or more with one surname name one person: their first
    /// names are forms of one name (`GivenNameVariants`) and their middle names agree, one having
    /// none or an initial of the other's ("kenneth p. thompson" and "kenneth thompson").
    static func sameGivenNames(_ a: [String], _ b: [String]) -> Bool {
        guard a.count >= 2, b.count >= 2, let firstA = a.first, let firstB = b.first,
              GivenNameVariants.bundled.areVariants(bare(firstA), bare(firstB))
        else { return false }
        let middleA = a.dropFirst().dropLast().map(bare), middleB = b.dropFirst().dropLast().map(bare)
        if middleA.isEmpty || middleB.isEmpty { return true }
        guard middleA.count == middleB.count else { return false }
        return zip(middleA, middleB).allSatisfy { x, y in
            x == y || (x.count == 1 && y.hasPrefix(x)) || (y.count == 1 && x.hasPrefix(y))
        }
    }

    /// A name word without its periods ("p." is "p").
    private static func bare(_ word: String) -> String {
        word.filter { $0 != "." }
    }
}
