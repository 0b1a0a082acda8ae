import CorroborateCore

/// Settles an outlet's short name, "the" and the last word of an outlet's longer name named earlier in the
/// article: "The Wall Street Journal reported ... according to the Journal", "The Washington Post ... the Post
/// said", "The Jerusalem Post ... the Post reported" (also when a list reads "the Post" as another paper). Without the
/// outlet before it the word keeps its own reading ("the Post" alone may be any paper).
struct OutletShortNames {
    func settle(_ runs: inout [NameRun], _ tokens: [ScanToken]) {
        var lastWords: [String: String] = [:]
        for index in runs.indices {
            let run = runs[index]
            if run.kind == .outlet, run.name.count > 1 || run.name.lowerBound == 0 || tokens[run.name.lowerBound - 1].lower != "the"
                || lastWords[tokens[run.name.lowerBound].lower] == nil
            {
                let words = run.canonical.split(separator: " ")
                if words.count >= 2, let last = words.last { lastWords[last.lowercased()] = run.canonical }
                continue
            }
            guard run.name.count == 1, run.roleStart == nil, run.name.lowerBound > 0,
                tokens[run.name.lowerBound - 1].lower == "the",
                let outlet = lastWords[tokens[run.name.lowerBound].lower]
            else { continue }
            runs[index].kind = .outlet
            runs[index].canonical = outlet
            runs[index].isGuessed = false
        }
    }
}
