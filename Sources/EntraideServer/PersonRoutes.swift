internal import EntraideService
import Foundation
internal import Hummingbird
internal import PlanningDomain
internal import WorkspaceStore

/// The staff's page of one registration: its data, every answer with its source, answers taken by phone, the
/// personal link (issue, send by e-mail, revoke), withdrawal.
struct PersonRoutes: Sendable {
    let app: WebApp
    let staff: StaffRoutes
    let groups: GroupRoutes

    func add(to router: Router<WebContext>) {
        let person = router.group("/staff/groups/:group/participants/:participant").add(
            middleware: StaffGuard(app: app)
        )
        person.get("") { request, context in try await page(request, context: context) }
        person.post("") { request, context in try await edit(request, context: context) }
        person.post("/answers") { request, context in try await phoneAnswers(request, context: context) }
        person.post("/withdraw") { request, context in try await withdraw(request, context: context) }
        person.post("/link") { request, context in try await issueLink(request, context: context) }
        person.post("/link/revoke") { request, context in try await revokeLink(request, context: context) }
        person.post("/link/send") { request, context in try await sendLink(request, context: context) }
    }

    private func page(
        _ request: Request,
        context: WebContext,
        problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let session = try StaffRoutes.session(context)
        let catalogue = StaffRoutes.catalogue(request)
        let (group, id) = try Self.ids(context)
        let workspace = app.workspace
        let page = try await app.run { try GroupPage(workspace: workspace).run(group) }
        guard let person = page.scenario.participant(id) else { throw WebError.notFound }
        let scenario = page.scenario
        let zone = scenario.organisation.timeZone
        let given = page.givenAnswers[id] ?? [:]
        let answers: [[String: Any]] = scenario.plannedKinds.flatMap { kind in
            scenario.candidates(of: kind).sorted { ($0.start, $0.id) < ($1.start, $1.id) }.map { slot in
                let list = given[slot.id] ?? []
                let counted = list.first
                return [
                    "id": slot.id.rawValue,
                    "sessionTitle": DateText.title(kind, catalogue),
                    "when": DateText.range(slot, catalogue),
                    "counted": counted.map { Self.word($0.availability, catalogue) }
                        ?? catalogue.text("person.noAnswer"),
                    "class": counted.map { Self.cssClass($0.availability) } ?? "no",
                    "sources": list.map { Self.source($0, zone: zone, catalogue) }.joined(separator: " · "),
                ] as [String: Any]
            }
        }
        var content: [String: Any] = [
            "group": ["id": group.rawValue, "title": scenario.group.title],
            "person": [
                "id": person.id.rawValue, "name": person.name, "email": person.email,
                "phone": page.phones[id] ?? "", "stepFree": person.needsStepFreeAccess,
            ],
            "answers": answers,
            "languages": GroupView.languages(selected: person.language, catalogue),
            "linkState": catalogue.text(
                "person.linkState",
                ["state": GroupView.linkState(page.links[id] ?? PersonalLinkState.none, zone: zone, catalogue)]
            ),
        ]
        if let problem { content["problem"] = problem }
        if let key = request.uri.queryParameters["done"].map(String.init),
            let notice = Notices.text(key, request, catalogue)
        {
            content["notice"] = notice
        }
        let body = app.pages.render(
            "person",
            content,
            frame: await staff.frame(catalogue, title: "\(person.id) – \(scenario.group.title)", session: session)
        )
        return PageResponse.html(body, status: status)
    }

    private func edit(_ request: Request, context: WebContext) async throws -> Response {
        let (fields, group) = try await groups.checkedForm(request, context: context)
        let (_, id) = try Self.ids(context)
        let form = GroupRoutes.registration(fields)
        let catalogue = StaffRoutes.catalogue(request)
        guard form.problems.isEmpty else {
            return try await page(
                request,
                context: context,
                problem: GroupRoutes.describe(form.problems, catalogue),
                status: .badRequest
            )
        }
        let workspace = app.workspace
        try await app.run { try Registrations(workspace: workspace).update(id, in: group, with: form) }
        return PageResponse.redirect(path(group, id) + "?done=personSaved&id=\(id)")
    }

    private func phoneAnswers(_ request: Request, context: WebContext) async throws -> Response {
        let (fields, group) = try await groups.checkedForm(request, context: context)
        let (_, id) = try Self.ids(context)
        let now = app.now()
        var requests: [RecordAnswer.Request] = []
        for (slot, value) in fields.withPrefix("answer-").sorted(by: { $0.key < $1.key }) where !value.isEmpty {
            guard let availability = Availability(rawValue: value), IdentifierRule.isValid(slot) else {
                throw WebError.badRequest
            }
            requests.append(
                RecordAnswer.Request(
                    group: group,
                    participant: id,
                    slot: CandidateSlot.ID(slot),
                    availability: availability,
                    channel: "phone",
                    at: now
                )
            )
        }
        guard !requests.isEmpty else { return PageResponse.redirect(path(group, id) + "?done=noAnswerChosen") }
        let workspace = app.workspace
        let all = requests
        _ = try await app.run { try RecordAnswer(workspace: workspace).run(all: all) }
        return PageResponse.redirect(path(group, id) + "?done=answersRecorded&count=\(requests.count)#answers")
    }

    private func withdraw(_ request: Request, context: WebContext) async throws -> Response {
        let (fields, group) = try await groups.checkedForm(request, context: context)
        let (_, id) = try Self.ids(context)
        guard fields.isChecked("confirm") else { throw WebError.badRequest }
        let workspace = app.workspace
        let now = app.now()
        try await app.run { try Registrations(workspace: workspace).withdraw(id, in: group, at: now) }
        return PageResponse.redirect("/staff/groups/\(group)?done=personWithdrawn&id=\(id)#registrations")
    }

    private func issueLink(_ request: Request, context: WebContext) async throws -> Response {
        let session = try StaffRoutes.session(context)
        let (_, group) = try await groups.checkedForm(request, context: context)
        let (_, id) = try Self.ids(context)
        let token = Secrets.newToken()
        let digest = Secrets.digest(of: token)
        let workspace = app.workspace
        let now = app.now()
        try await app.run { try PersonalLinks(workspace: workspace).issue(digest, for: id, in: group, at: now) }
        let catalogue = StaffRoutes.catalogue(request)
        let page = try await app.run { try GroupPage(workspace: workspace).run(group) }
        let name = page.scenario.participant(id)?.name ?? ""
        let body = app.pages.render(
            "link",
            [
                "group": ["id": group.rawValue], "person": ["id": id.rawValue, "name": name],
                "url": app.configuration.publicBase + "/p/" + token,
                "linkLabel": catalogue.text("linkIssued.label", ["id": id.rawValue]),
            ],
            frame: await staff.frame(catalogue, title: catalogue.text("title.linkIssued"), session: session)
        )
        return PageResponse.html(body)
    }

    private func revokeLink(_ request: Request, context: WebContext) async throws -> Response {
        let (_, group) = try await groups.checkedForm(request, context: context)
        let (_, id) = try Self.ids(context)
        let workspace = app.workspace
        let now = app.now()
        let revoked = try await app.run { try PersonalLinks(workspace: workspace).revoke(for: id, in: group, at: now) }
        return PageResponse.redirect(path(group, id) + "?done=\(revoked ? "linkRevoked" : "noLinkToRevoke")#link")
    }

    private func sendLink(_ request: Request, context: WebContext) async throws -> Response {
        let (_, group) = try await groups.checkedForm(request, context: context)
        let (_, id) = try Self.ids(context)
        let workspace = app.workspace
        let now = app.now()
        _ = try await app.run { try PersonalLinks(workspace: workspace).queueMail(to: id, in: group, at: now) }
        return PageResponse.redirect(path(group, id) + "?done=linkQueued#link")
    }

    // MARK: - Helpers

    private func path(_ group: Group.ID, _ id: Participant.ID) -> String {
        "/staff/groups/\(group)/participants/\(id)"
    }

    static func ids(_ context: WebContext) throws -> (Group.ID, Participant.ID) {
        guard let raw = context.parameters.get("participant"), IdentifierRule.isValid(raw) else {
            throw WebError.notFound
        }
        return (try GroupRoutes.groupID(context), Participant.ID(raw))
    }

    static func word(_ availability: Availability, _ catalogue: Catalogue) -> String {
        switch availability {
        case .yes: catalogue.text("answer.yes")
        case .ifNeedBe: catalogue.text("answer.ifNeedBe")
        case .no: catalogue.text("answer.no")
        }
    }

    static func cssClass(_ availability: Availability) -> String {
        switch availability {
        case .yes: "yes"
        case .ifNeedBe: "maybe"
        case .no: "no"
        }
    }

    /// « Oui (par téléphone, 25 novembre 2026, 9 h) ».
    static func source(_ answer: GivenAnswer, zone: String, _ catalogue: Catalogue) -> String {
        let origin = answer.origin
        let source: String
        switch origin.kind {
        case .recorded:
            let key = "source.recorded.\(origin.detail)"
            let known = catalogue.text(key)
            source = known == key ? catalogue.text("source.recordedOther", ["detail": origin.detail]) : known
        case .scenario: source = catalogue.text("source.scenario")
        case .poll: source = catalogue.text("source.poll", ["detail": origin.detail])
        case .derived: source = catalogue.text("source.derived")
        }
        let word = word(answer.availability, catalogue)
        guard answer.givenAt != .earliest else {
            return catalogue.text("source.lineUnknownTime", ["answer": word, "source": source])
        }
        return catalogue.text(
            "source.line",
            ["answer": word, "source": source, "time": DateText.instant(answer.givenAt, zone: zone, catalogue)]
        )
    }
}
