import CorroborateCore
import CZlib

/// Decompresses a gzip stream (one member or many, as in per-record gzipped WARC files) chunk by
/// chunk with zlib, never holding more than one input and one output chunk.
///
/// Bytes after the last member that do not start a new member (zero padding) are ignored. When the
/// input ends inside a member, the bytes inflated so far are yielded first, then `.truncated` is thrown.
public struct GzipByteStream<Upstream: ByteStream>: ByteStream {
    private var upstream: Upstream
    private let source: String
    private let inflater: Inflater
    private var pending: [UInt8] = []
    private var offset = 0
    private var upstreamEnded = false
    private var finished = false
    /// True between the start of a member and its end marker.
    private var inMember = false

    /// Decompresses `upstream`; `source` names the input in errors.
    public init(_ upstream: Upstream, source: String) throws(CorroborateError) {
        self.upstream = upstream
        self.source = source
        guard let inflater = Inflater() else {
            throw CorroborateError(.unreadable, source: source, "zlib could not be initialised")
        }
        self.inflater = inflater
    }

    /// Up to 256 KiB of decompressed bytes; nil after the last member.
    public mutating func nextChunk() throws(CorroborateError) -> [UInt8]? {
        while !finished {
            if offset == pending.count {
                try refill()
                if offset == pending.count {
                    finished = true
                    if inMember { throw CorroborateError(.truncated, source: source, "gzip data ends in the middle") }
                    return nil
                }
            }
            if !inMember {
                guard try startsMember() else {
                    finished = true
                    return nil
                }
                inflater.reset()
                inMember = true
            }
            let before = offset
            let step = try inflateStep()
            if !step.isEmpty { return step }
            if offset == before && inMember {
                // No progress with the input at hand: zlib needs more than is left.
                if upstreamEnded {
                    finished = true
                    throw CorroborateError(.truncated, source: source, "gzip data ends in the middle")
                }
                try refill()
            }
        }
        return nil
    }

    private mutating func refill() throws(CorroborateError) {
        guard !upstreamEnded else { return }
        let rest = pending[offset...]
        if let chunk = try upstream.nextChunk() {
            pending = Array(rest) + chunk
        } else {
            upstreamEnded = true
            pending = Array(rest)
        }
        offset = 0
    }

    /// Whether the unread input starts a gzip member (magic 1f 8b), reading more when needed.
    private mutating func startsMember() throws(CorroborateError) -> Bool {
        if pending.count - offset < 2 { try refill() }
        guard pending.count - offset >= 2 else { return false }
        return pending[offset] == 0x1f && pending[offset + 1] == 0x8b
    }

    private mutating func inflateStep() throws(CorroborateError) -> [UInt8] {
        let result = pending.withUnsafeBufferPointer { input in
            inflater.inflate(input, from: offset)
        }
        offset += result.consumed
        switch result.status {
        case .ok: break
        case .memberEnd: inMember = false
        case .failed(let message):
            finished = true
            throw CorroborateError(.malformed, source: source, "damaged gzip data: \(message)")
        }
        return result.output
    }
}

/// A zlib inflate state (gzip headers, window bits 15 + 16) with its lifetime tied to this object.
final class Inflater {
    enum Status { case ok, memberEnd, failed(String) }
    struct Step {
        var output: [UInt8]
        var consumed: Int
        var status: Status
    }

    private let stream: UnsafeMutablePointer<z_stream>
    private let outputSize = 1 << 18

    init?() {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard corroborate_inflateInit2(stream, 15 + 16) == Z_OK else {
            stream.deallocate()
            return nil
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
    }

    func reset() { inflateReset(stream) }

    /// Inflates from `input[start...]` into at most one output chunk.
    func inflate(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Step {
        var output = [UInt8](repeating: 0, count: outputSize)
        let available = input.count - start
        var code: Int32 = Z_OK
        let produced = output.withUnsafeMutableBufferPointer { out -> Int in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress.map { $0 + start })
            stream.pointee.avail_in = UInt32(available)
            stream.pointee.next_out = out.baseAddress
            stream.pointee.avail_out = UInt32(out.count)
            code = CZlib.inflate(stream, Z_NO_FLUSH)
            return out.count - Int(stream.pointee.avail_out)
        }
        let consumed = available - Int(stream.pointee.avail_in)
        stream.pointee.next_in = nil
        output.removeSubrange(produced...)
        switch code {
        case Z_STREAM_END: return Step(output: output, consumed: consumed, status: .memberEnd)
        case Z_OK, Z_BUF_ERROR: return Step(output: output, consumed: consumed, status: .ok)
        default:
            let message = stream.pointee.msg.map { String(cString: $0) } ?? "zlib error \(code)"
            return Step(output: output, consumed: consumed, status: .failed(message))
        }
    }
}
