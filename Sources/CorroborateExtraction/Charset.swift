import CorroborateCore
import Foundation

/// A character encoding the decoder can apply, found from a label ("windows-1251", "latin1", "Shift_JIS").
public enum Charset: Sendable, Hashable {
    /// UTF-8.
    case utf8
    /// UTF-16, least significant byte first.
    case utf16LittleEndian
    /// UTF-16, most significant byte first.
    case utf16BigEndian
    /// A single-byte charset from `single-byte-charsets.json`, by its canonical name.
    case singleByte(String)
    /// A multi-byte East Asian charset decoded by Foundation (Shift_JIS, GB18030, Big5, EUC-KR).
    case foundation(name: String, rawValue: UInt)
    /// A charset decoded by the C library's `iconv` (EUC-JP, ISO-2022-JP), by its `iconv` name.
    case iconv(String)

    /// The charset for a label as pages and HTTP headers write it (case and quotes ignored);
    /// nil when the label is unknown. Follows WHATWG: "iso-8859-1" and "us-ascii" mean windows-1252.
    public init?(label: String) {
        let name = label.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'")).lowercased()
        if let known = Charset.fixedLabels[name] {
            self = known
        } else if let canonical = SingleByteCharsets.shared.canonicalName(for: name) {
            self = .singleByte(canonical)
        } else {
            return nil
        }
    }

    /// The text of `bytes` in this charset; undecodable bytes become U+FFFD (multi-byte charsets
    /// that Foundation rejects as a whole fall back to UTF-8 with replacement).
    public func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        switch self {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .utf16LittleEndian, .utf16BigEndian:
            return decodeUTF16(Array(bytes), bigEndian: self == .utf16BigEndian)
        case .singleByte(let name):
            return SingleByteCharsets.shared.decode(bytes, charset: name)
        case .foundation(_, let rawValue):
            return String(bytes: Array(bytes), encoding: String.Encoding(rawValue: rawValue))
                ?? String(decoding: bytes, as: UTF8.self)
        case .iconv(let name):
            return IconvDecoder(name: name).decode(Array(bytes)) ?? String(decoding: bytes, as: UTF8.self)
        }
    }

    private func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var text = String(decoding: units, as: UTF16.self)
        if index < bytes.count { text.unicodeScalars.append("\u{FFFD}") }
        return text
    }

    /// Labels of the charsets not in the single-byte table (lower-cased).
    static let fixedLabels: [String: Charset] = [
        "utf-8": .utf8, "utf8": .utf8, "unicode-1-1-utf-8": .utf8, "x-unicode20utf8": .utf8,
        "utf-16le": .utf16LittleEndian, "utf-16": .utf16LittleEndian, "utf-16be": .utf16BigEndian,
        "shift_jis": .shiftJIS, "shift-jis": .shiftJIS, "sjis": .shiftJIS, "x-sjis": .shiftJIS, "ms_kanji": .shiftJIS,
        "windows-31j": .shiftJIS, "cp932": .shiftJIS,
        "gb2312": .gb18030, "gbk": .gb18030, "gb18030": .gb18030, "x-gbk": .gb18030, "chinese": .gb18030,
        "big5": .big5, "big5-hkscs": .big5, "x-x-big5": .big5,
        "euc-kr": .eucKR, "ks_c_5601-1987": .eucKR, "cp949": .eucKR, "windows-949": .eucKR,
        "euc-jp": .iconv("EUC-JP"), "x-euc-jp": .iconv("EUC-JP"), "cseucpkdfmtjapanese": .iconv("EUC-JP"),
        "iso-2022-jp": .iconv("ISO-2022-JP"), "csiso2022jp": .iconv("ISO-2022-JP"),
    ]

    static let shiftJIS = Charset.foundation(name: "Shift_JIS", rawValue: String.Encoding.shiftJIS.rawValue)
    static let gb18030 = Charset.foundation(name: "GB18030", rawValue: 0x8000_0632)
    static let big5 = Charset.foundation(name: "Big5", rawValue: 0x8000_0A03)
    static let eucKR = Charset.foundation(name: "EUC-KR", rawValue: 0x8000_0940)
}
