/// "He called medics after he couldn't stop the bleeding", "She phoned the police", "called 911": calling for
/// help reports nothing, so the verb is no cue (its naming sense, "called the report fiction", "called the police
/// shootings a moment ...", and "called an emergency meeting" still are).
extension AttributionScan {
    /// Whether token `index` is a form of "call" or "phone" whose object is an emergency service.
    func summonsHelp(_ index: Int) -> Bool {
        guard Self.summoningVerbs.contains(tokens[index].lower) else { return false }
        var next = index + 1
        while next < tokens.count, ["the", "an", "a", "local"].contains(tokens[next].lower) { next += 1 }
        guard next < tokens.count, Self.emergencyServices.contains(tokens[next].lower) else { return false }
        if tokens[next].lower == "emergency" {
            guard next + 1 < tokens.count, ["services", "service"].contains(tokens[next + 1].lower) else { return false }
            next += 1
        }
        // The service is the object, not a modifier ("called the police shootings ... a moment").
        let after = next + 1
        return after >= tokens.count || !tokens[after].isWord || Self.wordsAfterService.contains(tokens[after].lower)
    }

    /// Words that may follow the called service: the clause goes on, no noun is modified.
    static let wordsAfterService: Set<String> = [
        "after", "and", "when", "to", "for", "on", "at", "in", "but", "who", "as", "because", "before", "while",
        "from", "about", "immediately", "shortly", "then", "once", "until",
    ]

    static let summoningVerbs: Set<String> = ["call", "calls", "called", "calling", "phone", "phoned", "phoning", "rang"]

    static let emergencyServices: Set<String> = [
        "police", "medics", "paramedics", "ambulance", "ambulances", "911", "999", "112", "emergency", "firefighters",
        "fire", "help", "coastguard", "rescuers",
    ]
}
