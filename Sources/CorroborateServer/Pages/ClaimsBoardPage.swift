import CorroborateCore
import CorroborateStore

/// The claims board across every story: by default the disputed ones, each with its story and
/// who asserts, denies, declines or doubts it.
struct ClaimsBoardPage: Sendable {
    var status: ClaimStatus?
    var claims: [StoryClaim]

    var html: String {
        let heading = status.map { "\($0.rawValue.prefix(1).uppercased())\($0.rawValue.dropFirst()) claims" } ?? "All claims"
        let filters = (ClaimStatus.allCases.map(\.rawValue) + ["all"]).map { option in
            HTML.link("/claims" + HTML.query([("status", option)]), option)
        }.joined(separator: " · ")
        var body = "<section class=\"panel\"><h1>\(HTML.text(heading))</h1><p class=\"meta\">\(claims.count) across all stories · \(filters)</p></section>"
        body += "<section class=\"panel claims\"><table><thead><tr><th>Claim</th><th>Status</th><th>Positions</th><th>Story</th></tr></thead><tbody>"
        body += claims.map(Self.row).joined() + "</tbody></table></section>"
        return PageLayout(title: heading).render(body)
    }

    static func row(_ item: StoryClaim) -> String {
        let positions = item.claim.positions.map {
            "<span class=\"stance \($0.stance.rawValue)\">\(HTML.text($0.holderName)): \($0.stance.rawValue)</span>"
        }.joined(separator: " ")
        return "<tr><td>\(HTML.text(item.claim.text))</td><td class=\"status \(item.claim.status.rawValue)\">\(item.claim.status.rawValue)</td>"
            + "<td>\(positions)</td><td>\(HTML.link(HTML.storyPath(item.story), item.storyTitle))</td></tr>"
    }
}
