import CZlib
import CorroborateCore

/// Decompresses gzip (or zlib) data with zlib, for reading compressed gold files.
enum Gzip {
    /// The decompressed bytes of `data`; throws `.truncated` or `.malformed` naming `source`.
    static func decompress(_ data: [UInt8], source: String) throws(CorroborateError) -> [UInt8] {
        var stream = z_stream()
        guard corroborate_inflateInit2(&stream, 15 + 32) == Z_OK else {
            throw CorroborateError(.malformed, source: source, "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = data
        var status: Int32 = Z_OK
        input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = uInt(inputBuffer.count)
            repeat {
                chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = uInt(chunkBuffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    output.append(contentsOf: chunkBuffer[0..<(chunkBuffer.count - Int(stream.avail_out))])
                }
            } while status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
        }
        guard status == Z_STREAM_END else {
            throw CorroborateError(.truncated, source: source, "gzip data ends early or is damaged (zlib \(status))")
        }
        return output
    }
}
