/// A list of other stories closing a page: link lines each followed by a plain summary paragraph
/// ("<a>700 MHz AWS Spectrum for Rural Access</a>" + "The upcoming 700 MHz auction creates ..."),
/// repeated to the end of the body. Old table layouts set these after the story with no class or
/// heading to tell them apart; the links are removed for their density, the summaries read as prose.
struct TeaserList {
    /// What one block is to the pattern.
    enum Mark: Equatable {
        /// A removed, link-dense line; `title` when it reads as a story's title (`isTitle`).
        case link(title: Bool)
        /// A body block without links; `prose` when it is a paragraph (80 bytes or more).
        case text(prose: Bool)
        /// Any other body block.
        case body(prose: Bool)
        /// A block the pattern passes over (removed for other reasons, captions, comments).
        case skip
    }

    /// Teasers (title and summary pairs) needed to call the run a list.
    var minimumPairs = 2
    /// Prose paragraphs of the story needed before the list.
    var minimumProseBefore = 3

    /// Whether a link line reads as a story's title: three words or more ("700 MHz AWS Spectrum for
    /// Rural Access"), not a footnote number or a source label ("From MarketWatch").
    static func isTitle(_ text: String) -> Bool {
        text.split(separator: " ").count >= 3 && text.utf8.count >= 20
    }

    /// The indices of the summaries of the teaser list that closes the body, if there is one.
    func summaries(in marks: [Mark]) -> [Int] {
        var index = marks.count - 1
        while index >= 0, marks[index] == .skip || marks[index] == .link(title: false) || marks[index] == .link(title: true) {
            index -= 1
        }
        var found: [Int] = []
        while index >= 0, case .text = marks[index], let title = previous(before: index, in: marks), marks[title] == .link(title: true) {
            found.append(index)
            index = previous(before: title, in: marks) ?? -1
        }
        guard found.count >= minimumPairs, let first = found.last else { return [] }
        let prose = marks[..<first].filter { $0 == .text(prose: true) || $0 == .body(prose: true) }.count
        return prose >= minimumProseBefore ? found.reversed() : []
    }

    /// The nearest index before `index` that is not `.skip`.
    private func previous(before index: Int, in marks: [Mark]) -> Int? {
        var current = index - 1
        while current >= 0, marks[current] == .skip { current -= 1 }
        return current >= 0 ? current : nil
    }
}
