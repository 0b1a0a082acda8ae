import CorroborateCore
import Foundation

/// The parsed header of a safetensors file, validated against the file's length.
struct SafeTensorsHeader {
    /// Offset of the data section from the start of the file.
    var dataStart: Int
    var tensors: [String: TensorInfo]
    var metadata: [String: String]

    /// Largest header accepted (the format's own limit is 100 MB).
    static let maximumHeaderLength = 100_000_000

    init(base: UnsafeRawPointer, length: Int, path: String) throws {
        var headerLength: UInt64 = 0
        withUnsafeMutableBytes(of: &headerLength) { $0.copyMemory(from: UnsafeRawBufferPointer(start: base, count: 8)) }
        headerLength = UInt64(littleEndian: headerLength)
        guard headerLength <= UInt64(min(Self.maximumHeaderLength, length - 8)) else {
            throw CorroborateError(.malformed, source: path, "safetensors header length \(headerLength) exceeds the file")
        }
        dataStart = 8 + Int(headerLength)
        let json = Data(bytes: base.advanced(by: 8), count: Int(headerLength))
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: json)
        } catch {
            throw CorroborateError(.malformed, source: path, "safetensors header is not JSON", cause: error)
        }
        guard let entries = object as? [String: Any] else {
            throw CorroborateError(.malformed, source: path, "safetensors header is not a JSON object")
        }
        metadata = (entries["__metadata__"] as? [String: String]) ?? [:]
        var tensors: [String: TensorInfo] = [:]
        for (name, value) in entries where name != "__metadata__" {
            tensors[name] = try Self.tensor(name, value, dataLength: length - dataStart, path: path)
        }
        self.tensors = tensors
    }

    private static func tensor(_ name: String, _ value: Any, dataLength: Int, path: String) throws -> TensorInfo {
        guard let entry = value as? [String: Any],
              let dtypeName = entry["dtype"] as? String,
              let shape = entry["shape"] as? [Int],
              let offsets = entry["data_offsets"] as? [Int], offsets.count == 2
        else {
            throw CorroborateError(.malformed, source: path, "tensor \(name): entry needs dtype, shape and data_offsets")
        }
        guard let dtype = TensorInfo.DType(rawValue: dtypeName) else {
            throw CorroborateError(.unsupported, source: path, "tensor \(name): unknown dtype \(dtypeName)")
        }
        guard offsets[0] >= 0, offsets[0] <= offsets[1], offsets[1] <= dataLength, shape.allSatisfy({ $0 >= 0 }) else {
            throw CorroborateError(.malformed, source: path, "tensor \(name): data_offsets \(offsets) outside the file")
        }
        let info = TensorInfo(dtype: dtype, shape: shape, byteRange: offsets[0]..<offsets[1])
        guard byteCount(shape: shape, elementSize: dtype.size) == offsets[1] - offsets[0] else {
            throw CorroborateError(.malformed, source: path, "tensor \(name): shape \(shape) does not match its byte length")
        }
        return info
    }

    /// Bytes a tensor of `shape` needs, or nil when the product overflows.
    private static func byteCount(shape: [Int], elementSize: Int) -> Int? {
        var count = elementSize
        for dimension in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
            if overflow { return nil }
            count = product
        }
        return count
    }
}
