import Foundation
import Testing
@testable import CorroborateEvaluation

/// Gold documents of the FNC-1 form (`…/train_bodies.csv#ID`) read one body from the CSV file.
@Suite struct EntityDocumentTextTests {
    @Test(arguments: [("7", "Amazon said, \"no\".\nSecond paragraph."), ("12", "Short body.")])
    func readsTheBodyWithTheGivenID(_ id: String, _ body: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entity-doc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("train_bodies.csv")
        let csv = "Body ID,articleBody\n7,\"Amazon said, \"\"no\"\".\nSecond paragraph.\"\n12,Short body.\n"
        try csv.write(to: file, atomically: true, encoding: .utf8)
        #expect(try EntityDocumentText.fncBody(id: id, in: file) == body)
        #expect(throws: (any Error).self) { try EntityDocumentText.fncBody(id: "99", in: file) }
    }
}
