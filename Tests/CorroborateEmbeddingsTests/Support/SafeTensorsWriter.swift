import Foundation

/// Writes a safetensors file (F32 tensors only) for fixtures.
enum SafeTensorsWriter {
    static func write(_ tensors: [(name: String, shape: [Int], values: [Float])], to url: URL,
                      extraHeader: String = "") throws {
        var header: [String] = [#""__metadata__":{"format":"pt"}"#]
        var data = Data()
        for tensor in tensors {
            let start = data.count
            tensor.values.withUnsafeBytes { data.append(contentsOf: $0) }
            let shape = tensor.shape.map(String.init).joined(separator: ",")
            header.append(#""\#(tensor.name)":{"dtype":"F32","shape":[\#(shape)],"data_offsets":[\#(start),\#(data.count)]}"#)
        }
        var json = Array(("{" + header.joined(separator: ",") + extraHeader + "}").utf8)
        while json.count % 8 != 0 { json.append(0x20) }
        var file = Data()
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { file.append(contentsOf: $0) }
        file.append(contentsOf: json)
        file.append(data)
        try file.write(to: url)
    }
}
