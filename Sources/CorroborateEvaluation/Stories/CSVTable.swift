/// An RFC 4180 CSV table: comma-separated fields, double-quoted fields may hold commas, newlines
/// and doubled quotes (`""`); CRLF or LF line ends. The first row is the header.
public struct CSVTable: Sendable {
    public let header: [String]
    public let rows: [[String]]

    /// Parses `text`; a final line break is optional.
    public init(parsing text: String) {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending {
                pending = nil
                return scalar
            }
            return iterator.next()
        }
        while let scalar = next() {
            if quoted {
                if scalar == "\"" {
                    let following = next()
                    if following == "\"" { field.append("\"") } else {
                        quoted = false
                        pending = following
                    }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: quoted = true
            case ",":
                record.append(String(field))
                field = String.UnicodeScalarView()
            case "\n", "\r":
                if scalar == "\r", let following = next(), following != "\n" { pending = following }
                record.append(String(field))
                field = String.UnicodeScalarView()
                records.append(record)
                record = []
            default: field.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(String(field))
            records.append(record)
        }
        header = records.first ?? []
        rows = Array(records.dropFirst())
    }

    /// The rows as dictionaries keyed by header name.
    public var records: [[String: String]] {
        rows.map { row in
            Dictionary(zip(header, row).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
        }
    }
}
