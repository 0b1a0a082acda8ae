import CorroborateCore

/// One item a reader yields: a document to extract, or a problem with one input (or one record in it).
public enum ReadResult: Sendable, Hashable {
    /// A document to extract.
    case document(RawDocument)
    /// An input (or a record in it) that could not be read, and why.
    case problem(Problem)

    /// The document, when this is one.
    public var document: RawDocument? {
        if case .document(let document) = self { return document }
        return nil
    }

    /// The problem, when this is one.
    public var problem: Problem? {
        if case .problem(let problem) = self { return problem }
        return nil
    }
}
