internal import EntraideService
import Foundation
internal import Hummingbird
internal import Intake
internal import PlanDocuments
internal import PlanningDomain
internal import PlanningInput
internal import WorkspaceStore

/// The initiator's intake page, opened through the personal link staff gave them (`/intake/<token>`): the free
/// slots (checked again at booking: a slot taken meanwhile is refused), booking, moving and cancelling.
///
/// A link that opens nothing gets the same page whatever the reason and counts as a failed attempt.
struct IntakeRoutes: Sendable {
    let app: WebApp

    func add(to router: Router<WebContext>) {
        router.get("/intake/:token") { request, context in try await page(request, context: context) }
        router.post("/intake/:token/book") { request, context in try await book(request, context: context) }
        router.post("/intake/:token/cancel") { request, context in try await cancel(request, context: context) }
    }

    private var useCase: IntakeByLink { IntakeByLink(workspace: app.workspace, files: DiskFiles()) }

    private func page(
        _ request: Request,
        context: WebContext,
        notice: String? = nil,
        problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let (token, digest) = try await link(request, context: context)
        let now = app.now()
        let useCase = self.useCase
        let page: IntakeByLink.Page
        do {
            page = try await app.run { try useCase.page(digest, at: now) }
        } catch let error as ServiceError where error.code == .invalidLink {
            try await refuse(request, context: context)
        }
        let booking = page.booking
        let catalogue = Catalogue.of(Language(booking.initiatorLanguage))
        let wording = Wording(catalogue.language)
        let terms = (try? IntakeByLink.terms(of: booking))?.modes ?? []
        let isBooked = booking.status == .booked
        var content: [String: Any] = [
            "heading": catalogue.text("intake.heading", ["staff": page.staffName]),
            "token": token,
            "open": booking.status != .cancelled,
            "isBooked": isBooked,
            "hasSlots": !page.slots.isEmpty,
            "slots": page.slots.map {
                ["key": $0.key, "when": "\(wording.date($0.start.date)), \(wording.time($0.start.time))"]
            },
            "modes": terms.map { ["code": $0, "name": catalogue.text("intake.mode.\($0)")] },
            "submit": catalogue.text(isBooked ? "intake.move" : "intake.book"),
            "contact": catalogue.text(
                "intake.contact",
                [
                    "contact": [page.organisation.name, page.organisation.organiser.email, page.organisation.phone]
                        .compactMap(\.self).joined(separator: ", ")
                ]
            ),
        ]
        if isBooked, let start = booking.start {
            content["booked"] = catalogue.text(
                "intake.booked",
                [
                    "when": "\(wording.date(start.date)), \(wording.time(start.time))",
                    "mode": catalogue.text("intake.mode.\(booking.mode?.rawValue ?? "centre")"),
                ]
            )
        }
        if booking.status == .cancelled { content["cancelled"] = catalogue.text("intake.cancelled") }
        if let notice { content["notice"] = notice }
        if let problem { content["problem"] = problem }
        let body = app.pages.render(
            "intake",
            content,
            frame: Pages.Frame(
                catalogue: catalogue,
                title: catalogue.text("title.intake"),
                brand: page.organisation.name,
                csrf: app.intakeToken(token)
            )
        )
        return PageResponse.html(body, status: status)
    }

    private func book(_ request: Request, context: WebContext) async throws -> Response {
        let (token, digest) = try await link(request, context: context)
        let fields = try await app.form(request)
        try app.checkForm(fields, expected: app.intakeToken(token), request: request)
        guard let start = Self.start(fields["slot"]), let mode = InterviewMode(rawValue: fields["mode"] ?? "") else {
            throw WebError.badRequest
        }
        let now = app.now()
        let useCase = self.useCase
        do {
            _ = try await app.run { try useCase.book(digest, start: start, mode: mode, at: now) }
        } catch let error as ServiceError where error.code == .invalidLink {
            try await refuse(request, context: context)
        } catch let error as ServiceError where error.code == .slotTaken || error.code == .notAllowed {
            let catalogue = try await catalogue(digest)
            return try await page(
                request,
                context: context,
                problem: catalogue.text("intake.taken"),
                status: .conflict
            )
        }
        return PageResponse.redirect("/intake/\(token)?done=booked")
    }

    private func cancel(_ request: Request, context: WebContext) async throws -> Response {
        let (token, digest) = try await link(request, context: context)
        let fields = try await app.form(request)
        try app.checkForm(fields, expected: app.intakeToken(token), request: request)
        guard fields.isChecked("confirm") else { throw WebError.badRequest }
        let now = app.now()
        let useCase = self.useCase
        do {
            _ = try await app.run { try useCase.cancel(digest, at: now) }
        } catch let error as ServiceError where error.code == .invalidLink {
            try await refuse(request, context: context)
        } catch let error as ServiceError where error.code == .unknownID {
            throw WebError.notFound
        }
        return PageResponse.redirect("/intake/\(token)")
    }

    // MARK: - Helpers

    private func catalogue(_ digest: SecretDigest) async throws -> Catalogue {
        let workspace = app.workspace
        let language = try await app.run {
            try WorkspaceAccess.read(workspace) { try $0.intakeBooking(link: digest)?.initiatorLanguage }
        }
        return Catalogue.of(Language(language ?? "fr"))
    }

    /// `2027-01-12T17:00`.
    static func start(_ text: String?) -> LocalDateTime? {
        let parts = (text ?? "").split(separator: "T")
        guard parts.count == 2, let date = GroupRoutes.date(String(parts[0])),
            let time = GroupRoutes.time(String(parts[1]))
        else { return nil }
        return date.atMinute(time.minuteOfDay)
    }

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

    private func refuse(_ request: Request, context: WebContext) async throws -> Never {
        try await app.countFailure([app.clientBucket(request, context: context)])
        throw WebError.invalidLink
    }
}

extension WebApp {
    /// The form token of an initiator's intake page.
    func intakeToken(_ token: String) -> String { Secrets.hmac("intake:\(token)", key: key) }
}
