import Foundation
import CorroborateCore

/// Reads an article's metadata from the labelled lines of a page: title (without a site-name suffix),
/// standfirst, the visible publication date, byline, dateline, credited agencies and the outlet. What the page
/// says wins; the container's hints fill the gaps. Nothing is guessed: no date is invented.
struct PageMetadataReader: Sendable {
    var dates: VisibleDateParser
    var credits: CreditReader

    /// The metadata fields of `Article`.
    struct Metadata: Sendable {
        var title: String?
        var standfirst: String?
        var published: PublicationDate?
        var byline: [String] = []
        var dateline: String?
        var agencies: [String] = []
        var outlet: String?
    }

    /// Reasons of lines that may name the outlet (not related lists, captions or body text).
    static let outletLineReasons: Set<RemovalReason> = [
        .donation, .metadata, .legal, .navigation, .social, .newsletter, .subscription, .comments, .other,
        .advertisement,
    ]

    func metadata(
        _ lines: [PageLine], _ layout: PageLayout.Result, firstParagraph: String?, hints: MetadataHints
    ) -> Metadata {
        var metadata = Metadata()
        metadata.title = layout.title.map { credits.directory.titleWithoutSiteName(lines[$0].text) } ?? hints.title
        metadata.standfirst = layout.standfirst.map { lines[$0].text }
        metadata.published = published(lines, layout) ?? hints.published
        let bylines = lines.filter { layout.decisions[$0.index].stage == .byline }
            .compactMap { Byline.parse($0.text, directory: credits.directory) }
        metadata.byline = bylines.isEmpty ? hints.byline : bylines.flatMap(\.names)
        let placeLine = lines.first { layout.decisions[$0.index].stage == .dateline }.flatMap { Dateline.line($0.text) }
        let prefix = firstParagraph.flatMap(Dateline.prefix(of:))
        metadata.dateline = placeLine?.place ?? prefix?.place
        metadata.agencies = agencies(lines, layout, extra: bylines.compactMap(\.agency) + [prefix?.agency].compactMap { $0 })
        metadata.outlet = outlet(lines, layout) ?? hints.outlet
            ?? hints.url.flatMap { credits.directory.outlet(forURL: $0) }.map(\.name)
        return metadata
    }

    /// The first date in a header line (before the body), else in any date line of the page.
    private func published(_ lines: [PageLine], _ layout: PageLayout.Result) -> PublicationDate? {
        let header = lines.prefix(layout.bodyStart ?? lines.count).filter {
            layout.decisions[$0.index].label != .removed(.caption) && layout.decisions[$0.index].label != .title
        }
        if let date = header.lazy.compactMap({ dates.date(in: Self.beforeModification($0.text)) }).first { return date }
        return lines.lazy.filter { layout.decisions[$0.index].stage == .date }
            .compactMap { dates.date(in: Self.beforeModification($0.text)) }.first
    }

    /// Words that introduce a modification date, which is never the publication date.
    static let modificationMarkers = [
        "updated", "modified", "last update", "aktualisiert", "geändert", "mis à jour", "modifié", "actualizado",
        "aggiornato", "atualizado", "bijgewerkt",
    ]

    /// The part of `line` before a modification marker: "Published Nov 11 | Updated Nov 12" -> "Published Nov 11 | ".
    static func beforeModification(_ line: String) -> String {
        let lower = Array(line.lowercased().utf8)
        let cut = modificationMarkers.compactMap { ByteSearch.firstOffset(of: Array($0.utf8), in: lower) }.min()
        guard let cut, lower.count == line.utf8.count else { return line }
        return String(decoding: line.utf8.prefix(cut), as: UTF8.self)
    }

    private func agencies(_ lines: [PageLine], _ layout: PageLayout.Result, extra: [String]) -> [String] {
        var agencies: [String] = []
        let creditLines = lines.filter {
            let label = layout.decisions[$0.index].label
            return label == .removed(.metadata) || label == .removed(.legal)
        }
        let fromLines = creditLines.flatMap { credits.agencies(inCreditLine: $0.text) }
        let fromExtra = extra.map { credits.directory.outlet(named: $0)?.credit ?? $0 }
        for agency in fromLines + fromExtra where !agencies.contains(agency) { agencies.append(agency) }
        return agencies
    }

    private func outlet(_ lines: [PageLine], _ layout: PageLayout.Result) -> String? {
        let candidates = lines.filter { line in
            guard case .removed(let reason) = layout.decisions[line.index].label else { return false }
            return Self.outletLineReasons.contains(reason)
        }
        return candidates.lazy.compactMap { credits.statedOutlet(inLine: $0.text) }.first
            ?? candidates.lazy.compactMap { credits.mentionedOutlet(inLine: $0.text) }.first
    }
}
