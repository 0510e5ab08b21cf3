internal import EntraideService
internal import Hummingbird
internal import PlanningDomain
internal import WorkspaceStore

/// Participants' pages, opened through their personal link (`/p/<token>`).
///
/// The dates to answer, their sessions after publication with each invitation to download, declining one, withdrawing; who to contact and what
/// happens next. No account: the link is the key, and only its digest is stored.
///
/// A link that opens nothing (never issued, revoked, of someone who left) gets the same page whatever the
/// reason, and counts as a failed attempt of the client: too many, and the client is refused for a while
/// (stored, so a restart does not reset it).
struct ParticipantRoutes: Sendable {
    let app: WebApp

    func add(to router: Router<WebContext>) {
        router.get("/p/:token") { request, context in try await page(request, context: context) }
        router.post("/p/:token/answers") { request, context in try await answer(request, context: context) }
        router.get("/p/:token/sessions/:session") { request, context in try await invitation(request, context: context)
        }
        router.post("/p/:token/sessions/:session/decline") { request, context in
            try await decline(request, context: context)
        }
        router.post("/p/:token/withdraw") { request, context in try await withdraw(request, context: context) }
    }

    // MARK: - The page

    private func page(_ request: Request, context: WebContext) async throws -> Response {
        let (token, digest) = try await link(request, context: context)
        let workspace = app.workspace
        let page: ParticipantPage.Page
        do {
            page = try await app.run { try ParticipantPage(workspace: workspace).run(digest) }
        } catch let error as ServiceError where error.code == .invalidLink {
            try await refuse(request, context: context)
        }
        let catalogue = Catalogue.of(page.language)
        let notice = request.uri.queryParameters["done"].flatMap { Notices.text(String($0), request, catalogue) }
        let body = app.pages.render(
            "participant",
            ParticipantView.content(page, token: token, catalogue: catalogue, notice: notice),
            frame: Pages.Frame(
                catalogue: catalogue,
                title: catalogue.text("title.participant"),
                brand: page.centreName,
                csrf: app.linkToken(token)
            )
        )
        return PageResponse.html(body)
    }

    // MARK: - Actions

    private func answer(_ request: Request, context: WebContext) async throws -> Response {
        let (token, digest) = try await link(request, context: context)
        let fields = try await app.form(request)
        try app.checkForm(fields, expected: app.linkToken(token), request: request)
        var answers: [CandidateSlot.ID: Availability] = [:]
        for (slot, value) in fields.withPrefix("answer-") {
            guard IdentifierRule.isValid(slot), let availability = Availability(rawValue: value) else {
                throw WebError.badRequest
            }
            answers[CandidateSlot.ID(slot)] = availability
        }
        guard !answers.isEmpty else { return PageResponse.redirect("/p/\(token)#dates") }
        let result = try await app.answers.submit(AnswerByLink.Request(link: digest, answers: answers, at: app.now()))
        switch result {
        case .recorded: return PageResponse.redirect("/p/\(token)?done=saved")
        case .invalidLink: try await refuse(request, context: context)
        case .closed: throw WebError.pollClosed
        case .unknownDate: throw WebError.badRequest
        }
    }

    private func invitation(_ request: Request, context: WebContext) async throws -> Response {
        let (_, digest) = try await link(request, context: context)
        guard let file = context.parameters.get("session"), file.hasSuffix(".ics"),
            let kind = SessionKind(rawValue: String(file.dropLast(4)))
        else { throw WebError.notFound }
        let workspace = app.workspace
        let bytes: [UInt8]?
        do {
            bytes = try await app.run { try ParticipantPage(workspace: workspace).invitation(kind, link: digest) }
        } catch let error as ServiceError where error.code == .invalidLink {
            try await refuse(request, context: context)
        }
        guard let bytes else { throw WebError.notFound }
        return PageResponse.file(
            bytes,
            type: "text/calendar; charset=utf-8; method=REQUEST",
            name: "\(kind.rawValue).ics"
        )
    }

    private func decline(_ request: Request, context: WebContext) async throws -> Response {
        let (token, digest) = try await link(request, context: context)
        let fields = try await app.form(request)
        try app.checkForm(fields, expected: app.linkToken(token), request: request)
        guard let kind = context.parameters.get("session").flatMap(SessionKind.init(rawValue:)) else {
            throw WebError.notFound
        }
        let workspace = app.workspace
        let now = app.now()
        do {
            try await app.run { try ReplyByLink(workspace: workspace).decline(kind, link: digest, at: now) }
        } catch let error as ServiceError where error.code == .invalidLink {
            try await refuse(request, context: context)
        } catch let error as ServiceError where error.code == .notAllowed {
            throw WebError.notFound
        }
        return PageResponse.redirect("/p/\(token)?done=declined#sessions")
    }

    private func withdraw(_ request: Request, context: WebContext) async throws -> Response {
        let (token, digest) = try await link(request, context: context)
        let fields = try await app.form(request)
        try app.checkForm(fields, expected: app.linkToken(token), request: request)
        guard fields.isChecked("confirm") else { throw WebError.badRequest }
        let workspace = app.workspace
        let now = app.now()
        let page: ParticipantPage.Page
        do {
            page = try await app.run { try ParticipantPage(workspace: workspace).run(digest) }
            try await app.run { try ReplyByLink(workspace: workspace).withdraw(link: digest, at: now) }
        } catch let error as ServiceError where error.code == .invalidLink {
            try await refuse(request, context: context)
        }
        let catalogue = Catalogue.of(page.language)
        let body = app.pages.render(
            "message",
            [
                "heading": catalogue.text("me.withdrawn.heading"),
                "lines": [catalogue.text("me.withdrawn.text")],
            ],
            frame: Pages.Frame(
                catalogue: catalogue,
                title: catalogue.text("me.withdrawn.heading"),
                brand: page.centreName
            )
        )
        return PageResponse.html(body)
    }

    // MARK: - Links

    /// The token of the path and its digest, unless this client made too many failed attempts; a token that
    /// cannot be one of ours is refused at once (and counted).
    private func link(_ request: Request, context: WebContext) async throws -> (String, SecretDigest) {
        let bucket = app.clientBucket(request, context: context)
        guard try await app.attempts(bucket) < app.configuration.limits.linksPerClient else {
            throw WebError.tooManyAttempts
        }
        guard let token = context.parameters.get("token"), Secrets.isWellFormedToken(Substring(token)) else {
            try await refuse(request, context: context)
        }
        return (token, Secrets.digest(of: token))
    }

    /// Counts the failed attempt and refuses with the one page of every link that opens nothing.
    private func refuse(_ request: Request, context: WebContext) async throws -> Never {
        try await app.countFailure([app.clientBucket(request, context: context)])
        throw WebError.invalidLink
    }
}
