internal import EntraideService
import Foundation
public import Hummingbird
internal import HummingbirdAuth
internal import HummingbirdBcrypt
internal import Logging
internal import PlanReport
internal import PlanningDomain

/// Builds the web server: called by `entraide serve` and, in-process, by the tests (HummingbirdTesting).
///
/// Every page and action goes through the use-case layer (EntraideService) to the workspace, the only store.
/// Ends gracefully on SIGTERM and SIGINT when run with `runService()`: requests under way finish, the answers
/// waiting in the queue are written.
public func buildApplication(_ configuration: ServerConfiguration) async throws -> some ApplicationProtocol {
    var logger = Logger(label: "entraide-server")
    logger.logLevel = .info
    let records = WebSecurityRecords(workspace: configuration.workspace)
    let key = try await Blocking.run { try records.serverKey(storingIfMissing: Secrets.randomBytes(32)) }
    let driver = WebSessionDriver(records: records, clock: configuration.clock)
    let sessions = SessionStorage<StaffSession>(
        driver,
        configuration: SessionStorageConfiguration(
            sessionCookieParameters: SessionCookieParameters(
                name: StaffRoutes.sessionCookie,
                path: "/",
                secure: configuration.isSecure,
                sameSite: .strict
            ),
            keyPrefix: "staff."
        )
    )
    let app = WebApp(
        configuration: configuration,
        pages: try Pages(),
        key: key,
        sessions: sessions,
        answers: AnswerQueue(useCase: AnswerByLink(workspace: configuration.workspace)),
        records: records,
        reportStyle: ReportEmbedding.styleSheet(of: ReportSample.page),
        decoyHash: Bcrypt.hash(Secrets.newToken(), cost: configuration.bcryptCost)
    )
    let router = Router(context: WebContext.self)
    router.add(middleware: SecurityHeaders(isSecure: configuration.isSecure))
    router.add(middleware: ErrorPages(app: app))
    router.get("/") { _, _ in PageResponse.redirect("/staff") }
    router.get("/robots.txt") { _, _ in
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(
            status: .ok,
            headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(string: "User-agent: *\nDisallow: /\n"))
        )
    }
    // No icon: an empty answer, so that browsers do not log a missing file.
    router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
    router.get("/static/app.css") { _, _ in StaticFiles.css(StaticFiles.appStyle) }
    router.get("/static/report.css") { _, _ in StaticFiles.css(app.reportStyle) }
    let staff = StaffRoutes(app: app)
    staff.add(to: router)
    let groups = GroupRoutes(app: app, staff: staff)
    groups.add(to: router)
    PersonRoutes(app: app, staff: staff, groups: groups).add(to: router)
    PlanRoutes(app: app, staff: staff, groups: groups).add(to: router)
    RecruitmentRoutes(app: app, staff: staff, groups: groups).add(to: router)
    PublicRoutes(app: app).add(to: router)
    IntakeRoutes(app: app).add(to: router)
    OutboxRoutes(app: app, staff: staff).add(to: router)
    ParticipantRoutes(app: app).add(to: router)
    _ = try await Blocking.run { try records.removeExpiredSessions(at: configuration.clock()) }
    return Application(
        router: router,
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port),
            serverName: "Entraide"
        ),
        logger: logger
    )
}

/// The server's own files.
enum StaticFiles {
    /// `Resources/Web/Static/app.css`.
    static let appStyle = WebResources.text("Static/app.css") ?? ""

    static func css(_ text: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/css; charset=utf-8"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

/// The web server as `entraide serve` runs it.
public enum WebServer {
    /// Builds the server and runs it until SIGTERM or SIGINT, then stops gracefully: it stops accepting
    /// connections, lets the requests under way finish (the answers waiting are written), and returns.
    public static func run(_ configuration: ServerConfiguration) async throws {
        let application = try await buildApplication(configuration)
        try await application.runService()
    }
}
