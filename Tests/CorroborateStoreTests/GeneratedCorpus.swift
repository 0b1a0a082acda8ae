import Foundation

/// Small news pages written by the tests: events, each covered by four outlets on one day, every
/// page distinct (one article with its own id). Each event draws its own words from a bank, so
/// events share little vocabulary and cluster apart.
enum GeneratedCorpus {
    static let outlets = ["Harbour Ledger", "Ostravia Today", "Northline News", "Vellmar Post"]
    static let bank = """
        bridge river flood harbour strike ferry tunnel railway airport factory mine reactor vaccine hospital school \
        election ballot court verdict pension tariff budget subsidy wheat grain drought wildfire storm glacier avalanche \
        earthquake volcano satellite rocket telescope museum painting orchestra stadium marathon cyclist tournament \
        refinery pipeline turbine battery cobalt copper lithium bauxite timber salmon herring vineyard orchard dairy \
        cathedral monastery fortress lighthouse canal reservoir aqueduct viaduct motorway tramway cable funicular \
        embassy consulate treaty sanction ceasefire referendum coalition parliament senate mayor governor minister \
        protest boycott lockout merger bankruptcy auction lottery smuggling forgery espionage kidnapping robbery \
        outbreak quarantine shortage blackout heatwave landslide sinkhole collapse explosion derailment capsizing
        """.split(separator: " ").map(String.init)

    /// Writes `pages` pages into `directory` and returns their paths.
    @discardableResult
    static func write(pages: Int, into directory: URL) throws -> [URL] {
        try (0..<pages).map { index in
            let url = directory.appendingPathComponent(String(format: "page-%05d.html", index))
            try page(index).write(to: url, atomically: true, encoding: .utf8)
            return url
        }
    }

    /// Six words of the bank for event `story` (a fixed stride walk, so neighbouring events differ).
    static func words(_ story: Int) -> [String] {
        (0..<6).map { bank[(story * 6 + $0 * 7 + story / 3) % bank.count] }
    }

    static func page(_ index: Int) -> String {
        let story = index / outlets.count, outlet = outlets[index % outlets.count]
        let w = words(story)
        let date = String(format: "2025-%02d-%02d", 1 + (story / 28) % 12, 1 + story % 28)
        let title = "\(w[0].capitalized) and \(w[1]) in case \(story), \(outlet) reports (\(index))"
        return """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>\(title)</title>
            <meta property="og:site_name" content="\(outlet)"><meta property="og:title" content="\(title)">
            <meta property="article:published_time" content="\(date)T09:00:00+00:00"></head>
            <body><article><h1>\(title)</h1>
            <p>The \(w[0]) \(w[1]) affair reached the \(w[2]) on \(date), with the \(w[3]) and the \(w[4]) both involved, item \(index).</p>
            <p>"The \(w[0]) and the \(w[1]) come first, then the \(w[5])," one \(w[2]) official told \(outlet).</p>
            <p>A \(w[3]) \(w[4]) \(w[5]) review of the \(w[0]) \(w[2]) follows, and the \(w[1]) \(w[3]) stays under watch.</p>
            </article></body></html>
            """
    }
}
