/// The linked items of a list in the story whose other items are plain text: a product list
/// ("<li><a>Fluke 117</a></li>" beside "<li>Klein Tools MM400 (our pick for ...)</li>"), the article's
/// resources or references. Link density removes such items as related or navigation; they are given back
/// when the list holds a plain item (`isPlainItem`: four words and 20 bytes or more, under a third in links) and story prose stands both before and
/// after them. Lists made only of links (menus, teaser lists) stay removed.
struct LinkedListItems {
    /// What one block is to the rule.
    enum Mark: Equatable {
        /// A list item removed for its link density, with the node of its list.
        case linkedItem(list: Int)
        /// A body block: `prose` when it is a paragraph (80 bytes or more); `textList` is the list node of a
        /// plain body list item (`isPlainItem`).
        case body(prose: Bool, textList: Int?)
        /// Any other block.
        case other
    }

    /// A plain list item has this many bytes and words or more ...
    static let minimumItem = 20
    static let minimumItemWords = 4
    /// ... and at most this share of its text in links; one makes its list part of the story (not a menu's
    /// "Schedules: <a>A.F.C.</a> | <a>N.F.C.</a>", nor a tool row's "Email article: <a>Email</a>").
    static let maximumItemLinkShare = 0.3

    /// Whether a list item (white space collapsed) is plain text of the story.
    static func isPlainItem(_ text: String, linkCharacters: Int) -> Bool {
        let characters = text.utf8.count
        guard characters >= minimumItem, Double(linkCharacters) <= maximumItemLinkShare * Double(characters) else { return false }
        return text.utf8.lazy.filter { $0 == UInt8(ascii: " ") }.count + 1 >= minimumItemWords
    }

    /// The indices of the linked items to give back to the body.
    func restored(in marks: [Mark]) -> [Int] {
        guard let first = marks.firstIndex(where: Self.isProse), let last = marks.lastIndex(where: Self.isProse),
              first < last
        else { return [] }
        var textLists = Set<Int>()
        for mark in marks {
            if case .body(_, let list?) = mark { textLists.insert(list) }
        }
        return ((first + 1)..<last).filter { index in
            if case .linkedItem(let list) = marks[index] { return textLists.contains(list) }
            return false
        }
    }

    private static func isProse(_ mark: Mark) -> Bool {
        if case .body(prose: true, _) = mark { return true }
        return false
    }
}
