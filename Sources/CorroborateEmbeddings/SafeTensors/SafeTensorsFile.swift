import CorroborateCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A safetensors file mapped read-only into memory: a JSON header naming each tensor's dtype,
/// shape and byte range, followed by the raw little-endian data.
///
/// Format: 8 bytes (UInt64 LE) header length `n`, `n` bytes of JSON, then the data. Tensor byte
/// ranges are relative to the end of the header. The mapping lives as long as this object
/// (a class for the mapping's identity); reading never copies more than the tensor asked for.
public final class SafeTensorsFile: @unchecked Sendable {
    // @unchecked: the mapping is read-only (PROT_READ) and never changes after init.

    /// The file this mapping was read from.
    public let path: String
    /// Every tensor in the file, by name (`__metadata__` excluded).
    public let tensors: [String: TensorInfo]
    /// The free-form `__metadata__` strings, if any.
    public let metadata: [String: String]

    private let base: UnsafeRawPointer
    private let length: Int
    private let dataStart: Int

    /// Maps the file at `path` and parses its header.
    public init(path: String) throws {
        let (base, length) = try Self.map(path: path)
        do {
            let header = try SafeTensorsHeader(base: base, length: length, path: path)
            self.path = path
            self.base = base
            self.length = length
            self.dataStart = header.dataStart
            self.tensors = header.tensors
            self.metadata = header.metadata
        } catch {
            munmap(UnsafeMutableRawPointer(mutating: base), length)
            throw error
        }
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: base), length)
    }

    /// The named tensor's values as Float32, checking its dtype and, when given, its shape.
    public func floats(_ name: String, shape expected: [Int]? = nil) throws -> [Float] {
        guard let info = tensors[name] else {
            throw CorroborateError(.malformed, source: path, "tensor \(name) is missing")
        }
        guard info.dtype == .float32 else {
            throw CorroborateError(.unsupported, source: path, "tensor \(name) is \(info.dtype.rawValue), expected F32")
        }
        if let expected, expected != info.shape {
            throw CorroborateError(.malformed, source: path, "tensor \(name) has shape \(info.shape), expected \(expected)")
        }
        let count = info.elementCount
        let start = base.advanced(by: dataStart + info.byteRange.lowerBound)
        return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            // memcpy: the data may not be 4-byte aligned, and the file is little-endian like the host.
            if count > 0, let destination = buffer.baseAddress {
                memcpy(destination, start, count * MemoryLayout<Float>.size)
            }
            initialized = count
        }
    }

    private static func map(path: String) throws -> (UnsafeRawPointer, Int) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw CorroborateError(.unreadable, source: path, "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size >= 8 else {
            throw CorroborateError(.truncated, source: path, "not a safetensors file (shorter than 8 bytes)")
        }
        let length = Int(status.st_size)
        guard let pointer = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0),
              pointer != MAP_FAILED
        else {
            throw CorroborateError(.unreadable, source: path, "cannot map: \(String(cString: strerror(errno)))")
        }
        return (UnsafeRawPointer(pointer), length)
    }
}
