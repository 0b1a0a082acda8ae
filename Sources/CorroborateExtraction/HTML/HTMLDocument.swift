/// A light HTML tree: nodes in document order in one array, linked by indices (no per-node child arrays).
///
/// Node 0 is the document root. Element nodes have a lower-cased `name`; text nodes have an empty name
/// and their text in `text` (entity-decoded, white space as written).
public struct HTMLDocument: Sendable {
    /// One element or text node.
    public struct Node: Sendable {
        /// Lower-cased tag name; empty for text nodes, `#document` for the root.
        public var name: String
        /// The start tag's attributes in source order.
        public var attributes: [HTMLAttribute]
        /// A text node's characters.
        public var text: String
        /// Index of the parent node (-1 for the root).
        public var parent: Int
        /// Index of the first child, or -1.
        public var firstChild: Int = -1
        /// Index of the last child, or -1.
        public var lastChild: Int = -1
        /// Index of the next sibling, or -1.
        public var nextSibling: Int = -1
        /// Depth below the root (the root is 0).
        public var depth: Int
        /// The tag groups of `name` (`TagTraits.of(name)`).
        public var traits: TagTraits = []

        /// Whether this is a text node.
        public var isText: Bool { name.isEmpty }

        /// The value of attribute `name` (lower-case), if present.
        public func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    /// All nodes in document order; index 0 is the root.
    public private(set) var nodes: [Node]

    /// An empty document holding only the root.
    public init() {
        nodes = [Node(name: "#document", attributes: [], text: "", parent: -1, depth: 0)]
    }

    /// Appends a node under `parent` and returns its index.
    @discardableResult
    mutating func append(
        name: String, attributes: [HTMLAttribute], text: String, under parent: Int, traits: TagTraits = []
    ) -> Int {
        let index = nodes.count
        nodes.append(Node(
            name: name, attributes: attributes, text: text, parent: parent, depth: nodes[parent].depth + 1, traits: traits))
        if nodes[parent].lastChild >= 0 {
            nodes[nodes[parent].lastChild].nextSibling = index
        } else {
            nodes[parent].firstChild = index
        }
        nodes[parent].lastChild = index
        return index
    }

    /// The indices of `node`'s children, in order.
    public func children(of node: Int) -> [Int] {
        var result: [Int] = []
        var child = nodes[node].firstChild
        while child >= 0 {
            result.append(child)
            child = nodes[child].nextSibling
        }
        return result
    }

    /// The indices of all elements named `name`, in document order.
    public func elements(named name: String) -> [Int] {
        nodes.indices.filter { nodes[$0].name == name }
    }

    /// The text of `node`'s subtree, concatenated as written (scripts and styles included).
    public func textContent(of node: Int) -> String {
        if nodes[node].isText { return nodes[node].text }
        var parts: [String] = []
        var stack = [node]
        while let current = stack.popLast() {
            if nodes[current].isText {
                parts.append(nodes[current].text)
                continue
            }
            stack.append(contentsOf: children(of: current).reversed())
        }
        return parts.joined()
    }

    /// Whether `ancestor` is `node` or one of its ancestors.
    public func isAncestor(_ ancestor: Int, of node: Int) -> Bool {
        var current = node
        while current >= 0 {
            if current == ancestor { return true }
            if nodes[current].depth <= nodes[ancestor].depth { return false }
            current = nodes[current].parent
        }
        return false
    }
}
