/// Builds an `HTMLDocument` from bytes the way browsers forgive markup, in one pass.
///
/// Rules: void elements (`br`, `img`, `meta`...) never take children; a block start closes an open `p`;
/// `li`, `dt`/`dd`, `tr`, `td`/`th`, `option` close their open siblings; an end tag closes up to the
/// nearest open element of that name and is ignored when none is open; an element or text that cannot
/// be in `<head>` closes an unclosed `<head>`; nesting deeper than
/// `maximumDepth` is flattened (elements beyond it are added as siblings), so 10,000-deep pages stay
/// linear. White-space-only text becomes a single space. The segments of a streamed server-rendered page
/// go where its script would move them (`StreamedSegments`).
public struct HTMLTreeBuilder: Sendable {
    /// Deepest element nesting kept as a tree.
    public var maximumDepth: Int

    /// A builder that flattens nesting beyond `maximumDepth`.
    public init(maximumDepth: Int = 256) {
        self.maximumDepth = maximumDepth
    }

    /// The tree of the UTF-8 page `bytes`.
    public func document(from bytes: [UInt8]) -> HTMLDocument {
        document(from: bytes, maximumNodes: .max) ?? HTMLDocument()
    }

    /// The tree of the UTF-8 page `bytes`, or nil as soon as it has more than `maximumNodes` nodes:
    /// the nodes are counted as they are added, so a page of millions of tiny elements is refused
    /// without building its tree (the rest of the page is not tokenized).
    public func document(from bytes: [UInt8], maximumNodes: Int) -> HTMLDocument? {
        var document = HTMLDocument()
        var tokenizer = HTMLTokenizer(bytes: bytes)
        var stack: [(index: Int, name: String)] = [(0, "#document")]
        var holdsTemplate = false
        while let token = tokenizer.next() {
            switch token {
            case .text(let text):
                if stack.count > 1, stack[stack.count - 1].name == "head", !text.utf8.allSatisfy(Ascii.isSpace) {
                    close("head", stack: &stack)
                }
                appendText(text, to: &document, under: stack[stack.count - 1].index)
            case .start(let name, let attributes, let selfClosing):
                let traits = TagTraits.of(name)
                if name == "template" { holdsTemplate = true }
                closeImplied(by: name, traits: traits, stack: &stack, in: document)
                let index = document.append(
                    name: name, attributes: attributes, text: "", under: stack[stack.count - 1].index, traits: traits)
                if !selfClosing, !traits.contains(.void), stack.count < maximumDepth {
                    stack.append((index, name))
                }
            case .end(let name):
                close(name, stack: &stack)
            }
            if document.nodes.count > maximumNodes { return nil }
        }
        return holdsTemplate ? StreamedSegments.spliced(document) : document
    }

    private func appendText(_ text: String, to document: inout HTMLDocument, under parent: Int) {
        let blank = text.utf8.allSatisfy { Ascii.isSpace($0) }
        if blank {
            let last = document.nodes[parent].lastChild
            if last >= 0, document.nodes[last].isText, document.nodes[last].text == " " { return }
            document.append(name: "", attributes: [], text: " ", under: parent)
        } else {
            document.append(name: "", attributes: [], text: text, under: parent)
        }
    }

    private func close(_ name: String, stack: inout [(index: Int, name: String)]) {
        guard let position = stack.lastIndex(where: { $0.name == name }), position > 0 else { return }
        stack.removeSubrange(position...)
    }

    private func closeImplied(
        by name: String, traits: TagTraits, stack: inout [(index: Int, name: String)], in document: HTMLDocument
    ) {
        if !traits.contains(.headContent), stack.contains(where: { $0.name == "head" }) {
            close("head", stack: &stack)
        }
        if traits.contains(.closesParagraph) { closeOpenParagraph(stack: &stack, in: document) }
        guard let (names, stoppingAt) = Self.siblingClosers[name] else { return }
        closeOpen(names, stoppingAt: stoppingAt, stack: &stack)
    }


    /// Start tags that close an open sibling: the names they close, and the containers that stop the search.
    private static let siblingClosers: [String: (Set<String>, Set<String>)] = [
        "li": (["li"], ["ul", "ol", "menu"]),
        "dt": (["dt", "dd"], ["dl"]),
        "dd": (["dt", "dd"], ["dl"]),
        "tr": (["tr", "td", "th"], ["table", "tbody", "thead", "tfoot"]),
        "td": (["td", "th"], ["tr", "table"]),
        "th": (["td", "th"], ["tr", "table"]),
        "option": (["option"], ["select", "datalist"]),
    ]

    /// Pops up to and including the innermost open `p`, looking only through phrasing elements.
    private func closeOpenParagraph(stack: inout [(index: Int, name: String)], in document: HTMLDocument) {
        var position = stack.count - 1
        while position > 0 {
            if stack[position].name == "p" {
                stack.removeSubrange(position...)
                return
            }
            guard document.nodes[stack[position].index].traits.contains(.phrasing) else { return }
            position -= 1
        }
    }

    /// Pops up to and including the innermost element in `names`, unless an element in `stoppingAt` comes first.
    private func closeOpen(_ names: Set<String>, stoppingAt: Set<String>, stack: inout [(index: Int, name: String)]) {
        var position = stack.count - 1
        while position > 0, stack.count - position < 64 {
            if names.contains(stack[position].name) {
                stack.removeSubrange(position...)
                return
            }
            if stoppingAt.contains(stack[position].name) { return }
            position -= 1
        }
    }
}
