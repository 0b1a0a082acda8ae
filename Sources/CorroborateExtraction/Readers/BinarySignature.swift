/// File signatures and byte statistics that mark an input as binary rather than text.
enum BinarySignature {
    /// Leading bytes of common binary formats, with a name for the error message.
    static let signatures: [(name: String, bytes: [UInt8])] = [
        ("PNG image", [0x89, 0x50, 0x4E, 0x47]),
        ("JPEG image", [0xFF, 0xD8, 0xFF]),
        ("GIF image", Array("GIF8".utf8)),
        ("PDF document", Array("%PDF".utf8)),
        ("ZIP archive", [0x50, 0x4B, 0x03, 0x04]),
        ("ELF executable", [0x7F, 0x45, 0x4C, 0x46]),
        ("Mach-O executable", [0xCF, 0xFA, 0xED, 0xFE]),
        ("bzip2 data", Array("BZh".utf8)),
        ("xz data", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
        ("zstd data", [0x28, 0xB5, 0x2F, 0xFD]),
        ("WebP or RIFF media", Array("RIFF".utf8)),
        ("SQLite database", Array("SQLite format 3".utf8)),
    ]

    /// The name of the binary format `bytes` start with, or nil.
    static func match(_ bytes: [UInt8]) -> String? {
        signatures.first { bytes.starts(with: $0.bytes) }?.name
    }

    /// True when more than 1 in 20 bytes are control bytes other than tab, newline, form feed and
    /// carriage return (UTF-16 text, recognised by its byte-order mark, is exempt).
    static func isBinaryText(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        var control = 0
        for byte in bytes where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D {
            control += 1
        }
        return control * 20 > bytes.count
    }
}
