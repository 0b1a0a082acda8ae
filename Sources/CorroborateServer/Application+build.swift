import CorroborateStore
import Hummingbird
import Logging

/// The web app and JSON API over `store`, listening where `configuration` says. Used by
/// `corroborate serve` and by the tests (in process, or live on a loopback port).
public func buildApplication(
    _ configuration: ServerConfiguration, store: any ArticleStore, logger: Logger? = nil
) -> some ApplicationProtocol {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: ErrorResponseMiddleware())
    APIRoutes(store: store, configuration: configuration).add(to: router)
    WebRoutes(store: store, configuration: configuration).add(to: router)
    return Application(
        router: router,
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port), serverName: "Corroborate"
        ),
        logger: logger ?? Logger(label: "corroborate.serve")
    )
}
