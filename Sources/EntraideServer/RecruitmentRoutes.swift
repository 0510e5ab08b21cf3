internal import EntraideService
import Foundation
internal import Hummingbird
internal import OutputFiles
internal import PlanDocuments
internal import PlanningDomain
internal import PlanningInput
internal import Promotion
internal import Recruitment
internal import WorkspaceStore

/// Staff's recruitment view of a group: the state, the counts against the quorum and the maximum, the chart of
/// registrations over time, the sources, the information dates, the public page's address, the flyer, and
/// the entry of registrations taken by phone or by mail (with their source and the person's consent).
struct RecruitmentRoutes: Sendable {
    let app: WebApp
    let staff: StaffRoutes
    let groups: GroupRoutes

    func add(to router: Router<WebContext>) {
        let group = router.group("/staff/groups/:group").add(middleware: StaffGuard(app: app))
        group.get("/recruitment") { request, context in try await page(request, context: context) }
        group.post("/recruitment") { request, context in try await register(request, context: context) }
        group.get("/recruitment.svg") { request, context in try await chart(request, context: context) }
        group.get("/flyer.pdf") { request, context in try await flyer(request, context: context) }
    }

    private func status(_ group: Group.ID) async throws -> RecruitmentStatus.Outcome {
        let workspace = app.workspace
        let now = app.now()
        return try await app.run { try RecruitmentStatus(workspace: workspace).run(group: group, at: now) }
    }

    private func page(
        _ request: Request,
        context: WebContext,
        notice: String? = nil,
        problem: String? = nil,
        status code: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let session = try StaffRoutes.session(context)
        let catalogue = StaffRoutes.catalogue(request)
        let group = try GroupRoutes.groupID(context)
        let status = try await status(group)
        let figures = status.figures
        let wording = Wording(catalogue.language)
        let state = catalogue.text("recruitment.state.\(figures.state.rawValue)")
        /// « Flyer : 1 », "Flyer: 1": a label and its value with the language's colon.
        func pair(_ label: String, _ value: String) -> String {
            catalogue.text("recruitment.pair", ["label": label, "value": value])
        }
        var content: [String: Any] = [
            "group": ["id": group.rawValue, "title": status.group.title],
            "state": catalogue.text("recruitment.state", ["state": state]),
            "counts": catalogue.text(
                "recruitment.counts",
                [
                    "registered": String(figures.members.count), "quorum": String(figures.quorum),
                    "maximum": String(figures.maximumSize), "waiting": String(figures.waitingList.count),
                ]
            ),
            "caption": pair(
                catalogue.text("recruitment.chartAlt"),
                figures.timeline.map { pair(wording.date($0.date), String($0.count)) }.joined(separator: " ; ")
            ),
            "sources": figures.sources.filter { $0.count > 0 }.map {
                pair(catalogue.text("register.source.\($0.source.rawValue)"), String($0.count))
            },
            "dates": figures.informationDates.map {
                pair(
                    "\(wording.date($0.start.date)), \(wording.time($0.start.time))",
                    catalogue.text("recruitment.canCome", ["count": String($0.canCome)])
                )
            },
            "publicPage": PublicRoutes.address(of: group, app: app),
            "languages": GroupView.languages(selected: catalogue.language, catalogue),
            "staffSources": GroupRoutes.staffSourceChoices(selected: .phone, catalogue),
        ]
        if let notice { content["notice"] = notice }
        if let problem { content["problem"] = problem }
        let body = app.pages.render(
            "recruitment",
            content,
            frame: await staff.frame(
                catalogue,
                title: catalogue.text("title.recruitment", ["group": status.group.title]),
                session: session
            )
        )
        return PageResponse.html(body, status: code)
    }

    private func register(_ request: Request, context: WebContext) async throws -> Response {
        let (fields, group) = try await groups.checkedForm(request, context: context)
        let catalogue = StaffRoutes.catalogue(request)
        let registration = Register.Request(
            form: GroupRoutes.registration(fields),
            source: GroupRoutes.staffSource(fields),
            hasConsent: fields.isChecked("consent")
        )
        guard registration.hasConsent else {
            return try await page(
                request,
                context: context,
                problem: catalogue.text("register.missingConsent"),
                status: .unprocessableContent
            )
        }
        let problems = Register.problems(of: registration)
        guard problems.isEmpty else {
            return try await page(
                request,
                context: context,
                problem: GroupRoutes.describe(problems, catalogue),
                status: .unprocessableContent
            )
        }
        let workspace = app.workspace
        let now = app.now()
        let outcome = try await app.run { try Register(workspace: workspace).run(registration, group: group, at: now) }
        let id = outcome.participant.rawValue
        var notice =
            outcome.waitingRank.map {
                catalogue.text("recruitment.addedWaiting", ["id": id, "rank": String($0)])
            } ?? catalogue.text("recruitment.added", ["id": id])
        if !outcome.nextGroups.isEmpty {
            let groups = outcome.nextGroups.map { "\($0.title) (\($0.group))" }.joined(separator: ", ")
            notice += " " + catalogue.text("recruitment.nextGroups", ["groups": groups])
        }
        return try await page(request, context: context, notice: notice)
    }

    private func chart(_ request: Request, context: WebContext) async throws -> Response {
        let group = try GroupRoutes.groupID(context)
        let status = try await status(group)
        let svg = status.chartSVG(at: app.now(), language: StaffRoutes.catalogue(request).language)
        var headers = HTTPFields()
        headers[.contentType] = "image/svg+xml; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: svg)))
    }

    private func flyer(_ request: Request, context: WebContext) async throws -> Response {
        let group = try GroupRoutes.groupID(context)
        let workspace = app.workspace
        let address = PublicRoutes.address(of: group, app: app)
        let now = app.now()
        let secure = app.configuration.isSecure
        let outcome = try await app.run {
            try WriteFlyer(source: ScenarioSource(files: DiskFiles())).run(
                WriteFlyer.Request(
                    source: .published(group, in: workspace),
                    sizes: [.a4],
                    registrationAddress: secure ? address : nil,
                    now: now
                )
            )
        }
        guard let pdf = outcome.bundle[BundlePath(fixed: "flyer-a4.pdf")] else { throw WebError.notFound }
        return PageResponse.file(pdf, type: "application/pdf", name: "flyer-\(group.rawValue).pdf")
    }
}
