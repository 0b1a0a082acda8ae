import Foundation

/// A clustering key as one compact binary record, so a batch run can keep keys in a
/// ``StoryInputSpill`` too and hold only ids and days in memory: strings as a length and UTF-8,
/// numbers little-endian, the term counts as their raw arrays.
extension ClusteringKey {
    /// This key as a record.
    public func record() -> Data {
        var writer = RecordWriter()
        writer.append(id)
        writer.append(publicationDay)
        writer.append(UInt64(bitPattern: Int64(day ?? Int(Int64.min))))
        writer.append(UInt64(entities.count))
        for name in entities.sorted() { writer.append(name) }
        for counts in [terms, lead] {
            writer.append(UInt64(counts.terms.count))
            for term in counts.terms { writer.append(term) }
            for count in counts.counts { writer.append(UInt64(count)) }
        }
        return writer.data
    }

    /// The key of a record made by ``record()``.
    public init(record: Data) throws {
        var reader = RecordReader(data: record)
        id = try reader.string()
        publicationDay = try reader.string()
        let day = Int64(bitPattern: try reader.number())
        self.day = day == Int64.min ? nil : Int(day)
        let names = try reader.count()
        entities = Set(try (0..<names).map { _ in try reader.string() })
        var both: [TermCounts] = []
        for _ in 0..<2 {
            let count = try reader.count()
            let terms = try (0..<count).map { _ in try reader.number() }
            let counts = try (0..<count).map { _ in UInt32(truncatingIfNeeded: try reader.number()) }
            both.append(TermCounts(terms: terms, counts: counts))
        }
        terms = both[0]
        lead = both[1]
    }
}

/// Appends little-endian numbers and length-prefixed strings.
private struct RecordWriter {
    var data = Data()

    mutating func append(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { data.append(contentsOf: $0) }
    }

    mutating func append(_ string: String) {
        let bytes = Array(string.utf8)
        append(UInt64(bytes.count))
        data.append(contentsOf: bytes)
    }
}

/// Reads what ``RecordWriter`` wrote, throwing on a short or malformed record.
private struct RecordReader {
    let data: Data
    var offset: Int

    init(data: Data) {
        self.data = data
        offset = data.startIndex
    }

    mutating func number() throws -> UInt64 {
        guard data.endIndex - offset >= 8 else { throw StoryInputSpillError.malformed }
        var value: UInt64 = 0
        withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: data[offset..<offset + 8]) }
        offset += 8
        return UInt64(littleEndian: value)
    }

    /// A length or count, at most what the rest of the record could hold.
    mutating func count() throws -> Int {
        let value = try number()
        guard value <= UInt64(data.endIndex - offset) else { throw StoryInputSpillError.malformed }
        return Int(value)
    }

    mutating func string() throws -> String {
        let length = try count()
        defer { offset += length }
        return String(decoding: data[offset..<offset + length], as: UTF8.self)
    }
}
