internal import EntraideService
import Foundation
internal import Hummingbird
internal import HummingbirdAuth
internal import HummingbirdBcrypt
internal import PlanningDomain
internal import Publication

/// Signing in and out, the guard of every staff page, and the list of groups.
struct StaffRoutes: Sendable {
    let app: WebApp

    /// The cookie the sign-in form's token is bound to.
    static let signInCookie = "entraide_form"
    /// The session cookie.
    static let sessionCookie = "entraide_staff"

    func add(to router: Router<WebContext>) {
        router.get("/staff/sign-in") { request, context in try await signInPage(request, context: context) }
        router.post("/staff/sign-in") { request, context in try await signIn(request, context: context) }
        let staff = router.group("/staff").add(middleware: StaffGuard(app: app))
        staff.get("") { request, context in try await groups(request, context: context) }
        staff.post("/sign-out") { request, context in try await signOut(request, context: context) }
    }

    // MARK: - Sign-in

    private func signInPage(_ request: Request, context: WebContext) async throws -> Response {
        let existing = request.cookies[Self.signInCookie]?.value
        let cookie = existing.flatMap { Secrets.isWellFormedToken(Substring($0)) ? $0 : nil } ?? Secrets.newToken()
        let catalogue = Self.catalogue(request)
        let notice = request.uri.queryParameters["out"] != nil ? catalogue.text("signIn.signedOut") : nil
        var response = await signInForm(request, cookie: cookie, failed: notice, status: .ok)
        if existing != cookie { response.setCookie(formCookie(cookie)) }
        return response
    }

    private func signIn(_ request: Request, context: WebContext) async throws -> Response {
        let fields = try await app.form(request)
        guard let cookie = request.cookies[Self.signInCookie]?.value else { throw WebError.forbidden }
        try app.checkForm(fields, expected: app.signInToken(cookie), request: request)
        let name = (fields["name"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = fields["password"] ?? ""
        let catalogue = Self.catalogue(request)
        let accountBucket = app.accountBucket(name)
        let clientBucket = app.clientBucket(request, context: context)
        let limits = app.configuration.limits
        let accountAttempts = try await app.attempts(accountBucket)
        let clientAttempts = try await app.attempts(clientBucket)
        if accountAttempts >= limits.signInsPerAccount || clientAttempts >= limits.signInsPerClient {
            let text = catalogue.text("signIn.tooMany", ["minutes": String(app.windowMinutes)])
            var response = await signInForm(request, cookie: cookie, failed: text, status: .tooManyRequests)
            response.headers[.retryAfter] = String(limits.windowSeconds)
            return response
        }
        let workspace = app.workspace
        let stored = try await app.run { try StaffAccounts(workspace: workspace).passwordHash(of: name) }
        // An unknown name costs the same bcrypt work as a wrong password: nobody learns which names exist.
        let isValid = Bcrypt.verify(password, hash: stored ?? app.decoyHash) && stored != nil
        guard isValid else {
            try await app.countFailure([accountBucket, clientBucket])
            return await signInForm(
                request,
                cookie: cookie,
                failed: catalogue.text("signIn.failed"),
                status: .forbidden
            )
        }
        try await app.run { [records = app.records] in try records.clearAttempts(in: accountBucket) }
        // A new session id at every sign-in (never one a visitor brought along).
        if request.cookies[Self.sessionCookie] != nil { _ = try? await app.sessions.delete(request: request) }
        let session = StaffSession(name: name, signedInAt: app.now().secondsSince1970)
        let sessionCookie = try await app.sessions.save(
            session: session,
            expiresIn: .seconds(app.configuration.sessionSeconds)
        )
        var response = PageResponse.redirect("/staff")
        response.setCookie(sessionCookie)
        return response
    }

    private func signInForm(
        _ request: Request,
        cookie: String,
        failed: String?,
        status: HTTPResponse.Status
    ) async -> Response {
        let catalogue = Self.catalogue(request)
        var content: [String: Any] = [:]
        if let failed { content["failed"] = failed }
        let body = app.pages.render(
            "sign-in",
            content,
            frame: Pages.Frame(
                catalogue: catalogue,
                title: catalogue.text("title.signIn"),
                brand: await app.brand(),
                csrf: app.signInToken(cookie)
            )
        )
        return PageResponse.html(body, status: status)
    }

    private func formCookie(_ value: String) -> Cookie {
        Cookie(
            name: Self.signInCookie,
            value: value,
            maxAge: 86_400,
            path: "/staff/sign-in",
            secure: app.configuration.isSecure,
            httpOnly: true,
            sameSite: .strict
        )
    }

    private func signOut(_ request: Request, context: WebContext) async throws -> Response {
        guard let session = context.staff else { throw WebError.forbidden }
        let fields = try await app.form(request)
        try app.checkForm(fields, expected: app.staffToken(session), request: request)
        let expired = try await app.sessions.delete(request: request)
        var response = PageResponse.redirect("/staff/sign-in?out=1")
        response.setCookie(expired)
        return response
    }

    // MARK: - Groups

    private func groups(_ request: Request, context: WebContext) async throws -> Response {
        let session = try Self.session(context)
        let catalogue = Self.catalogue(request)
        let workspace = app.workspace
        let now = app.now()
        let lines = try await app.run { try GroupOverview(workspace: workspace).run(now: now) }
        let groups: [[String: Any]] = lines.map { line in
            let warnings = line.warnings.map { warning -> String in
                switch warning {
                case .fewRegistrations: catalogue.text("warning.fewRegistrations")
                case .quorumAtRisk: catalogue.text("warning.quorumAtRisk")
                case .conflict(let other): catalogue.text("warning.conflict", ["group": other.rawValue])
                case .infeasible: catalogue.text("warning.infeasible")
                }
            }
            return [
                "id": line.group.rawValue,
                "title": line.title,
                "phase": catalogue.text("phase.\(line.phase.rawValue)"),
                "next": line.nextSession.map { DateText.sessionStart($0.kind, $0.start, catalogue) }
                    ?? catalogue.text("groups.nextNone"),
                "registrations": catalogue.text(
                    "groups.registrationsValue",
                    ["count": String(line.registrations), "quorum": String(line.quorum)]
                ),
                "warnings": warnings,
                "hasWarnings": !warnings.isEmpty,
            ]
        }
        let body = app.pages.render(
            "groups",
            ["groups": groups],
            frame: await frame(catalogue, title: catalogue.text("title.groups"), session: session)
        )
        return PageResponse.html(body)
    }

    // MARK: - Shared by staff pages

    /// The staff member signed in (set by ``StaffGuard``).
    static func session(_ context: WebContext) throws -> StaffSession {
        guard let session = context.staff else { throw WebError.forbidden }
        return session
    }

    /// The staff pages' language: the browser's, French by default.
    static func catalogue(_ request: Request) -> Catalogue {
        Catalogue.of(Catalogue.language(accepting: request.headers[.acceptLanguage]))
    }

    /// The frame of a staff page.
    func frame(
        _ catalogue: Catalogue,
        title: String,
        session: StaffSession,
        hasReport: Bool = false
    ) async -> Pages.Frame {
        Pages.Frame(
            catalogue: catalogue,
            title: title,
            brand: await app.brand(),
            staffName: session.name,
            csrf: app.staffToken(session),
            hasReport: hasReport,
            isWide: hasReport
        )
    }
}

/// Lets a request through to a staff page only with a live session of an existing account; otherwise a page
/// is answered by the sign-in page and a form by a refusal.
struct StaffGuard: RouterMiddleware {
    typealias Context = WebContext
    let app: WebApp

    func handle(
        _ request: Request,
        context: WebContext,
        next: (Request, WebContext) async throws -> Response
    ) async throws -> Response {
        guard request.uri.path != "/staff/sign-in" else { return try await next(request, context) }
        let id = request.cookies[StaffRoutes.sessionCookie]?.value
        let session = id == nil ? nil : try? await app.sessions.load(request: request)
        let workspace = app.workspace
        var isValid = false
        if let session {
            isValid =
                (try? await app.run { try StaffAccounts(workspace: workspace).passwordHash(of: session.name) })
                .flatMap { $0 } != nil
        }
        guard var session, let id, isValid else {
            if request.method == .get || request.method == .head { return PageResponse.redirect("/staff/sign-in") }
            throw WebError.forbidden
        }
        session.id = id
        var context = context
        context.staff = session
        return try await next(request, context)
    }
}
