import CorroborateCore
import CZlib

/// Decompresses a gzip stream (one member or many, as in per-record gzipped WARC files) chunk by
/// chunk with zlib, never holding more than one input and one output chunk.
///
/// Bytes after the last member that do not start a new member (zero padding) are ignored. When the
/// input ends inside a member, the bytes inflated so far are yielded first, then `.truncated` is thrown.
///
/// With a `memberCheck`, a damaged member does not end the stream: `.malformed` is thrown naming the
/// member's byte offset, and the stream goes on at the next `1f 8b 08` whose member starts with bytes
/// the check accepts (`canResume` says so; the caller drops what it got of the damaged member). The
/// search only moves forward, and each candidate is tried on at most `probeInputBytes` of input.
public struct GzipByteStream<Upstream: ByteStream>: ByteStream {
    /// Compressed bytes of the current member kept behind the read position, so that a member cut
    /// short and followed by the next one (whose header zlib read as deflate data) can still be found. 1 MiB.
    public static var retainedMemberBytes: Int { 1 << 20 }
    /// Compressed bytes a candidate member is inflated from before its first bytes are judged. 64 KiB.
    public static var probeInputBytes: Int { 64 << 10 }
    /// Inflated bytes handed to the member check. 16.
    public static var probeOutputBytes: Int { 16 }

    private var upstream: Upstream
    private let source: String
    private let inflater: Inflater
    private var pending: [UInt8] = []
    private var offset = 0
    private var upstreamEnded = false
    private var finished = false
    /// True between the start of a member and its end marker.
    private var inMember = false
    /// Absolute input offset of `pending[0]`.
    private var base = 0
    /// Absolute input offset of the current (or last) member's first byte.
    private var memberStart = 0
    private let memberCheck: (@Sendable ([UInt8]) -> Bool)?
    /// The inflater candidates are tried with (small output chunks: a run of fake headers stays cheap).
    private var prober: Inflater?
    /// True after a damaged member was thrown and a later acceptable member was found: the next
    /// call yields that member. False again once it is called.
    public private(set) var canResume = false

    /// Decompresses `upstream`; `source` names the input in errors. `memberCheck` (given the first
    /// `probeOutputBytes` inflated bytes of a candidate member) turns on resynchronising after damage.
    public init(
        _ upstream: Upstream, source: String, memberCheck: (@Sendable ([UInt8]) -> Bool)? = nil
    ) throws(CorroborateError) {
        self.upstream = upstream
        self.source = source
        self.memberCheck = memberCheck
        guard let inflater = Inflater() else {
            throw CorroborateError(.unreadable, source: source, "zlib could not be initialised")
        }
        self.inflater = inflater
    }

    /// Up to 256 KiB of decompressed bytes; nil after the last member.
    public mutating func nextChunk() throws(CorroborateError) -> [UInt8]? {
        canResume = false
        while !finished {
            if offset == pending.count {
                try refill()
                if offset == pending.count {
                    guard inMember else {
                        finished = true
                        return nil
                    }
                    try endedInMember()
                    continue
                }
            }
            if !inMember {
                guard try startsMember() else {
                    finished = true
                    return nil
                }
                inflater.reset()
                inMember = true
                memberStart = base + offset
            }
            let before = offset
            let step = try inflateStep()
            if !step.isEmpty { return step }
            if offset == before && inMember {
                // No progress with the input at hand: zlib needs more than is left.
                if upstreamEnded {
                    try endedInMember()
                    continue
                }
                try refill()
            }
        }
        return nil
    }

    /// Reads the next upstream chunk, keeping the unread bytes (and, inside a member when
    /// resynchronising, up to `retainedMemberBytes` of it behind `offset`).
    private mutating func refill() throws(CorroborateError) {
        var keep = offset
        if inMember, memberCheck != nil {
            keep = max(0, memberStart - base, offset - Self.retainedMemberBytes)
        }
        try refill(keepingFrom: keep)
    }

    /// Reads the next upstream chunk, dropping the bytes before `pending[keep]` (`keep <= offset`).
    /// The kept bytes are moved only when they are at most half of what is held, so however small
    /// the upstream's chunks (short reads), refilling costs time linear in the input.
    private mutating func refill(keepingFrom keep: Int) throws(CorroborateError) {
        guard !upstreamEnded else { return }
        if keep > 0, keep * 2 >= pending.count {
            pending.removeSubrange(0..<keep)
            base += keep
            offset -= keep
        }
        if let chunk = try upstream.nextChunk() {
            pending.append(contentsOf: chunk)
        } else {
            upstreamEnded = true
        }
    }

    /// The input ended inside a member (cut short, or a cut member ran on into the next one, whose
    /// bytes zlib took for deflate data): with a `memberCheck`, the search for the next accepted
    /// member starts after this member's first byte, as for a damaged member; without one, or when
    /// there is none, `.truncated` ends the stream.
    private mutating func endedInMember() throws(CorroborateError) {
        inMember = false
        let cut = memberStart
        guard let check = memberCheck, let next = try nextAcceptedMember(after: cut + 1, check: check) else {
            finished = true
            throw CorroborateError(.truncated, source: source, "gzip data ends in the middle")
        }
        canResume = true
        throw CorroborateError(.truncated, source: source,
            "gzip member at byte \(cut) is cut short; went on at the next member, byte \(next)")
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
            inMember = false
            let damaged = memberStart
            guard let check = memberCheck else {
                finished = true
                throw CorroborateError(.malformed, source: source, "damaged gzip data: \(message)")
            }
            guard let next = try nextAcceptedMember(after: damaged + 1, check: check) else {
                finished = true
                throw CorroborateError(.malformed, source: source,
                    "damaged gzip member at byte \(damaged) (\(message)); no later member found")
            }
            canResume = true
            throw CorroborateError(.malformed, source: source,
                "damaged gzip member at byte \(damaged) (\(message)); went on at the next member, byte \(next)")
        }
        return result.output
    }

    /// Moves `offset` to the first member at or after absolute offset `start` that begins `1f 8b 08`
    /// and whose first inflated bytes `check` accepts; its absolute offset, or nil when there is none.
    /// Every candidate tried moves the search forward by at least one byte.
    private mutating func nextAcceptedMember(after start: Int, check: ([UInt8]) -> Bool) throws(CorroborateError) -> Int? {
        var candidate = max(start, base)
        while true {
            var found: Int?
            var index = candidate - base
            while index + 2 < pending.count {
                if pending[index] == 0x1f, pending[index + 1] == 0x8b, pending[index + 2] == 0x08 {
                    found = base + index
                    break
                }
                index += 1
            }
            guard let position = found else {
                if upstreamEnded { return nil }
                candidate = max(candidate, base + pending.count - 2)
                offset = candidate - base
                try refill(keepingFrom: offset)
                continue
            }
            offset = position - base
            if try probe(at: position, check: check) {
                offset = position - base
                return position
            }
            candidate = position + 1
        }
    }

    /// Whether the member at absolute offset `start` (at or after `base`) inflates to first bytes
    /// `check` accepts, trying at most `probeInputBytes` of input.
    private mutating func probe(at start: Int, check: ([UInt8]) -> Bool) throws(CorroborateError) -> Bool {
        if prober == nil { prober = Inflater(outputSize: Self.probeOutputBytes) }
        guard let trial = prober else { return false }
        trial.reset()
        var output: [UInt8] = []
        var position = start
        while output.count < Self.probeOutputBytes, position - start <= Self.probeInputBytes {
            if position - base >= pending.count {
                if upstreamEnded { break }
                offset = start - base
                try refill(keepingFrom: offset)
                continue
            }
            let step = pending.withUnsafeBufferPointer { trial.inflate($0, from: position - base) }
            position += step.consumed
            output += step.output.prefix(Self.probeOutputBytes)
            if case .failed = step.status { return false }
            if case .memberEnd = step.status { break }
            if step.consumed == 0, step.output.isEmpty {
                if upstreamEnded { break }
                offset = start - base
                try refill(keepingFrom: offset)
            }
        }
        return check(Array(output.prefix(Self.probeOutputBytes)))
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
    private let outputSize: Int

    /// A fresh inflate state whose steps yield at most `outputSize` bytes (default 256 KiB).
    init?(outputSize: Int = 1 << 18) {
        self.outputSize = outputSize
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
