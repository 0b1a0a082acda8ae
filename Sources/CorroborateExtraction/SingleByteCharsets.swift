import Foundation

/// The byte-to-code-point tables of the single-byte charsets (windows-125x, ISO-8859-x, KOI8-R/U),
/// loaded from `Resources/single-byte-charsets.json`, with their alias labels.
struct SingleByteCharsets: Sendable {
    /// Code points of bytes 0x80...0xFF, per canonical charset name.
    let tables: [String: [Unicode.Scalar]]
    /// Other labels, lower-cased, to canonical names.
    let aliases: [String: String]

    /// The tables shipped with the module (immutable; loaded once).
    static let shared = SingleByteCharsets.load()

    func canonicalName(for label: String) -> String? {
        if tables[label] != nil { return label }
        return aliases[label]
    }

    /// Decodes `bytes`: ASCII as is, the upper half through the table, undefined bytes as U+FFFD.
    func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes, charset: String) -> String {
        guard let table = tables[charset] else { return String(decoding: bytes, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            scalars.append(byte < 0x80 ? Unicode.Scalar(byte) : table[Int(byte) - 0x80])
        }
        return String(scalars)
    }

    private struct File: Decodable {
        var charsets: [String: [UInt32]]
        var aliases: [String: String]
    }

    private static func load() -> SingleByteCharsets {
        guard let url = Bundle.module.url(forResource: "single-byte-charsets", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let file = try? JSONDecoder().decode(File.self, from: data)
        else { return SingleByteCharsets(tables: [:], aliases: [:]) }
        let tables = file.charsets.mapValues { points in
            points.map { Unicode.Scalar($0) ?? "\u{FFFD}" }
        }
        return SingleByteCharsets(tables: tables.filter { $0.value.count == 128 }, aliases: file.aliases)
    }
}
