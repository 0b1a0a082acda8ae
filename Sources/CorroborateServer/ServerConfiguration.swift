/// Where `corroborate serve` listens and how large a page of results may be.
public struct ServerConfiguration: Sendable, Hashable {
    /// The address to bind: `127.0.0.1` (default, loopback only) or `0.0.0.0`.
    public var host: String
    /// The TCP port; 0 picks a free one (tests).
    public var port: Int
    /// Stories per page when the request does not say (default 20).
    public var defaultPageSize: Int
    /// The largest `limit` a request may ask for (default 100); more is a 400.
    public var maximumPageSize: Int
    /// The largest `offset` a request may ask for (default 1,000,000); more is a 400.
    public var maximumOffset: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, defaultPageSize: Int = 20, maximumPageSize: Int = 100,
        maximumOffset: Int = 1_000_000
    ) {
        self.host = host
        self.port = port
        self.defaultPageSize = defaultPageSize
        self.maximumPageSize = maximumPageSize
        self.maximumOffset = maximumOffset
    }
}
