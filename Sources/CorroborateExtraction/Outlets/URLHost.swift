/// The host name of a URL: the authority after the scheme, without user information and port.
enum URLHost {
    /// "https://user:secret@www.example.com:8080/x?y" -> "www.example.com"; a string without "://" is read
    /// from its start ("example.com/x" -> "example.com").
    static func name(in url: String) -> Substring {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let withoutUser = authority.split(separator: "@").last ?? authority
        return withoutUser.prefix { $0 != ":" }
    }
}
