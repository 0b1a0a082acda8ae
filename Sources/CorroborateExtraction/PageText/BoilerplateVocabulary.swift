import CorroborateCore

/// The boilerplate phrases of copied-out page text (`Resources/pagetext-boilerplate.tsv`): "Advertisement",
/// "Sign up for our free weekly newsletter", "Support The Moscow Times!", "Read more about:", "Login to comment",
/// "0 ( +0 / -0 )", "N Min read", copyright lines... each with the removal reason and its role in the page.
///
/// Lines are compared by `key(of:)`: lower-cased, white space collapsed, curly quotes straightened, digit runs
/// written as "#"; whole-line phrases also ignore trailing ":", ".", "!", "?".
public struct BoilerplateVocabulary: Sendable {
    /// What a matching line is.
    public struct Match: Sendable, Hashable {
        /// Why a matching line is removed.
        public var reason: RemovalReason
        /// What a matching line does to the page layout.
        public var role: BoilerplateRole
    }

    /// How a phrase is compared with a line.
    enum MatchKind: String {
        case line, prefix, contains, glued
        case shortPrefix = "short-prefix"
    }

    /// Characters of a line compared with the phrases; boilerplate is said early, and longer lines are prose.
    static let maximumLineLength = 2000

    /// Most words a line may have for a `short-prefix` phrase to match it.
    static let shortLineWords = 8

    private var lines: [String: Match] = [:]  // keyed by `lineKey`
    private var prefixes: [([UInt8], Match)] = []
    private var shortPrefixes: [([UInt8], Match)] = []
    private var fragments: [([UInt8], Match)] = []
    private var glued: [(String, Match)] = []

    /// The bundled vocabulary; empty only if the resource is missing from the build (the tests rule it out).
    public static let bundled: BoilerplateVocabulary =
        (try? BoilerplateVocabulary(rows: ResourceTable.rows("pagetext-boilerplate"))) ?? BoilerplateVocabulary()

    /// An empty vocabulary.
    public init() {}

    /// A vocabulary from rows of `reason, match, role, phrase`.
    init(rows: [[String]]) throws(CorroborateError) {
        for (number, row) in rows.enumerated() {
            guard row.count >= 4, let reason = RemovalReason(rawValue: row[0]), let kind = MatchKind(rawValue: row[1]),
                  let role = BoilerplateRole(rawValue: row[2])
            else {
                throw CorroborateError(.malformed, source: "pagetext-boilerplate.tsv row \(number + 1)", "bad row")
            }
            add(row[3], kind: kind, match: Match(reason: reason, role: role))
        }
    }

    mutating func add(_ phrase: String, kind: MatchKind, match: Match) {
        switch kind {
        case .line: lines[Self.lineKey(Self.keyBytes(of: phrase))] = match
        case .prefix: prefixes.append((Array(Self.key(of: phrase).utf8), match))
        case .shortPrefix: shortPrefixes.append((Array(Self.key(of: phrase).utf8), match))
        case .contains: fragments.append((Array(Self.key(of: phrase).utf8), match))
        case .glued: glued.append((phrase, match))
        }
    }

    /// The phrase `line` matches, trying whole lines, then prefixes, short-line prefixes, glued prefixes, then
    /// fragments; nil if none.
    public func match(_ line: String) -> Match? {
        let bytes = Self.keyBytes(of: line.utf8.count > Self.maximumLineLength ? String(line.prefix(Self.maximumLineLength)) : line)
        if let match = lines[Self.lineKey(bytes)] { return match }
        if let match = prefixes.first(where: { bytes.starts(with: $0.0) })?.1 { return match }
        if bytes.lazy.filter({ $0 == 0x20 }).count < Self.shortLineWords,
           let match = shortPrefixes.first(where: { bytes.starts(with: $0.0) })?.1
        {
            return match
        }
        if let match = glued.first(where: { Self.isGlued(line, prefix: $0.0) })?.1 { return match }
        return fragments.first(where: { ByteSearch.contains($0.0, in: bytes) })?.1
    }

    /// `line` lower-cased, white space collapsed, curly quotes straightened, digit runs as "#".
    public static func key(of line: String) -> String { String(decoding: keyBytes(of: line), as: UTF8.self) }

    /// `key(of:)` as UTF-8 bytes, built without intermediate strings for ASCII text.
    static func keyBytes(of line: String) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(line.utf8.count)
        var lastWasSpace = true
        var lastWasDigit = false
        for scalar in line.unicodeScalars {
            let isSpace = scalar.isASCII ? (scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D))
                : scalar.properties.isWhitespace
            if isSpace {
                if !lastWasSpace { key.append(0x20) }
                lastWasSpace = true
                lastWasDigit = false
                continue
            }
            lastWasSpace = false
            if scalar.value >= 0x30 && scalar.value <= 0x39 {
                if !lastWasDigit { key.append(UInt8(ascii: "#")) }
                lastWasDigit = true
                continue
            }
            lastWasDigit = false
            appendLowercased(scalar, to: &key)
        }
        if key.last == 0x20 { key.removeLast() }
        return key
    }

    private static func appendLowercased(_ scalar: Unicode.Scalar, to key: inout [UInt8]) {
        if scalar.isASCII {
            let value = UInt8(scalar.value)
            key.append(value >= 0x41 && value <= 0x5A ? value + 32 : value)
            return
        }
        switch scalar {
        case "’", "‘": key.append(UInt8(ascii: "'"))
        case "“", "”": key.append(UInt8(ascii: "\""))
        default: key.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        }
    }

    private static func lineKey(_ key: [UInt8]) -> String {
        var end = key.count
        while end > 0, isLineKeyTrail(key[end - 1]) { end -= 1 }
        var text = String(decoding: key[..<end], as: UTF8.self)
        while let last = text.last, last == "…" { text.removeLast() }
        return text
    }

    private static func isLineKeyTrail(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
            || byte == UInt8(ascii: ",") || byte == 0x20
    }

    /// "RelatedTrump calls Putin" starts with "Related" immediately followed by an upper-case letter.
    private static func isGlued(_ line: String, prefix: String) -> Bool {
        guard String(line.prefix(prefix.count)).lowercased() == prefix else { return false }
        let rest = line.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
        guard let next = rest.first else { return false }
        return next.properties.isUppercase
    }
}

/// The role a boilerplate line plays in the layout of a page.
public enum BoilerplateRole: String, Sendable, Hashable {
    /// Just this line.
    case plain = "-"
    /// Once the article has started, it ends here (related lists, newsletter boxes, copyright lines).
    case end
    /// A reader-comment section starts here ("2 Comments", "Login to comment"); also ends the article.
    case comments
    /// Separates one reader comment from the next ("0 ( +0 / -0 )", "Reply").
    case vote
    /// The reader-comment section ends here ("Login to leave a comment").
    case commentsEnd = "comments-end"
}
