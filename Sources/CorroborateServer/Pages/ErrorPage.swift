import Hummingbird

/// The plain page a refused web request gets: the status and the message, nothing internal.
struct ErrorPage: Sendable {
    var status: HTTPResponse.Status
    var message: String

    var html: String {
        PageLayout(title: "\(status.code) \(status.reasonPhrase)").render(
            "<section class=\"panel error\"><h1>\(status.code) \(HTML.text(status.reasonPhrase))</h1><p>\(HTML.text(message))</p>"
                + "<p><a href=\"/\">Back to the stories</a></p></section>")
    }
}
