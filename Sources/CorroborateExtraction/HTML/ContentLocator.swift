import CorroborateCore

/// Finds the article body container in a page: a cascade of `ContentSelection.Stage`s over the blocks.
///
/// Thresholds are named in `Thresholds`; every element flagged by tag or class/id keeps its flag unless
/// it holds more than `oversizedShare` of the page's text (a page wrapper with an unlucky class name) or
/// much of its prose (`proseProtection`, `proseShare`), except comment sections, which keep their flag.
struct ContentLocator {
    /// The named thresholds of the cascade.
    struct Thresholds: Sendable {
        /// A flagged element holding more than this share of the page text loses its flag.
        var oversizedShare = 0.6
        /// Blocks this long (bytes) with few links count as prose.
        var proseBlock = 80
        /// Prose blocks have a link density below this.
        var proseLinkDensity = 0.3
        /// A flagged element (other than comments) with this much prose loses its flag ...
        var proseProtection = 1000
        /// ... when the prose is also this share of the page's prose.
        var proseShare = 0.3
        /// Blocks shorter than this (bytes) do not count as paragraph text.
        var minimumParagraph = 25
        /// Blocks denser in links than this do not count as paragraph text.
        var maximumLinkDensity = 0.5
        /// A marked-up container must hold this share of the page's paragraph text.
        var markupShare = 0.55
        /// A deeper marked-up container replaces a wider one when it keeps this share of its text.
        var markupDeeperShare = 0.85
        /// The density winner widens to its parent when the parent has this many times its paragraph text ...
        var climbGain = 1.3
        /// ... and a link density below this ...
        var climbLinkDensity = 0.4
        /// ... looking through this many levels of wrappers ...
        var climbLevels = 8
        /// ... and on through `div`/`section`/`article`/`main` wrappers up to this many levels (generated
        /// markup wraps each section of a page in eight or more `div`s, so the element holding all sections
        /// sits that far above a list in one; nested layout tables stop the climb at `climbLevels`) ...
        var climbWrapperLevels = 16
        /// ... where a parent is accepted only when it holds this many times the paragraph text: so far from
        /// the winner, only a clear fragment (one section of many) widens.
        var climbWrapperGain = 2.0
        /// Siblings of the density winner join it when they score this share of its score.
        var siblingShare = 0.2
    }

    let document: HTMLDocument
    let blocks: [ContentBlock]
    let vocabulary: HTMLVocabulary
    var thresholds = Thresholds()

    /// The selection for this page.
    func selection() -> ContentSelection {
        let characters = aggregate { _ in true }
        let prose = aggregate { $0.characters >= thresholds.proseBlock && $0.linkDensity < thresholds.proseLinkDensity }
        var flags = elementFlags()
        let total = Double(characters[0])
        for node in flags.indices where flags[node] != nil && flags[node] != .comments {
            let oversized = Double(characters[node]) > thresholds.oversizedShare * total && total > 300
            let holdsProse = prose[node] >= thresholds.proseProtection
                && Double(prose[node]) >= thresholds.proseShare * Double(prose[0])
            if oversized || holdsProse { flags[node] = nil }
        }
        let flagged = flaggedAncestors(flags)
        let good = aggregate { block in isParagraphText(block) && flagged[block.element] < 0 }
        var selection = ContentSelection(roots: [], stage: .wholePage, flaggedAncestor: flagged, flags: flags)
        if let root = markupContainer(good: good) {
            selection.roots = [root]
            selection.stage = .markup
        } else if let roots = densityContainers(flagged: flagged, characters: characters, flags: flags, good: good) {
            selection.roots = roots
            selection.stage = .density
        } else {
            selection.roots = [document.elements(named: "body").first ?? 0]
        }
        return selection
    }

    private func isParagraphText(_ block: ContentBlock) -> Bool {
        block.characters >= thresholds.minimumParagraph && block.linkDensity < thresholds.maximumLinkDensity
            && !block.isHeading
    }

    /// Per node, the summed characters of the blocks in its subtree that pass `include`.
    private func aggregate(_ include: (ContentBlock) -> Bool) -> [Int] {
        var sums = [Int](repeating: 0, count: document.nodes.count)
        for block in blocks where include(block) {
            var node = block.element
            while node >= 0 {
                sums[node] += block.characters
                node = document.nodes[node].parent
            }
        }
        return sums
    }

    /// Each element's flag by tag, else by its `class` value, else by its `id` (each distinct value
    /// classified once per page).
    private func elementFlags() -> [RemovalReason?] {
        var memo: [String: RemovalReason?] = [:], nameMemo: [String: RemovalReason?] = [:]
        func reason(_ value: String?) -> RemovalReason? {
            guard let value else { return nil }
            if let known = memo[value] { return known }
            var found: RemovalReason?
            for name in HTMLVocabulary.names(in: value) {
                if let known = nameMemo[name] {
                    found = known
                } else {
                    found = vocabulary.reason(name: name)
                    nameMemo[name] = found
                }
                if found != nil { break }
            }
            memo[value] = found
            return found
        }
        var flags = [RemovalReason?](repeating: nil, count: document.nodes.count)
        for index in document.nodes.indices where !document.nodes[index].isText {
            switch document.nodes[index].name {
            case "html", "body", "main": continue
            case "nav": flags[index] = .navigation
            case "aside": flags[index] = .related
            case "footer": flags[index] = .navigation
            case "figcaption": flags[index] = .caption
            default:
                var classes: String?, id: String?, itemprop: String?
                for attribute in document.nodes[index].attributes {
                    switch attribute.name {
                    case "class" where classes == nil: classes = attribute.value
                    case "id" where id == nil: id = attribute.value
                    case "itemprop" where itemprop == nil: itemprop = attribute.value
                    default: continue
                    }
                }
                guard itemprop != "articleBody" else { continue }
                flags[index] = reason(classes) ?? reason(id)
            }
        }
        return flags
    }

    private func flaggedAncestors(_ flags: [RemovalReason?]) -> [Int] {
        var result = [Int](repeating: -1, count: flags.count)
        for node in document.nodes.indices {
            let parent = document.nodes[node].parent
            result[node] = flags[node] != nil ? node : (parent >= 0 ? result[parent] : -1)
        }
        return result
    }

    // MARK: stage markup

    private func markupContainer(good: [Int]) -> Int? {
        let candidates = document.nodes.indices.filter { index in
            let node = document.nodes[index]
            guard !node.isText, good[index] > 0 else { return false }
            return node.name == "article" || node.attribute("itemprop") == "articleBody"
                || vocabulary.isContentMarker(classes: node.attribute("class"), id: node.attribute("id"))
        }
        guard let widest = candidates.max(by: { good[$0] < good[$1] }),
              Double(good[widest]) >= thresholds.markupShare * Double(good[0])
        else { return nil }
        let deeper = candidates.filter {
            document.isAncestor(widest, of: $0) && Double(good[$0]) >= thresholds.markupDeeperShare * Double(good[widest])
        }
        return deeper.max { document.nodes[$0].depth < document.nodes[$1].depth } ?? widest
    }

    // MARK: stage density

    private func densityContainers(flagged: [Int], characters: [Int], flags: [RemovalReason?], good: [Int]) -> [Int]? {
        var scores = [Double](repeating: 0, count: document.nodes.count)
        var scored = Set<Int>()
        for block in blocks where isParagraphText(block) && flagged[block.element] < 0 {
            let points = 1 + Double(commas(in: block.text)) + min(Double(block.characters) / 100, 3)
            var node = document.nodes[block.element].parent
            var level = 1
            while node > 0, level <= 5 {
                if !scored.contains(node) {
                    scored.insert(node)
                    scores[node] += initialScore(node, flags: flags)
                }
                scores[node] += level == 1 ? points : (level == 2 ? points / 2 : points / Double(level * 3))
                node = document.nodes[node].parent
                level += 1
            }
        }
        let links = aggregateLinks()
        func final(_ node: Int) -> Double {
            let density = characters[node] == 0 ? 0 : Double(links[node]) / Double(characters[node])
            return scores[node] * (1 - density)
        }
        guard var best = scored.max(by: { final($0) < final($1) }), final(best) > 0 else { return nil }
        let score = final(best)
        best = widened(best, good: good, characters: characters, links: links, flags: flags)
        return withSiblings(of: best, score: score, final: final, characters: characters, links: links)
    }

    /// The nearest ancestor of `node` (through at most `climbLevels` levels of wrappers, then
    /// `climbWrapperLevels` levels of `div`-like ones at `climbWrapperGain`) that holds `climbGain` times its
    /// paragraph text without many links: listicles and sectioned articles spread their text over sibling
    /// containers.
    private func widened(_ node: Int, good: [Int], characters: [Int], links: [Int], flags: [RemovalReason?]) -> Int {
        var accepted = node
        var current = node
        for level in 0..<max(thresholds.climbLevels, thresholds.climbWrapperLevels) {
            let parent = document.nodes[current].parent
            guard parent > 0, flags[parent] == nil, document.nodes[parent].name != "body", good[accepted] > 0 else { break }
            if level >= thresholds.climbLevels, !Self.wrappers.contains(document.nodes[parent].name) { break }
            let density = characters[parent] == 0 ? 1 : Double(links[parent]) / Double(characters[parent])
            guard density < thresholds.climbLinkDensity else { break }
            let gain = level >= thresholds.climbLevels ? thresholds.climbWrapperGain : thresholds.climbGain
            if Double(good[parent]) >= gain * Double(good[accepted]) { accepted = parent }
            current = parent
        }
        return accepted
    }

    /// Elements the climb passes beyond `climbLevels`.
    private static let wrappers: Set<String> = ["div", "section", "article", "main"]

    private func withSiblings(
        of best: Int, score: Double, final: (Int) -> Double, characters: [Int], links: [Int]
    ) -> [Int] {
        let parent = document.nodes[best].parent
        guard parent >= 0 else { return [best] }
        let threshold = max(10, score * thresholds.siblingShare)
        return document.children(of: parent).filter { sibling in
            if sibling == best { return true }
            guard !document.nodes[sibling].isText else { return false }
            if final(sibling) >= threshold { return true }
            guard document.nodes[sibling].name == "p", characters[sibling] > 0 else { return false }
            let density = Double(links[sibling]) / Double(characters[sibling])
            return (characters[sibling] > 80 && density < 0.25)
        }
    }

    private func aggregateLinks() -> [Int] {
        var sums = [Int](repeating: 0, count: document.nodes.count)
        for block in blocks where block.linkCharacters > 0 {
            var node = block.element
            while node >= 0 {
                sums[node] += block.linkCharacters
                node = document.nodes[node].parent
            }
        }
        return sums
    }

    private func initialScore(_ node: Int, flags: [RemovalReason?]) -> Double {
        var score: Double
        switch document.nodes[node].name {
        case "div", "article", "section", "main": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        if flags[node] != nil { score -= 25 }
        let element = document.nodes[node]
        if vocabulary.isContentMarker(classes: element.attribute("class"), id: element.attribute("id")) { score += 25 }
        return score
    }

    private func commas(in text: String) -> Int {
        text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }
    }
}
