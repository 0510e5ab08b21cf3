internal import EntraideService
import Foundation
internal import Hummingbird
internal import PlanningDomain
internal import Promotion
internal import WorkspaceStore

/// The group's public page and its registration form (`/r/<key>`), for the flyer's QR code and partners.
///
/// The key is an HMAC of the group id under the server's key: it cannot be guessed from the id, so groups
/// cannot be enumerated; an unknown key gets the page of any missing page and counts as a failed attempt.
/// The page shows the group's title, public text and audience and, once it is fixed, the information session's
/// date, time and place with its "add to calendar" file (`/r/<key>/information.ics`, `METHOD:PUBLISH`, nobody
/// named), all from `GroupPromotion` as the flyer; no name and no count. The form needs the
/// person's explicit consent (what is kept, for how long), is protected by a form token, a stored rate limit
/// per client (every registration counts) and a honeypot field: a filled honeypot gets a thank-you page and
/// nothing is stored.
struct PublicRoutes: Sendable {
    let app: WebApp

    func add(to router: Router<WebContext>) {
        router.get("/r/:key") { request, context in try await page(request, context: context) }
        router.post("/r/:key") { request, context in try await register(request, context: context) }
        router.get("/r/:key/information.ics") { request, context in try await calendar(request, context: context) }
    }

    /// The public key of a group.
    static func key(of group: Group.ID, app: WebApp) -> String {
        String(Secrets.hmac("public-page:\(group.rawValue)", key: app.key).prefix(32))
    }

    /// The address of a group's public page.
    static func address(of group: Group.ID, app: WebApp) -> String {
        app.configuration.publicBase + "/r/" + key(of: group, app: app)
    }

    // MARK: - Pages

    private func page(_ request: Request, context: WebContext) async throws -> Response {
        let group = try await group(request, context: context)
        return try await form(request, group: group, fields: nil, problem: nil, status: .ok)
    }

    private func form(
        _ request: Request,
        group: Group.ID,
        fields: FormFields?,
        problem: String?,
        status: HTTPResponse.Status
    ) async throws -> Response {
        let catalogue = StaffRoutes.catalogue(request)
        let workspace = app.workspace
        let promotion = try await app.run {
            try GroupPromotion(workspace: workspace).content(of: group, registration: nil)
        }
        let key = Self.key(of: group, app: app)
        let language = Language(fields?["language"] ?? catalogue.language.code)
        let source = fields?["source"] ?? RegistrationSource.flyer.rawValue
        var content: [String: Any] = [
            "group": ["title": promotion.title],
            "key": key,
            "languages": GroupView.languages(selected: language, catalogue),
            "sources": Self.publicSources.map {
                [
                    "code": $0.rawValue, "name": catalogue.text("register.source.\($0.rawValue)"),
                    "selected": $0.rawValue == source,
                ] as [String: Any]
            },
            "form": [
                "name": fields?["name"] ?? "", "email": fields?["email"] ?? "", "phone": fields?["phone"] ?? "",
                "stepFree": fields?.isChecked("stepFree") ?? false,
            ] as [String: Any],
        ]
        if !promotion.isThemeFallback { content["text"] = promotion.text }
        if let audience = promotion.audience { content["audience"] = audience }
        content["information"] = Self.information(promotion.information, key: key, catalogue)
        if let problem { content["problem"] = problem }
        let body = app.pages.render(
            "register",
            content,
            frame: Pages.Frame(
                catalogue: catalogue,
                title: catalogue.text("title.register"),
                brand: await app.brand(),
                csrf: app.publicToken(key)
            )
        )
        return PageResponse.html(body, status: status)
    }

    /// The information session's date, time and place with the "add to calendar" link once it is fixed; else the
    /// sentence saying its date will follow.
    static func information(_ session: PublicSession?, key: String, _ catalogue: Catalogue) -> [String: Any] {
        guard let session else { return ["toFollow": PublicSession.dateToFollow(in: catalogue.language)] }
        return [
            "when": session.when(in: catalogue.language),
            "place": session.place(in: catalogue.language).joined(separator: ", "),
            "calendar": "/r/\(key)/information.ics",
        ]
    }

    /// What a person may say on the public form (phone, mail and staff are staff's).
    static let publicSources: [RegistrationSource] = [.flyer, .partner, .socialMedia, .press, .other]

    // MARK: - Registering

    private func register(_ request: Request, context: WebContext) async throws -> Response {
        let group = try await group(request, context: context)
        let fields = try await app.form(request)
        try app.checkForm(fields, expected: app.publicToken(Self.key(of: group, app: app)), request: request)
        let catalogue = StaffRoutes.catalogue(request)
        // Every registration counts against the client's limit; a filled honeypot is a robot.
        try await app.countFailure([app.clientBucket(request, context: context)])
        guard (fields["website"] ?? "").isEmpty else {
            return try await message(request, heading: catalogue.text("registered.received"), catalogue)
        }
        let source =
            RegistrationSource(rawValue: fields["source"] ?? "")
            .flatMap { Self.publicSources.contains($0) ? $0 : nil } ?? .other
        let registration = Register.Request(
            form: GroupRoutes.registration(fields),
            source: source,
            hasConsent: fields.isChecked("consent")
        )
        guard registration.hasConsent else {
            return try await form(
                request,
                group: group,
                fields: fields,
                problem: catalogue.text("register.missingConsent"),
                status: .unprocessableContent
            )
        }
        let problems = Register.problems(of: registration)
        guard problems.isEmpty else {
            return try await form(
                request,
                group: group,
                fields: fields,
                problem: GroupRoutes.describe(problems, catalogue),
                status: .unprocessableContent
            )
        }
        let workspace = app.workspace
        let now = app.now()
        let token = Secrets.newToken()
        let outcome = try await app.run {
            let outcome = try Register(workspace: workspace).run(registration, group: group, at: now)
            try PersonalLinks(workspace: workspace).issue(
                Secrets.digest(of: token),
                for: outcome.participant,
                in: group,
                at: now
            )
            return outcome
        }
        var content: [String: Any] = [
            "heading": catalogue.text("registered.heading"),
            "link": app.configuration.publicBase + "/p/" + token,
            "mailed": outcome.linkMessage != nil,
        ]
        if let rank = outcome.waitingRank {
            content["waiting"] = catalogue.text("registered.waiting", ["rank": String(rank)])
        }
        if !outcome.nextGroups.isEmpty {
            content["nextGroups"] = outcome.nextGroups.map {
                ["title": $0.title, "address": Self.address(of: $0.group, app: app)]
            }
            content["hasNextGroups"] = true
        }
        let body = app.pages.render(
            "registered",
            content,
            frame: Pages.Frame(
                catalogue: catalogue,
                title: catalogue.text("title.registered"),
                brand: await app.brand()
            )
        )
        return PageResponse.html(body)
    }

    private func message(_ request: Request, heading: String, _ catalogue: Catalogue) async throws -> Response {
        let body = app.pages.render(
            "registered",
            ["heading": heading],
            frame: Pages.Frame(
                catalogue: catalogue,
                title: catalogue.text("title.registered"),
                brand: await app.brand()
            )
        )
        return PageResponse.html(body)
    }

    // MARK: - The "add to calendar" file

    /// The information session as `METHOD:PUBLISH` (nobody named), once it is fixed; else the page of any
    /// missing page.
    private func calendar(_ request: Request, context: WebContext) async throws -> Response {
        let group = try await group(request, context: context)
        let workspace = app.workspace
        let now = app.now()
        let registration = try? RegistrationAddress(Self.address(of: group, app: app))
        let bytes = try await app.run {
            try GroupPromotion(workspace: workspace).informationCalendar(
                of: group,
                registration: registration,
                stamp: now
            )
        }
        guard let bytes else { throw WebError.notFound }
        return PageResponse.file(bytes, type: "text/calendar; charset=utf-8", name: "information.ics")
    }

    // MARK: - Keys

    /// The group of the key, unless this client made too many attempts; an unknown key counts as a failure
    /// and gets the page of any missing page.
    private func group(_ request: Request, context: WebContext) async throws -> Group.ID {
        let bucket = app.clientBucket(request, context: context)
        guard try await app.attempts(bucket) < app.configuration.limits.linksPerClient else {
            throw WebError.tooManyAttempts
        }
        let key = context.parameters.get("key") ?? ""
        let workspace = app.workspace
        let groups = try await app.run { try WorkspaceAccess.read(workspace) { try $0.groups() } }
        guard let group = groups.first(where: { Self.key(of: $0, app: app) == key }) else {
            try await app.countFailure([bucket])
            throw WebError.notFound
        }
        return group
    }
}

extension WebApp {
    /// The form token of a group's public page.
    func publicToken(_ key: String) -> String { Secrets.hmac("public:\(key)", key: self.key) }
}
