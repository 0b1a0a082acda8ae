import CorroborateStore

/// The outlet record: per outlet, how often it is the one out of line in a discrepancy and how
/// often it carries exclusives, across every stored story.
struct OutletRecordPage: Sendable {
    var records: [OutletRecord]

    var html: String {
        var body = "<section class=\"panel\"><h1>Outlet record</h1><p class=\"meta\">Out of line: the outlet's value in a "
        body += "discrepancy is held by fewer outlets than another value. Exclusives: statements only this outlet reports.</p></section>"
        body += "<section class=\"panel\"><table class=\"outlets\"><thead><tr><th>Outlet</th><th class=\"num\">Stories</th><th class=\"num\">Articles</th>"
        body += "<th class=\"num\">Exclusives</th><th class=\"num\">Exclusives per story</th><th class=\"num\">Discrepancies</th>"
        body += "<th class=\"num\">Out of line</th><th class=\"num\">Share out of line</th></tr></thead><tbody>"
        body += records.sorted { ($0.stories, $1.outlet) > ($1.stories, $0.outlet) }.map(Self.row).joined()
        return PageLayout(title: "Outlet record").render(body + "</tbody></table></section>")
    }

    static func row(_ record: OutletRecord) -> String {
        let cells = [
            String(record.stories), String(record.articles), String(record.exclusives),
            ratio(record.exclusives, record.stories), String(record.discrepancies), String(record.outOfLine),
            percent(record.outOfLine, record.discrepancies),
        ].map { "<td class=\"num\">\($0)</td>" }.joined()
        let link = HTML.link("/" + HTML.query([("outlet", record.outlet)]), record.outlet)
        return "<tr><td>\(link)</td>\(cells)</tr>"
    }

    static func ratio(_ part: Int, _ whole: Int) -> String {
        guard whole > 0 else { return "–" }
        let hundredths = (part * 100 + whole / 2) / whole
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        guard whole > 0 else { return "–" }
        return "\((part * 100 + whole / 2) / whole) %"
    }
}
