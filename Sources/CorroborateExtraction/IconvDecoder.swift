#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes bytes in a charset Foundation lacks on Linux (EUC-JP, ISO-2022-JP) through the C library's
/// `iconv`. A byte `iconv` rejects becomes U+FFFD and decoding goes on after it; a truncated sequence at the
/// end becomes one U+FFFD. Nil when the C library does not know the charset.
struct IconvDecoder: Sendable {
    /// The charset name as `iconv` knows it ("EUC-JP").
    let name: String
    /// Bytes converted per `iconv` call at most.
    var chunkSize = 64 * 1024

    /// How one `iconv` call ended.
    private enum Stop { case done, bad, truncated }

    func decode(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", name)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2)
        var buffer = [UInt8](repeating: 0, count: chunkSize * 4)
        var offset = 0
        while offset < bytes.count {
            let (read, written, stop) = convert(bytes, from: offset, into: &buffer, converter)
            output.append(contentsOf: buffer[0..<written])
            offset += read
            switch stop {
            case .bad:
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                offset += 1
            case .truncated where offset + chunkSize >= bytes.count || read == 0:
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                offset = bytes.count
            default:
                if read == 0, written == 0 { offset = bytes.count }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// One `iconv` call from `offset`: bytes read, bytes written, and why it stopped.
    private func convert(_ bytes: [UInt8], from offset: Int, into buffer: inout [UInt8], _ converter: iconv_t?) -> (Int, Int, Stop) {
        var chunk = Array(bytes[offset..<min(bytes.count, offset + chunkSize)])
        let length = chunk.count
        return chunk.withUnsafeMutableBytes { source in
            buffer.withUnsafeMutableBytes { target in
                var inPointer = source.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outPointer = target.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = length
                var outLeft = target.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                let code = errno
                let stop: Stop = result != -1 || code == E2BIG ? .done : (code == EINVAL ? .truncated : .bad)
                return (length - inLeft, target.count - outLeft, stop)
            }
        }
    }
}
