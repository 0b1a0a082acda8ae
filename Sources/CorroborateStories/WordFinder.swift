/// Whole-word search in scalar offsets ("ONA" in "VELLMAR (ONA) —", not in "CORONA").
enum WordFinder {
    static func offset(of word: String, in text: String) -> Int? {
        let scalars = Array(text.unicodeScalars), needle = Array(word.unicodeScalars)
        guard !needle.isEmpty, scalars.count >= needle.count else { return nil }
        func isWordScalar(_ index: Int) -> Bool {
            index >= 0 && index < scalars.count && (scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]))
        }
        var start = 0
        while start + needle.count <= scalars.count {
            if scalars[start] == needle[0], Array(scalars[start..<(start + needle.count)]) == needle,
                !isWordScalar(start - 1), !isWordScalar(start + needle.count)
            {
                return start
            }
            start += 1
        }
        return nil
    }
}
