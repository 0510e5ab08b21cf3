internal import EntraideService
internal import Hummingbird
internal import Phrasebook
internal import PlanningDomain
internal import WorkspaceStore

/// The delivery state of every message (invitations and link e-mails), sending what waits, and sending one
/// again.
struct OutboxRoutes: Sendable {
    let app: WebApp
    let staff: StaffRoutes

    func add(to router: Router<WebContext>) {
        let outbox = router.group("/staff").add(middleware: StaffGuard(app: app))
        outbox.get("/outbox") { request, context in try await page(request, context: context, group: nil) }
        outbox.get("/groups/:group/messages") { request, context in
            try await page(request, context: context, group: try GroupRoutes.groupID(context))
        }
        outbox.post("/outbox/send") { request, context in try await send(request, context: context) }
        outbox.post("/outbox/:id/resend") { request, context in
            try await resend(request, context: context, queue: .invitations)
        }
        outbox.post("/outbox/links/:id/resend") { request, context in
            try await resend(request, context: context, queue: .links)
        }
        outbox.post("/outbox/recruitment/:id/resend") { request, context in
            try await resend(request, context: context, queue: .recruitment)
        }
    }

    private func page(
        _ request: Request,
        context: WebContext,
        group: Group.ID?,
        problem: String? = nil
    ) async throws -> Response {
        let session = try StaffRoutes.session(context)
        let catalogue = StaffRoutes.catalogue(request)
        let workspace = app.workspace
        let (invitations, links, recruitment, title, zone) = try await app.run {
            try WorkspaceAccess.read(workspace) { reader in
                let title = try group.flatMap { try reader.scenario(of: $0)?.group.title }
                return (
                    try reader.outbox(group: group, states: nil),
                    try reader.linkMessages(group: group, states: nil),
                    try reader.recruitmentMessages().filter { group == nil || $0.group == group },
                    title,
                    try reader.centre()?.organisation.timeZone ?? "Europe/Zurich"
                )
            }
        }
        if group != nil, title == nil { throw WebError.notFound }
        let back = group.map { "/staff/groups/\($0)/messages" } ?? "/staff/outbox"
        let pending =
            invitations.count { $0.state.kind == .pending || $0.state.kind == .failed }
            + links.count { $0.state.kind == .pending || $0.state.kind == .failed }
            + recruitment.count { $0.delivery.kind == .pending || $0.delivery.kind == .failed }
        var content: [String: Any] = [
            "heading": title.map { catalogue.text("outbox.headingGroup", ["group": $0]) }
                ?? catalogue.text("outbox.heading"),
            "canSend": app.configuration.mailTransport != nil,
            "pendingSummary": catalogue.text("outbox.pending", ["count": String(pending)]),
            "back": back,
            "invitations": invitations.map { entry -> [String: Any] in
                [
                    "id": entry.id.description,
                    "recipient": entry.recipient.participant != nil
                        ? entry.recipient.rawID : catalogue.text("publish.facilitator", ["id": entry.recipient.rawID]),
                    "session": DateText.title(entry.subject, catalogue),
                    "kind": catalogue.text(entry.method == .cancel ? "publish.cancel" : "publish.request"),
                    "state": entry.isErased ? "—" : Self.state(entry.state, zone: zone, catalogue),
                    "canResend": !entry.isErased && [.failed, .uncertain, .sent].contains(entry.state.kind),
                    "back": back,
                ]
            },
            "hasInvitations": !invitations.isEmpty,
            "links": links.map { entry -> [String: Any] in
                [
                    "id": entry.id.description,
                    "recipient": entry.participant.rawValue,
                    "state": Self.state(entry.state, zone: zone, catalogue),
                    "canResend": [.failed, .uncertain, .sent].contains(entry.state.kind),
                    "back": back,
                ]
            },
            "hasLinks": !links.isEmpty,
            "recruitment": recruitment.map { message -> [String: Any] in
                [
                    "id": String(message.id),
                    "recipient": Self.recipient(message, catalogue),
                    "kind": catalogue.text("outbox.recruitment.\(message.kind.rawValue)"),
                    "state": Self.state(message.delivery, zone: zone, catalogue),
                    "canResend": message.mail != nil && [.failed, .uncertain, .sent].contains(message.delivery.kind),
                    "back": back,
                ]
            },
            "hasRecruitment": !recruitment.isEmpty,
        ]
        if let group, let title { content["group"] = ["id": group.rawValue, "title": title] }
        if let problem { content["problem"] = problem }
        if let key = request.uri.queryParameters["done"].map(String.init),
            let notice = Notices.text(key, request, catalogue)
        {
            content["notice"] = notice
        }
        let body = app.pages.render(
            "outbox",
            content,
            frame: await staff.frame(catalogue, title: catalogue.text("title.outbox"), session: session)
        )
        return PageResponse.html(body)
    }

    private func send(_ request: Request, context: WebContext) async throws -> Response {
        let session = try StaffRoutes.session(context)
        let fields = try await app.form(request)
        try app.checkForm(fields, expected: app.staffToken(session), request: request)
        let back = Self.back(fields)
        guard let transport = app.configuration.mailTransport else { throw WebError.badRequest }
        let workspace = app.workspace
        let now = app.now()
        let maker = LinkWords(base: app.configuration.publicBase)
        let catalogue = StaffRoutes.catalogue(request)
        do {
            let outcome = try await app.run {
                try SendQueues(workspace: workspace, transport: transport, linkMaker: maker).run(now: now)
            }
            if let failed = outcome.invitations.failed {
                let reason: String
                if case .failed(let text, _) = failed.state {
                    reason = Self.reason(text, catalogue)
                } else {
                    reason = ""
                }
                return try await failure(
                    request,
                    context,
                    back,
                    catalogue.text("problem.sendFailed", ["id": failed.id.description, "reason": reason])
                )
            }
            if let links = outcome.links, let failed = links.failed {
                return try await failure(
                    request,
                    context,
                    back,
                    catalogue.text(
                        "problem.sendFailed",
                        ["id": "L\(failed)", "reason": links.failure?.text(in: catalogue.language) ?? ""]
                    )
                )
            }
            if let failed = outcome.recruitment?.failed {
                let reason: String
                if case .failed(let text, _) = failed.delivery {
                    reason = Self.reason(text, catalogue)
                } else {
                    reason = ""
                }
                return try await failure(
                    request,
                    context,
                    back,
                    catalogue.text("problem.sendFailed", ["id": "R\(failed.id)", "reason": reason])
                )
            }
            return PageResponse.redirect(back + "?done=sent&count=\(outcome.sentCount)")
        } catch let error as ServiceError {
            return try await failure(
                request,
                context,
                back,
                catalogue.text("problem.send", ["reason": error.message(in: catalogue.language)])
            )
        }
    }

    private func failure(
        _ request: Request,
        _ context: WebContext,
        _ back: String,
        _ problem: String
    ) async throws
        -> Response
    {
        let group =
            back.hasPrefix("/staff/groups/")
            ? back.split(separator: "/").dropFirst(2).first.map { Group.ID(String($0)) } : nil
        return try await page(request, context: context, group: group, problem: problem)
    }

    /// The queue a resend button belongs to.
    private enum Queue { case invitations, links, recruitment }

    private func resend(_ request: Request, context: WebContext, queue: Queue) async throws -> Response {
        let session = try StaffRoutes.session(context)
        let fields = try await app.form(request)
        try app.checkForm(fields, expected: app.staffToken(session), request: request)
        guard let number = context.parameters.get("id").flatMap({ Int($0) }) else { throw WebError.notFound }
        let workspace = app.workspace
        let prefix: String
        switch queue {
        case .invitations:
            try await app.run { try SendOutbox.requeue([OutboxMessage.ID(number)], in: workspace) }
            prefix = ""
        case .links:
            try await app.run { try SendLinkMessages.requeue(LinkMessageEntry.ID(number), in: workspace) }
            prefix = "L"
        case .recruitment:
            try await app.run { try SendRecruitmentMessages.requeue(number, in: workspace) }
            prefix = "R"
        }
        return PageResponse.redirect(Self.back(fields) + "?done=requeued&id=\(prefix)\(number)")
    }

    /// Who a message of recruitment goes to, by role and id: « Personne qui ouvre un groupe (entretien i1) ».
    static func recipient(_ message: RecruitmentMessage, _ catalogue: Catalogue) -> String {
        switch message.recipient {
        case .initiator: catalogue.text("outbox.recruitment.initiator", ["interview": message.interview ?? "-"])
        case .staff(let id): catalogue.text("publish.facilitator", ["id": id.rawValue])
        }
    }

    /// Why a delivery failed, as the outbox keeps it, in the page's language (the server's own words as they are).
    static func reason(_ stored: String, _ catalogue: Catalogue) -> String {
        DeliveryWording.reason(stored).text(in: catalogue.language)
    }

    /// Where to go back after an action: a staff page of this server only.
    static func back(_ fields: FormFields) -> String {
        let back = fields["back"] ?? ""
        let isSafe =
            back.hasPrefix("/staff/")
            && back.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/-_.".contains($0)) }
        return isSafe ? back : "/staff/outbox"
    }

    /// « envoyé le 25 novembre 2026, 9 h ».
    static func state(_ state: DeliveryState, zone: String, _ catalogue: Catalogue) -> String {
        switch state {
        case .pending: catalogue.text("state.pending")
        case .sending: catalogue.text("state.sending")
        case .uncertain: catalogue.text("state.uncertain")
        case .sent(_, let at): catalogue.text("state.sent", ["time": DateText.instant(at, zone: zone, catalogue)])
        case .failed(let reason, let at):
            catalogue.text(
                "state.failed",
                ["time": DateText.instant(at, zone: zone, catalogue), "reason": Self.reason(reason, catalogue)]
            )
        }
    }
}
