import Testing
@testable import CorroborateExtraction

@Suite struct URLHostTests {
    @Test(arguments: [
        ("https://www.themoscowtimes.com/2024/11/11/a", "www.themoscowtimes.com"),
        ("https://user:secret@www.example.com:8080/x?y", "www.example.com"),  // user info with a colon, a port
        ("http://example.com?q=1", "example.com"),
        ("http://example.com#top", "example.com"),
        ("example.com/path", "example.com"),                                  // no scheme: read from the start
        ("", ""),
    ])
    func hostName(url: String, expected: String) {
        #expect(URLHost.name(in: url) == expected)
    }
}
