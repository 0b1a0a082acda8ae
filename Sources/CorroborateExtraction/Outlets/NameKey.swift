/// Comparison keys for organisation names: lower-cased letters and digits only, so "TRTWorld", "TRT World" and
/// "trt-world" compare equal, and a leading "the " is ignored ("The Guardian" = "Guardian").
enum NameKey {
    /// The key of `name`: letters and digits of `name`, lower-cased, without a leading "the".
    static func of(_ name: some StringProtocol) -> String {
        var key = String.UnicodeScalarView()
        for scalar in name.lowercased().unicodeScalars where scalar.properties.isAlphabetic || isDigit(scalar) {
            key.append(scalar)
        }
        let text = String(key)
        let words = name.split(whereSeparator: { $0 == " " })
        if words.count > 1, words[0].lowercased() == "the" { return String(text.dropFirst(3)) }
        return text
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }
}
