import Foundation

/// A social-media post embedded in an article's text, as the embed code leaves it when the page is copied
/// out or flattened to text: the post's words, then a signature line "— North Korea (@NorthKoreaNews1)
/// October 7, 2014". Both are the post, not the article: they are removed as `social`. The line before a
/// signature counts as the post when it is a body line of at most `maximumPostCharacters` (a post's length).
enum EmbeddedPost {
    /// The longest line read as a post's text before its signature.
    static let maximumPostCharacters = 320

    /// Relabels the signature lines among `lines` and the post text right before each.
    static func mark(_ decisions: inout [LineDecision], _ lines: [PageLine]) {
        for line in lines where line.index < decisions.count {
            // A post glued to its signature is one line; a photo post's caption is not always before its signature
            // line ("Take a look:"): the line alone goes.
            if hasGluedSignature(line.text) || isPhotoSignature(line.text) {
                decisions[line.index] = LineDecision(.removed(.social), by: .embeddedPost)
                continue
            }
            guard isSignature(line.text) else { continue }
            decisions[line.index] = LineDecision(.removed(.social), by: .embeddedPost)
            let previous = line.index - 1
            guard previous >= 0, previous < decisions.count, decisions[previous].label == .body,
                lines[previous].text.count <= maximumPostCharacters
            else { continue }
            decisions[previous] = LineDecision(.removed(.social), by: .embeddedPost)
        }
    }

    /// Whether `text` is an embedded post's signature: a dash, the author's name, the handle in
    /// parentheses and the day written out ("— Jane Doe (@jdoe) March 3, 2015").
    static func isSignature(_ text: String) -> Bool {
        guard text.count <= 160, let first = text.first, "—–-".contains(first),
            let open = text.range(of: " (@"), let close = text[open.upperBound...].firstIndex(of: ")")
        else { return false }
        let handle = text[open.upperBound..<close]
        guard (1...30).contains(handle.count), handle.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }),
            text[text.index(after: text.startIndex)..<open.lowerBound].contains(where: \.isLetter)
        else { return false }
        let day = text[text.index(after: close)...].split(separator: " ", omittingEmptySubsequences: true)
        guard day.count == 3, months.contains(String(day[0])), day[1].hasSuffix(","),
            (1...2).contains(day[1].count - 1), day[1].dropLast().allSatisfy(\.isNumber),
            day[2].count == 4, day[2].allSatisfy(\.isNumber)
        else { return false }
        return true
    }

    /// Whether `text` is a post with its signature glued on, as flattened embeds leave it ("Yes they were in
    /// good condition...— Tony Stark (@TonyStarkTweets) October 6, 2014"): words of at most a post's length,
    /// then a dash that opens a signature.
    static func hasGluedSignature(_ text: String) -> Bool {
        guard text.count <= maximumPostCharacters + 160 else { return false }
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            if "—–".contains(text[index]), text.distance(from: text.startIndex, to: index) <= maximumPostCharacters,
                isSignature(String(text[index...]))
            {
                return true
            }
            index = text.index(after: index)
        }
        return false
    }

    /// Whether `text` is the signature line of an embedded photo or video post ("A photo posted by Banksy
    /// (@banksy) on Jan 7, 2015 at 3:02pm PST").
    static func isPhotoSignature(_ text: String) -> Bool {
        guard text.count <= 160 else { return false }
        return text.range(of: photoSignaturePattern, options: .regularExpression) != nil
    }

    static let photoSignaturePattern =
        #"^A (photo|video) posted by [^()]{1,80} \(@[A-Za-z0-9_.]{1,30}\) on [A-Z][a-z]{2,8}\.? [0-9]{1,2}, [0-9]{4}( at [0-9]{1,2}:[0-9]{2} ?[ap]m( [A-Z]{2,4})?)?$"#

    /// English month names as embed codes write them.
    static let months: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]
}
