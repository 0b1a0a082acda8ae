/// Walks an `HTMLDocument` in order and cuts its visible text into `ContentBlock`s.
///
/// Block elements (`HTMLTags.block`) and `<br>` end a block; inline elements join their text; skipped
/// elements (`HTMLTags.skipped`) and hidden ones (`display:none`, `visibility:hidden`, the `hidden`
/// attribute but not `hidden="until-found"`, and the hidden classes of the vocabulary, each except on an
/// accordion or tab panel (`isDisclosurePanel`)) contribute nothing. White space runs, including
/// U+00A0, become one space. Iterative, so depth never threatens the stack.
struct BlockWalker {
    let document: HTMLDocument
    let vocabulary: HTMLVocabulary
    /// Whether elements with a hidden class (`hide`, `sr-only`, ...) are skipped.
    var skipsHiddenClasses = true
    /// A page with less visible text than this (bytes) is walked again without the hidden classes ...
    var revealBelow = 500
    /// ... and the second walk is kept when it finds this many times more text: a page a script reveals
    /// (`<div class="root hide">` around everything).
    var revealGain = 3

    private struct State {
        var blocks: [ContentBlock] = []
        var buffer: [UInt8] = []
        var linkCharacters = 0
        var linkDepth = 0
        var owners: [Int] = [0]
        /// Class values already checked against the hidden classes.
        var hiddenClasses: [String: Bool] = [:]
    }

    /// The blocks of the page, in document order; the hidden classes are ignored when they hide nearly
    /// the whole page (`revealBelow`, `revealGain`).
    func blocks() -> [ContentBlock] {
        let found = walk()
        let characters = found.reduce(0) { $0 + $1.characters }
        guard skipsHiddenClasses, characters < revealBelow else { return found }
        var revealing = self
        revealing.skipsHiddenClasses = false
        let revealed = revealing.walk()
        return revealed.reduce(0) { $0 + $1.characters } > revealGain * max(characters, 100) ? revealed : found
    }

    private func walk() -> [ContentBlock] {
        var state = State()
        var stack: [(node: Int, exiting: Bool)] = [(0, false)]
        while let (node, exiting) = stack.popLast() {
            if document.nodes[node].isText {
                append(document.nodes[node].text, to: &state)
                continue
            }
            if exiting {
                leave(node, state: &state)
                continue
            }
            guard enter(node, state: &state) else { continue }
            stack.append((node, true))
            // The children go on the stack last child first, so the first child is walked next.
            let mark = stack.count
            var child = document.nodes[node].firstChild
            while child >= 0 {
                stack.append((child, false))
                child = document.nodes[child].nextSibling
            }
            stack[mark...].reverse()
        }
        flush(&state)
        return state.blocks
    }

    /// Returns false when the element's subtree is skipped.
    private func enter(_ node: Int, state: inout State) -> Bool {
        let name = document.nodes[node].name
        let traits = document.nodes[node].traits
        if traits.contains(.skipped) || isHidden(node, state: &state) { return false }
        if name == "br" || name == "hr" {
            flush(&state)
            return false
        }
        if name == "a" { state.linkDepth += 1 }
        if traits.contains(.block) {
            flush(&state)
            state.owners.append(node)
        }
        if name == "img" { return false }
        return true
    }

    private func leave(_ node: Int, state: inout State) {
        if document.nodes[node].name == "a" { state.linkDepth -= 1 }
        if document.nodes[node].traits.contains(.block) {
            flush(&state)
            if state.owners.count > 1 { state.owners.removeLast() }
        }
    }

    private func isHidden(_ node: Int, state: inout State) -> Bool {
        for attribute in document.nodes[node].attributes {
            switch attribute.name {
            case "style":
                if Self.styleHides(attribute.value), !Self.isDisclosurePanel(document.nodes[node]) { return true }
            case "hidden":
                if attribute.value.lowercased() != "until-found", !Self.isDisclosurePanel(document.nodes[node]) { return true }
            case "class" where skipsHiddenClasses:
                let hidden: Bool
                if let known = state.hiddenClasses[attribute.value] {
                    hidden = known
                } else {
                    hidden = vocabulary.isHiddenClass(attribute.value)
                    state.hiddenClasses[attribute.value] = hidden
                }
                if hidden, !Self.isDisclosurePanel(document.nodes[node]) { return true }
            default: continue
            }
        }
        return false
    }

    /// Whether an inline style hides its element (`display:none`, `visibility:hidden`, any case and
    /// spacing): a byte scan of the value without its white space.
    static func styleHides(_ style: String) -> Bool {
        var compact: [UInt8] = []
        compact.reserveCapacity(style.utf8.count)
        for byte in style.utf8 where !Ascii.isSpace(byte) { compact.append(Ascii.lower(byte)) }
        return ByteSearch.contains(Self.displayNone, in: compact) || ByteSearch.contains(Self.visibilityHidden, in: compact)
    }

    /// Whether `element` is the panel of an accordion or tab set, which a script hides until its heading is
    /// clicked (`aria-labelledby`, `role="region"`/`"tabpanel"`, an `accordion`/`collapse`/`collapsible` class or
    /// `data-` value): its text is the page's, shown on demand, not furniture.
    static func isDisclosurePanel(_ element: HTMLDocument.Node) -> Bool {
        for attribute in element.attributes {
            switch attribute.name {
            case "aria-labelledby": return true
            case "role":
                let role = attribute.value.lowercased()
                if role == "region" || role == "tabpanel" { return true }
            case "class":
                if marksDisclosure(attribute.value) { return true }
            default:
                if attribute.name.hasPrefix("data-"), marksDisclosure(attribute.value) { return true }
            }
        }
        return false
    }

    private static func marksDisclosure(_ value: String) -> Bool {
        let lowered = value.lowercased()
        return lowered.contains("accordion") || lowered.contains("collaps")
    }

    private static let displayNone = Array("display:none".utf8)
    private static let visibilityHidden = Array("visibility:hidden".utf8)

    private func append(_ text: String, to state: inout State) {
        var added = 0
        for byte in text.utf8 {
            if Ascii.isSpace(byte) {
                if let last = state.buffer.last, last != 32 {
                    state.buffer.append(32)
                    added += 1
                }
            } else {
                state.buffer.append(byte)
                added += 1
            }
        }
        if state.linkDepth > 0 { state.linkCharacters += added }
    }

    private func flush(_ state: inout State) {
        defer {
            state.buffer.removeAll(keepingCapacity: true)
            state.linkCharacters = 0
        }
        guard !state.buffer.isEmpty else { return }
        var text = String(decoding: state.buffer, as: UTF8.self)
        if text.unicodeScalars.contains(where: { $0 == "\u{A0}" || $0 == "\u{200B}" || $0 == "\u{FEFF}" }) {
            text = String(String.UnicodeScalarView(text.unicodeScalars.compactMap {
                $0 == "\u{A0}" ? " " : ($0 == "\u{200B}" || $0 == "\u{FEFF}" ? nil : $0)
            }))
            text = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        text = text.trimmingWhitespace()
        guard !text.isEmpty else { return }
        let owner = state.owners[state.owners.count - 1]
        state.blocks.append(ContentBlock(
            text: text, kind: kind(of: owner), element: owner, characters: text.utf8.count,
            linkCharacters: min(state.linkCharacters, text.utf8.count)))
    }

    private func kind(of owner: Int) -> ContentBlock.Kind {
        let name = document.nodes[owner].name
        if let level = HTMLTags.headingLevel[name] { return .heading(level) }
        switch name {
        case "p": return .paragraph
        case "li", "dd", "dt": return .listItem
        case "blockquote": return .quote
        case "pre": return .preformatted
        case "td", "th": return .tableCell
        case "figcaption", "caption": return .caption
        default: return .other
        }
    }
}
