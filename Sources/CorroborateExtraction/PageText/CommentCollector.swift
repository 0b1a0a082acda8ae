/// Collects reader comments line by line: `open()` at a comment marker ("2 Comments", "Login to comment"),
/// `add(_:)` for each comment line, `endComment()` at a vote or reply line ("0 ( +0 / -0 )") which closes the
/// current comment, `close()` at the end of the section. Lines between two separators make one comment (joined
/// by a newline); in a section without separators every line is its own comment.
struct CommentCollector: Sendable {
    private(set) var comments: [String] = []
    private(set) var isOpen = false
    private var current: [String] = []
    private var sawSeparator = false

    mutating func open() {
        flush()
        isOpen = true
    }

    mutating func add(_ line: String) { current.append(line) }

    mutating func endComment() {
        sawSeparator = true
        flush()
    }

    mutating func close() {
        flush()
        isOpen = false
        sawSeparator = false
    }

    private mutating func flush() {
        guard !current.isEmpty else { return }
        if sawSeparator {
            comments.append(current.joined(separator: "\n"))
        } else {
            comments += current
        }
        current = []
    }
}
