internal import EntraideService
internal import Hummingbird
internal import PlanDocuments
internal import PlanningDomain
internal import Publication
internal import WorkspaceStore

/// The live plan of a group and publishing it: the preview of what goes to whom, then the publication through
/// the outbox.
struct PlanRoutes: Sendable {
    let app: WebApp
    let staff: StaffRoutes
    let groups: GroupRoutes

    func add(to router: Router<WebContext>) {
        let group = router.group("/staff/groups/:group").add(middleware: StaffGuard(app: app))
        group.get("/plan") { request, context in try await plan(request, context: context) }
        group.get("/publish") { request, context in try await preview(request, context: context) }
        group.post("/publish") { request, context in try await publish(request, context: context) }
    }

    private func plan(_ request: Request, context: WebContext) async throws -> Response {
        let session = try StaffRoutes.session(context)
        let catalogue = StaffRoutes.catalogue(request)
        let group = try GroupRoutes.groupID(context)
        let workspace = app.workspace
        let view = try await app.run { try LiveGrid(workspace: workspace).run(group) }
        let zone = view.scenario.organisation.timeZone
        var counts: [String: Int] = [:]
        for (origin, count) in view.sources {
            let key: String
            switch origin.kind {
            case .recorded:
                let named = catalogue.text("source.recorded.\(origin.detail)")
                key =
                    named.hasPrefix("source.")
                    ? catalogue.text("source.recordedOther", ["detail": origin.detail]) : named
            case .scenario: key = catalogue.text("source.scenario")
            case .poll: key = catalogue.text("source.poll", ["detail": origin.detail])
            case .derived: key = catalogue.text("source.derived")
            }
            counts[key, default: 0] += count
        }
        let sources = counts.sorted { $0.key < $1.key }.map {
            catalogue.text("plan.sourceLine", ["source": $0.key, "count": String($0.value)])
        }
        let body = app.pages.render(
            "plan",
            [
                "group": ["id": group.rawValue, "title": view.scenario.group.title],
                "report": ReportEmbedding.body(of: view.reportHTML),
                "explanation": view.explanation,
                "sources": sources,
                "asOf": catalogue.text("plan.asOf", ["time": DateText.instant(app.now(), zone: zone, catalogue)]),
            ],
            frame: await staff.frame(
                catalogue,
                title: catalogue.text("title.plan", ["group": view.scenario.group.title]),
                session: session,
                hasReport: true
            )
        )
        return PageResponse.html(body)
    }

    private func preview(
        _ request: Request,
        context: WebContext,
        problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let session = try StaffRoutes.session(context)
        let catalogue = StaffRoutes.catalogue(request)
        let group = try GroupRoutes.groupID(context)
        let workspace = app.workspace
        let now = app.now()
        let title = try await app.run { try GroupPage(workspace: workspace).run(group).scenario.group.title }
        var content: [String: Any] = ["group": ["id": group.rawValue, "title": title]]
        if let problem { content["problem"] = problem }
        do {
            let preview = try await app.run {
                try PublishPreview(workspace: workspace).run(PublishGroup.Request(group: group, now: now))
            }
            content["canPublish"] = !preview.lines.isEmpty
            content["nothing"] = preview.lines.isEmpty
            content["fingerprint"] = preview.fingerprint
            content["summary"] = catalogue.text("publish.summary", ["count": String(preview.lines.count)])
            content["causes"] = preview.causes.sorted { $0.key < $1.key }.map(\.value)
            content["hasCauses"] = !preview.causes.isEmpty
            content["lines"] = preview.lines.map { line -> [String: Any] in
                [
                    "recipient": line.recipient.participant != nil
                        ? line.recipient.rawID : catalogue.text("publish.facilitator", ["id": line.recipient.rawID]),
                    "language": catalogue.text("language.\(line.language.code)"),
                    "session": DateText.title(line.session, catalogue),
                    "kind": catalogue.text(line.isCancel ? "publish.cancel" : "publish.request"),
                    "reason": catalogue.text("reason.\(line.reason.rawValue)"),
                ]
            }
        } catch let error as ServiceError where error.code == .infeasible {
            content["problem"] = catalogue.text("problem.infeasible")
            content["problemDetails"] = error.message(in: catalogue.language)
        }
        let body = app.pages.render(
            "publish",
            content,
            frame: await staff.frame(
                catalogue,
                title: catalogue.text("title.publish", ["group": title]),
                session: session
            )
        )
        return PageResponse.html(body, status: status)
    }

    private func publish(_ request: Request, context: WebContext) async throws -> Response {
        let (fields, group) = try await groups.checkedForm(request, context: context)
        guard let fingerprint = fields["preview"], !fingerprint.isEmpty else { throw WebError.badRequest }
        let workspace = app.workspace
        let now = app.now()
        let catalogue = StaffRoutes.catalogue(request)
        do {
            let outcome = try await app.run {
                try PublishGroup(workspace: workspace).run(
                    PublishGroup.Request(group: group, now: now, expectedPreview: fingerprint)
                )
            }
            guard let run = outcome.run else {
                return PageResponse.redirect("/staff/groups/\(group)/messages?done=nothingPublished")
            }
            return PageResponse.redirect(
                "/staff/groups/\(group)/messages?done=published&run=\(run.number.rawValue)&count=\(outcome.messages.count)"
            )
        } catch let error as ServiceError where error.code == .previewOutdated {
            return try await preview(
                request,
                context: context,
                problem: catalogue.text("problem.previewOutdated"),
                status: .conflict
            )
        }
    }
}
