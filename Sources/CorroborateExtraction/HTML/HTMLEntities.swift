/// Decodes HTML character references in UTF-8 bytes.
///
/// Handles decimal (`&#8217;`) and hexadecimal (`&#x2019;`) references (0, surrogates and values above
/// U+10FFFF become U+FFFD; the windows-1252 range 0x80-0x9F maps as browsers do), and the named
/// references in `HTMLEntities.named`, with or without the final `;`. Unknown names stay as written.
public enum HTMLEntities {
    /// Named character references, without `&` and `;`: the ones news pages actually use.
    public static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "shy": "",
        "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "sbquo": "‚", "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "bull": "•",
        "middot": "·", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "euro": "€", "pound": "£",
        "yen": "¥", "cent": "¢", "sect": "§", "para": "¶", "times": "×", "divide": "÷", "plusmn": "±",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³", "micro": "µ", "prime": "′",
        "Prime": "″", "dagger": "†", "Dagger": "‡", "permil": "‰", "thinsp": "\u{2009}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}",
        "iexcl": "¡", "iquest": "¿", "ordf": "ª", "ordm": "º", "acute": "´", "uml": "¨", "cedil": "¸",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "hearts": "♥", "check": "✓", "star": "☆",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ",
        "Ccedil": "Ç", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë", "Igrave": "Ì", "Iacute": "Í",
        "Icirc": "Î", "Iuml": "Ï", "ETH": "Ð", "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô",
        "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø", "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü",
        "Yacute": "Ý", "THORN": "Þ", "szlig": "ß", "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã",
        "auml": "ä", "aring": "å", "aelig": "æ", "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê",
        "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï", "eth": "ð", "ntilde": "ñ",
        "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö", "oslash": "ø", "ugrave": "ù",
        "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý", "thorn": "þ", "yuml": "ÿ", "OElig": "Œ",
        "oelig": "œ", "Scaron": "Š", "scaron": "š", "Yuml": "Ÿ", "circ": "ˆ", "tilde": "˜", "alpha": "α",
        "beta": "β", "gamma": "γ", "delta": "δ", "pi": "π", "mu": "μ", "sigma": "σ", "omega": "ω",
        "Delta": "Δ", "Omega": "Ω", "minus": "−", "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈",
        "infin": "∞", "hyphen": "‐", "dash": "‐", "colon": ":", "comma": ",", "period": ".", "excl": "!",
        "quest": "?", "lpar": "(", "rpar": ")", "sol": "/", "num": "#", "percnt": "%", "plus": "+",
        "equals": "=", "lowbar": "_", "verbar": "|", "ast": "*", "commat": "@", "dollar": "$",
        "lsqb": "[", "rsqb": "]", "lcub": "{", "rcub": "}", "NewLine": "\n", "Tab": "\t", "horbar": "―",
    ]

    /// The windows-1252 characters browsers substitute for numeric references 0x80-0x9F.
    static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// `text` with its character references decoded; with `terminatedOnly`, only those closed by
    /// `;` ("&amp;", "&#39;"), so the "&T" of "AT&T" in plain text stays as written.
    public static func decode(_ text: String, terminatedOnly: Bool = false) -> String {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { decode(UnsafeBufferPointer($0), terminatedOnly: terminatedOnly) }
    }

    /// The UTF-8 `bytes` as a String with character references decoded (invalid UTF-8 replaced);
    /// with `terminatedOnly`, only those closed by `;`.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, terminatedOnly: Bool = false) -> String {
        guard bytes.contains(Ascii.ampersand) else { return String(decoding: bytes, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == Ascii.ampersand, let (scalar, length, terminated) = reference(bytes, at: index),
                terminated || !terminatedOnly
            {
                output.append(contentsOf: scalar.utf8)
                index += length
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The reference at `start`: its text, its length in bytes and whether `;` closes it.
    private static func reference(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> (String, Int, Bool)? {
        var index = start + 1
        guard index < b.count else { return nil }
        if b[index] == Ascii.hash { return numeric(b, at: start) }
        while index < b.count, index - start <= 10, Ascii.isLetter(b[index]) || Ascii.isDigit(b[index]) {
            index += 1
        }
        guard index > start + 1 else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: b[(start + 1)..<index]), as: UTF8.self)
        guard let value = named[name] else { return nil }
        let hasSemicolon = index < b.count && b[index] == Ascii.semicolon
        return (value, index - start + (hasSemicolon ? 1 : 0), hasSemicolon)
    }

    private static func numeric(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> (String, Int, Bool)? {
        var index = start + 2
        let hex = index < b.count && (b[index] | 0x20) == UInt8(ascii: "x")
        if hex { index += 1 }
        var value: UInt32 = 0
        let digitsStart = index
        while index < b.count, index - digitsStart < 8 {
            let byte = b[index]
            if Ascii.isDigit(byte) {
                value = value * (hex ? 16 : 10) + UInt32(byte - 48)
            } else if hex, (byte | 0x20) >= 97, (byte | 0x20) <= 102 {
                value = value * 16 + UInt32((byte | 0x20) - 87)
            } else {
                break
            }
            index += 1
        }
        guard index > digitsStart else { return nil }
        let hasSemicolon = index < b.count && b[index] == Ascii.semicolon
        if hasSemicolon { index += 1 }
        let mapped = windows1252[value] ?? value
        let scalar = Unicode.Scalar(mapped).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
        return (String(Character(scalar)), index - start, hasSemicolon)
    }
}
