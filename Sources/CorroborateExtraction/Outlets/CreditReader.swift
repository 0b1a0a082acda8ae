/// Reads who is credited in the metadata lines of a page: wire agencies in credit lines ("(With inputs from
/// agencies)", "SOURCE:TRTWorld and agencies", "© Copyright 2024 The Associated Press", "Reuters contributed to
/// this report", "(AP)") and the outlet in donation, source, copyright and account lines ("Support The Moscow
/// Times!", "SOURCE:TRTWorld and agencies", "©2024 GPlusMedia Inc.", "Login with your JapanToday account").
///
/// Photo credits are not read here: a photo from AP does not make AP a co-author.
public struct CreditReader: Sendable {
    /// The table names are resolved against.
    public var directory: OutletDirectory

    /// The word used for unnamed wire services.
    public static let unnamedAgencies = "agencies"

    /// A reader resolving names against `directory`.
    public init(directory: OutletDirectory = .bundled) {
        self.directory = directory
    }

    /// The agencies a credit line credits, as their short credit ("AP", "Reuters", "agencies"), in order.
    public func agencies(inCreditLine line: String) -> [String] {
        let names = creditedNames(in: line)
        var agencies: [String] = []
        for name in names {
            let credit: String?
            if isUnnamedAgencies(name) {
                credit = Self.unnamedAgencies
            } else if let entry = directory.outlet(named: name), entry.kind == .agency {
                credit = entry.credit
            } else {
                credit = nil
            }
            if let credit, !agencies.contains(credit) { agencies.append(credit) }
        }
        return agencies
    }

    /// The outlet a donation, source, copyright or account line names, as the directory's canonical name when
    /// listed; nil for agencies and when no outlet is named. `statedOutlet(inLine:)`, else `mentionedOutlet(inLine:)`.
    public func outlet(inLine line: String) -> String? {
        statedOutlet(inLine: line) ?? mentionedOutlet(inLine: line)
    }

    /// The outlet a line states outright: "Support The Moscow Times!", "A Message from X:", "SOURCE:TRTWorld and
    /// agencies", "©2024 GPlusMedia Inc." (an owner listed as an alias). Unknown names are kept as written only
    /// for donation and source lines.
    public func statedOutlet(inLine line: String) -> String? {
        if let name = CreditPatterns.donationSubject(of: line) ?? CreditPatterns.sourceOutlet(of: line) {
            return outletName(for: name) ?? (CreditPatterns.looksLikeName(name) ? name : nil)
        }
        if let holder = CreditPatterns.copyrightHolder(of: line) { return outletName(for: holder) }
        return nil
    }

    /// The first outlet (not agency) of the directory named anywhere in `line` ("Login with your JapanToday
    /// account" -> Japan Today).
    public func mentionedOutlet(inLine line: String) -> String? {
        directory.mentions(in: line).first { $0.kind == .outlet }?.name
    }

    private func outletName(for name: String) -> String? {
        if isUnnamedAgencies(name) { return nil }
        guard let entry = directory.outlet(named: name) ?? directory.mentions(in: name).first else { return nil }
        return entry.kind == .outlet ? entry.name : nil
    }

    private func creditedNames(in line: String) -> [String] {
        if let names = CreditPatterns.inputsFrom(line) { return names }
        if let source = CreditPatterns.sourceList(of: line) { return source }
        if let holder = CreditPatterns.copyrightHolder(of: line) { return [holder] }
        if let contributor = CreditPatterns.contributor(of: line) { return [contributor] }
        if let bracketed = CreditPatterns.bracketedCredit(of: line) { return [bracketed] }
        return []
    }

    private func isUnnamedAgencies(_ name: String) -> Bool {
        let key = NameKey.of(name)
        return key == "agencies" || key == "agency" || key == "wireservices" || key == "newsagencies"
    }
}
