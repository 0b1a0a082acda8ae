/// A Markdown table whose columns are padded to a common width, so it reads as a table on a
/// terminal as well as after rendering. Cells have `|` and line breaks escaped; widths are
/// counted on the plain text, before any colour is applied.
struct MarkdownTable {
    var header: [String]
    var rows: [[String]]
    /// Columns are padded up to this many characters; longer cells are left as they are.
    var maxPadding = 48

    func render(styling: (_ column: Int, _ padded: String, _ text: String) -> String = { _, padded, _ in padded }) -> [String] {
        let escapedHeader = header.map(Self.escape)
        let escapedRows = rows.map { $0.map(Self.escape) }
        let widths = escapedHeader.indices.map { column in
            min(maxPadding, ([escapedHeader] + escapedRows).map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0)
        }
        func line(_ cells: [String], styled: Bool) -> String {
            let padded = cells.enumerated().map { column, text in
                let cell = text.padding(toWidth: widths[column])
                return styled ? styling(column, cell, text) : cell
            }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        let rule = "|" + widths.map { String(repeating: "-", count: max(3, $0) + 2) }.joined(separator: "|") + "|"
        return [line(escapedHeader, styled: false), rule] + escapedRows.map { line($0, styled: true) }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}

extension String {
    /// The text followed by spaces up to `width` characters (never cut).
    func padding(toWidth width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
