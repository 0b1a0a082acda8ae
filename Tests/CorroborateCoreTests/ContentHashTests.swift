import CorroborateCore
import Testing

@Suite struct ContentHashTests {
    @Test func knownFNVVectors() {
        #expect(ContentHash.hex("") == "cbf29ce484222325")
        #expect(ContentHash.hex("a") == "af63dc4c8601ec8c")
    }

    @Test func sameBytesSameId() {
        #expect(ContentHash.hex("Kremlin") == ContentHash.hex(Array("Kremlin".utf8)))
        #expect(ContentHash.hex("Kremlin") != ContentHash.hex("kremlin"))
    }
}
