import CorroborateCore

/// Buffered reading over a `ByteStream`: peek, lines, counted reads and skips, holding only the
/// bytes not yet consumed. A read error from the stream ends the input and is kept in `endError`,
/// so readers can first hand out what they got and then report the damage.
final class ByteReader {
    private var stream: any ByteStream
    private var buffer: [UInt8] = []
    private var position = 0
    private var ended = false
    /// The error that ended the stream early (truncated gzip, read failure), if any.
    private(set) var endError: CorroborateError?
    /// Bytes consumed so far.
    private(set) var consumed = 0

    /// The outcome of reading one line.
    enum Line: Equatable {
        case line([UInt8])
        /// The line was longer than the limit; it has been skipped.
        case tooLong
        case end
    }

    init(_ stream: any ByteStream) {
        self.stream = stream
    }

    /// True when every byte has been consumed.
    var isAtEnd: Bool { !fill(atLeast: 1) }

    /// Up to `count` upcoming bytes, not consumed.
    func peek(_ count: Int) -> ArraySlice<UInt8> {
        fill(atLeast: count)
        return buffer[position..<min(buffer.count, position + count)]
    }

    /// The next line without its `\n` (and `\r`), or `.tooLong` after skipping a line of more than `limit` bytes.
    func readLine(limit: Int) -> Line {
        var scanned = position
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                guard newline - position <= limit else { return skipLine(from: newline) }
                return .line(take(upTo: newline, skipping: 1))
            }
            scanned = buffer.count
            if scanned - position > limit { return skipLine(from: nil) }
            let before = buffer.count - position
            fill(atLeast: before + 1)
            scanned = position + before
            if buffer.count - position == before {
                guard before > 0 else { return .end }
                return .line(take(upTo: buffer.count, skipping: 0))
            }
        }
    }

    /// The next `count` bytes (fewer at the end of input).
    func read(_ count: Int) -> [UInt8] {
        fill(atLeast: count)
        let end = min(buffer.count, position + count)
        return take(upTo: end, skipping: 0)
    }

    /// Skips up to `count` bytes without keeping them; returns how many were skipped.
    @discardableResult
    func skip(_ count: Int) -> Int {
        var remaining = count
        while remaining > 0 {
            if buffer.count == position, !fill(atLeast: 1) { break }
            let step = min(remaining, buffer.count - position)
            position += step
            consumed += step
            remaining -= step
            compact()
        }
        return count - remaining
    }

    /// Whether the unread bytes start what `isStart` accepts, given up to `lookahead` of them.
    func startsWith(lookahead: Int, _ isStart: (ArraySlice<UInt8>) -> Bool) -> Bool {
        isStart(peek(lookahead))
    }

    /// Skips up to `count` bytes like `skip(_:)`, but stops at the start of a line that `isStart` accepts (given
    /// up to `lookahead` bytes of it) and that starts inside them after their first byte (after a `\n` among
    /// them). Returns how many were skipped: fewer than `count` at such a line or at the end of input.
    /// Linear in the bytes skipped.
    func skip(_ count: Int, stoppingAtLine isStart: (ArraySlice<UInt8>) -> Bool, lookahead: Int) -> Int {
        advance(count, stoppingAtLine: isStart, lookahead: lookahead, keeping: nil)
    }

    /// Reads up to `count` bytes, stopping like `skip(_:stoppingAtLine:lookahead:)` at the start of a line that
    /// `isStart` accepts after the first byte, or at the end of input. Linear in the bytes read.
    func read(_ count: Int, stoppingAtLine isStart: (ArraySlice<UInt8>) -> Bool, lookahead: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        advance(count, stoppingAtLine: isStart, lookahead: lookahead) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Consumes up to `count` bytes a line at a time, handing each piece to `keeping` (when given), and stops at
    /// a line `isStart` accepts that starts after the first byte; returns how many bytes were consumed.
    @discardableResult
    private func advance(
        _ count: Int, stoppingAtLine isStart: (ArraySlice<UInt8>) -> Bool, lookahead: Int,
        keeping: ((ArraySlice<UInt8>) -> Void)?
    ) -> Int {
        var remaining = count
        var atLineStart = false
        while remaining > 0 {
            if atLineStart, startsWith(lookahead: lookahead, isStart) { break }
            if buffer.count == position, !fill(atLeast: 1) { break }
            let window = buffer[position..<min(buffer.count, position + remaining)]
            let newline = window.firstIndex(of: UInt8(ascii: "\n"))
            let step = (newline ?? window.endIndex - 1) + 1 - position
            atLineStart = newline != nil
            keeping?(buffer[position..<(position + step)])
            position += step
            consumed += step
            remaining -= step
            compact()
        }
        return count - remaining
    }

    /// After an end error the stream has skipped (`ByteStream.canResume`, a damaged gzip member):
    /// drops the unread bytes (what was got of the damaged part) and reads on. False, changing
    /// nothing, when there is no such error; the input then has ended for good.
    func resume() -> Bool {
        guard endError != nil, stream.canResume else { return false }
        buffer.removeAll(keepingCapacity: true)
        position = 0
        ended = false
        endError = nil
        return true
    }

    /// Puts `bytes` back in front of the unread bytes (a block read whole that turned out to run
    /// past its record), so they are read again.
    func unread(_ bytes: some Collection<UInt8>) {
        buffer.replaceSubrange(position..<position, with: bytes)
        consumed -= bytes.count
    }

    /// Skips to the next line that `isStart` accepts, given up to `lookahead` bytes of it (or stays, when the
    /// unread bytes start such a line); false, having consumed everything, when the input ends first. Linear in
    /// the bytes skipped.
    func skip(toLine isStart: (ArraySlice<UInt8>) -> Bool, lookahead: Int) -> Bool {
        while true {
            if startsWith(lookahead: lookahead, isStart) { return true }
            while true {
                if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
                    consumed += newline + 1 - position
                    position = newline + 1
                    compact()
                    break
                }
                consumed += buffer.count - position
                position = buffer.count
                compact()
                guard fill(atLeast: 1) else { return false }
            }
        }
    }

    /// Everything left, or nil when it is more than `limit` bytes (then the input is left unread).
    func readToEnd(limit: Int) -> [UInt8]? {
        while !ended {
            guard buffer.count - position <= limit else { return nil }
            fill(atLeast: buffer.count - position + 1)
        }
        guard buffer.count - position <= limit else { return nil }
        return take(upTo: buffer.count, skipping: 0)
    }

    /// Makes at least `count` unread bytes available if the stream has them; false when it does not.
    @discardableResult
    private func fill(atLeast count: Int) -> Bool {
        while buffer.count - position < count, !ended {
            do {
                if let chunk = try stream.nextChunk() {
                    compact()
                    buffer.append(contentsOf: chunk)
                } else {
                    ended = true
                }
            } catch {
                ended = true
                endError = error
            }
        }
        return buffer.count - position >= count
    }

    private func take(upTo end: Int, skipping separator: Int) -> [UInt8] {
        var bytes = Array(buffer[position..<end])
        if separator > 0, bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        consumed += end + separator - position
        position = end + separator
        compact()
        return bytes
    }

    private func skipLine(from newline: Int?) -> Line {
        if let newline {
            consumed += newline + 1 - position
            position = newline + 1
            compact()
            return .tooLong
        }
        while true {
            if let found = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) { return skipLine(from: found) }
            consumed += buffer.count - position
            position = buffer.count
            compact()
            guard fill(atLeast: 1) else { return .tooLong }
        }
    }

    /// Drops consumed bytes once they make up most of the buffer.
    private func compact() {
        if position > 0, position == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            position = 0
        } else if position > (1 << 20), position * 2 > buffer.count {
            buffer.removeSubrange(0..<position)
            position = 0
        }
    }
}
