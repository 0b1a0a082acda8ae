/// One lexical item of an HTML page, as `HTMLTokenizer` reads it.
public enum HTMLToken: Sendable, Equatable {
    /// `<name attr=value ...>`; `selfClosing` when written `<name/>`. Names are lower-cased ASCII.
    case start(name: String, attributes: [HTMLAttribute], selfClosing: Bool)
    /// `</name>`.
    case end(name: String)
    /// Character data with entities decoded; raw-text elements (script, style) give their content verbatim.
    case text(String)
}

/// One attribute of a start tag: lower-cased name, entity-decoded value.
public struct HTMLAttribute: Sendable, Equatable {
    /// The attribute name, lower-cased.
    public var name: String
    /// The value with character references decoded; empty for a bare attribute.
    public var value: String

    /// An attribute named `name` with `value`.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
