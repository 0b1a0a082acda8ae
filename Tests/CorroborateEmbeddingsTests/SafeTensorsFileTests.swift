@testable import CorroborateEmbeddings
import CorroborateCore
import Foundation
import Testing

@Suite struct SafeTensorsFileTests {
    static func temporaryFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("st-\(UUID().uuidString).safetensors")
    }

    @Test("tensors written are read back with their shapes and values")
    func roundTrip() throws {
        let url = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        try SafeTensorsWriter.write([("a", [2, 3], [1, 2, 3, 4, 5, 6]), ("b", [1], [-0.5])], to: url)
        let file = try SafeTensorsFile(path: url.path)
        #expect(file.tensors["a"]?.shape == [2, 3])
        #expect(try file.floats("a", shape: [2, 3]) == [1, 2, 3, 4, 5, 6])
        #expect(try file.floats("b") == [-0.5])
        #expect(file.metadata["format"] == "pt")
    }

    @Test("a wrong shape, a missing tensor and a non-float dtype are reported", arguments: [
        ("a", [3, 2], CorroborateError.Code.malformed), ("missing", nil, .malformed), ("ids", nil, .unsupported),
    ] as [(String, [Int]?, CorroborateError.Code)])
    func rejected(name: String, shape: [Int]?, code: CorroborateError.Code) throws {
        let url = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let ids = #","ids":{"dtype":"I64","shape":[1],"data_offsets":[24,32]}"#
        try SafeTensorsWriter.write([("a", [2, 3], [1, 2, 3, 4, 5, 6]), ("pad", [2], [0, 0])], to: url, extraHeader: ids)
        let file = try SafeTensorsFile(path: url.path)
        let error = #expect(throws: CorroborateError.self) { try file.floats(name, shape: shape) }
        #expect(error?.code == code)
    }

    @Test("broken files are rejected with the reason", arguments: [
        ("shorter than 8 bytes", Data([1, 2, 3])),
        ("exceeds the file", Data([0xFF, 0, 0, 0, 0, 0, 0, 0, 0x7B, 0x7D])),
        ("not JSON", Data([2, 0, 0, 0, 0, 0, 0, 0, 0x7B, 0x7B])),
        ("does not match its byte length",
         Data([UInt8(78), 0, 0, 0, 0, 0, 0, 0])
            + Data(#"{"x":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,0]}}    "#.utf8)),
        ("outside the file",
         Data([UInt8(56), 0, 0, 0, 0, 0, 0, 0]) + Data(#"{"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}  "#.utf8)),
    ])
    func broken(reason: String, bytes: Data) throws {
        let url = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        try bytes.write(to: url)
        let error = #expect(throws: CorroborateError.self) { try SafeTensorsFile(path: url.path) }
        #expect(error?.message.contains(reason) == true, "\(error?.message ?? "")")
    }

    @Test("a missing file is unreadable")
    func missingFile() {
        let error = #expect(throws: CorroborateError.self) { try SafeTensorsFile(path: "/nonexistent/model.safetensors") }
        #expect(error?.code == .unreadable)
    }
}
