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

    private var lines: [String: Match] = [:]
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
        case .line: lines[Self.lineKey(Self.key(of: phrase))] = match
        case .prefix: prefixes.append((Array(Self.key(of: phrase).utf8), match))
        case .shortPrefix: shortPrefixes.append((Array(Self.key(of: phrase).utf8), match))
        case .contains: fragments.append((Array(Self.key(of: phrase).utf8), match))
        case .glued: glued.append((phrase, match))
        }
    }

    /// The phrase `line` matches, trying whole lines, then prefixes, short-line prefixes, glued prefixes, then
    /// fragments; nil if none.
    public func match(_ line: String) -> Match? {
        let key = Self.key(of: line.count > Self.maximumLineLength ? String(line.prefix(Self.maximumLineLength)) : line)
        if let match = lines[Self.lineKey(key)] { return match }
        let bytes = Array(key.utf8)
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
    public static func key(of line: String) -> String {
        var key = ""
        var lastWasSpace = true
        var lastWasDigit = false
        for scalar in line.unicodeScalars {
            if scalar.isASCII, scalar.value != 0x20, scalar.value > 0x0D || scalar.value < 0x09 {
                let value = UInt8(scalar.value)
                lastWasSpace = false
                if value >= 0x30 && value <= 0x39 {
                    if !lastWasDigit { key.append("#") }
                    lastWasDigit = true
                    continue
                }
                lastWasDigit = false
                key.unicodeScalars.append(Unicode.Scalar(value >= 0x41 && value <= 0x5A ? value + 32 : value))
                continue
            }
            if scalar.properties.isWhitespace {
                if !lastWasSpace { key.append(" ") }
                lastWasSpace = true
                lastWasDigit = false
                continue
            }
            lastWasSpace = false
            if scalar.value >= 48 && scalar.value <= 57 {
                if !lastWasDigit { key.append("#") }
                lastWasDigit = true
                continue
            }
            lastWasDigit = false
            switch scalar {
            case "’", "‘": key.append("'")
            case "“", "”": key.append("\"")
            default: key.append(contentsOf: String(scalar).lowercased())
            }
        }
        return key.hasSuffix(" ") ? String(key.dropLast()) : key
    }

    private static func lineKey(_ key: String) -> String {
        var result = Substring(key)
        while let last = result.last, ":.!?…, ".contains(last) { result = result.dropLast() }
        return String(result)
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
