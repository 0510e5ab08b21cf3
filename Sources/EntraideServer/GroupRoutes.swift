internal import EntraideService
import Foundation
internal import Hummingbird
internal import PlanningDomain
internal import PlanningInput
internal import WorkspaceStore

/// The staff's page of one group: registrations, candidate dates, the participants' page settings, uploads.
struct GroupRoutes: Sendable {
    let app: WebApp
    let staff: StaffRoutes

    func add(to router: Router<WebContext>) {
        let group = router.group("/staff/groups/:group").add(middleware: StaffGuard(app: app))
        group.get("") { request, context in try await page(request, context: context) }
        group.post("/participants") { request, context in try await addPerson(request, context: context) }
        group.post("/candidates") { request, context in try await addDates(request, context: context, window: false) }
        group.post("/candidates/window") { request, context in
            try await addDates(request, context: context, window: true)
        }
        group.post("/settings") { request, context in try await settings(request, context: context) }
        group.post("/import") { request, context in try await upload(request, context: context) }
    }

    // MARK: - The page

    /// What a group page shows besides its content: a notice, a problem and its located details.
    struct Feedback {
        var notice: String?
        var problem: String?
        var details: String?
        var status: HTTPResponse.Status = .ok
    }

    func page(_ request: Request, context: WebContext, feedback: Feedback? = nil) async throws -> Response {
        let session = try StaffRoutes.session(context)
        let catalogue = StaffRoutes.catalogue(request)
        let id = try Self.groupID(context)
        let workspace = app.workspace
        let page = try await app.run { try GroupPage(workspace: workspace).run(id) }
        var feedback = feedback ?? Feedback()
        if feedback.notice == nil, let key = request.uri.queryParameters["done"].map(String.init) {
            feedback.notice = Notices.text(key, request, catalogue)
        }
        let body = app.pages.render(
            "group",
            GroupView.content(page, catalogue: catalogue, feedback: feedback),
            frame: await staff.frame(catalogue, title: page.scenario.group.title, session: session)
        )
        return PageResponse.html(body, status: feedback.status)
    }

    // MARK: - Actions

    /// A registration staff took (by phone, by mail, in person): through `Register`, as every registration, with
    /// its source and the person's consent.
    private func addPerson(_ request: Request, context: WebContext) async throws -> Response {
        let (fields, group) = try await checkedForm(request, context: context)
        let catalogue = StaffRoutes.catalogue(request)
        let registration = Register.Request(
            form: Self.registration(fields),
            source: Self.staffSource(fields),
            hasConsent: fields.isChecked("consent")
        )
        let problems = Register.problems(of: registration)
        guard problems.isEmpty else {
            return try await page(
                request,
                context: context,
                feedback: Feedback(problem: Self.describe(problems, catalogue), status: .badRequest)
            )
        }
        guard registration.hasConsent else {
            return try await page(
                request,
                context: context,
                feedback: Feedback(problem: catalogue.text("register.missingConsent"), status: .badRequest)
            )
        }
        let workspace = app.workspace
        let now = app.now()
        let outcome = try await app.run { try Register(workspace: workspace).run(registration, group: group, at: now) }
        let id = outcome.participant
        guard let rank = outcome.waitingRank else {
            return PageResponse.redirect("/staff/groups/\(group)?done=personAdded&id=\(id)#registrations")
        }
        return PageResponse.redirect("/staff/groups/\(group)?done=personWaiting&id=\(id)&rank=\(rank)#registrations")
    }

    private func addDates(_ request: Request, context: WebContext, window: Bool) async throws -> Response {
        let (fields, group) = try await checkedForm(request, context: context)
        let catalogue = StaffRoutes.catalogue(request)
        guard let proposal = Self.proposal(fields, window: window) else {
            let text = catalogue.text(
                "problem.datesIntro",
                ["problems": catalogue.text("problem.dates.form")]
            )
            return try await page(request, context: context, feedback: Feedback(problem: text, status: .badRequest))
        }
        let workspace = app.workspace
        let checked = try await app.run {
            try WorkspaceAccess.read(workspace) { reader in
                try reader.scenario(of: group).map { AddCandidates.candidates(of: proposal, in: $0) }
            }
        }
        guard let checked else { throw WebError.notFound }
        guard checked.problems.isEmpty else {
            let text = catalogue.text(
                "problem.datesIntro",
                ["problems": checked.problems.map { Self.describe($0, catalogue) }.joined(separator: ", ")]
            )
            return try await page(request, context: context, feedback: Feedback(problem: text, status: .badRequest))
        }
        let outcome = try await app.run { try AddCandidates(workspace: workspace).run(proposal, to: group) }
        return PageResponse.redirect(
            "/staff/groups/\(group)?done=datesAdded&count=\(outcome.added.count)&skipped=\(outcome.alreadyThere)#dates"
        )
    }

    private func settings(_ request: Request, context: WebContext) async throws -> Response {
        let (fields, group) = try await checkedForm(request, context: context)
        let settings = PollSettings(
            isOpen: fields.isChecked("open"),
            showsTitle: fields.isChecked("title"),
            showsCounts: fields.isChecked("counts")
        )
        let workspace = app.workspace
        try await app.run { try GroupPage(workspace: workspace).change(settings, of: group) }
        return PageResponse.redirect("/staff/groups/\(group)?done=settingsSaved#page-settings")
    }

    private func upload(_ request: Request, context: WebContext) async throws -> Response {
        let session = try StaffRoutes.session(context)
        let group = try Self.groupID(context)
        let buffer = try await request.body.collect(upTo: WebLimits.uploadBytes)
        let form: MultipartForm
        do {
            form = try MultipartForm(
                Array(buffer.readableBytesView),
                contentType: request.headers[.contentType] ?? ""
            )
        } catch {
            throw WebError.badRequest
        }
        try app.checkForm(form.fields, expected: app.staffToken(session), request: request)
        guard let file = form.file, !file.bytes.isEmpty else { throw WebError.badRequest }
        let catalogue = StaffRoutes.catalogue(request)
        // The name shown in located errors and kept as the poll's origin: the file's own, made safe.
        let name = Self.safeFileName(file.name)
        let kind: ImportUpload.Kind =
            (form.fields["owner"] ?? "").isEmpty ? .poll : .calendar(Participant.ID(form.fields["owner"] ?? ""))
        let workspace = app.workspace
        let now = app.now()
        do {
            let outcome = try await app.run {
                try ImportUpload(files: MemoryFiles([name: file.bytes]), workspace: workspace)
                    .run(name, as: kind, in: group, now: now)
            }
            var notice = catalogue.text(
                "notice.uploaded",
                ["answers": String(outcome.answers), "changes": String(outcome.changes)]
            )
            if !outcome.unmatchedColumns.isEmpty {
                notice +=
                    " "
                    + catalogue.text(
                        "notice.unmatched",
                        ["columns": outcome.unmatchedColumns.joined(separator: ", ")]
                    )
            }
            return try await page(request, context: context, feedback: Feedback(notice: notice))
        } catch let error as ServiceError where error.code == .invalidInput || error.code == .unknownID {
            return try await page(
                request,
                context: context,
                feedback: Feedback(
                    problem: catalogue.text("problem.upload"),
                    details: error.message(in: catalogue.language),
                    status: .unprocessableContent
                )
            )
        }
    }

    // MARK: - Reading forms

    /// The form's fields, checked (token, origin), and the group of the path.
    func checkedForm(_ request: Request, context: WebContext) async throws -> (FormFields, Group.ID) {
        let session = try StaffRoutes.session(context)
        let fields = try await app.form(request)
        try app.checkForm(fields, expected: app.staffToken(session), request: request)
        return (fields, try Self.groupID(context))
    }

    /// The group id of the path (an id by the id rule, else no such page).
    static func groupID(_ context: WebContext) throws -> Group.ID {
        guard let raw = context.parameters.get("group"), IdentifierRule.isValid(raw) else { throw WebError.notFound }
        return Group.ID(raw)
    }

    static func registration(_ fields: FormFields) -> Registrations.Form {
        Registrations.Form(
            name: fields["name"] ?? "",
            email: fields["email"] ?? "",
            phone: fields["phone"] ?? "",
            language: fields["language"] ?? "fr",
            needsStepFreeAccess: fields.isChecked("stepFree")
        )
    }

    /// The sources staff may give a registration they took; staff's own entry when the form names none.
    static let staffSources: [RegistrationSource] = [
        .staff, .phone, .mail, .flyer, .partner, .socialMedia, .press, .other,
    ]

    /// The source the staff form names, `staff` when it names none of ``staffSources``.
    static func staffSource(_ fields: FormFields) -> RegistrationSource {
        RegistrationSource(rawValue: fields["source"] ?? "").flatMap { staffSources.contains($0) ? $0 : nil } ?? .staff
    }

    /// The choices of a staff form's source field, `selected` first chosen.
    static func staffSourceChoices(selected: RegistrationSource, _ catalogue: Catalogue) -> [[String: Any]] {
        staffSources.map {
            ["code": $0.rawValue, "name": catalogue.text("register.source.\($0.rawValue)"), "selected": $0 == selected]
        }
    }

    static func describe(_ problems: [Registrations.Field: Registrations.Problem], _ catalogue: Catalogue) -> String {
        let fields = Registrations.Field.allCases.filter { problems[$0] != nil }
            .map { catalogue.text("problem.field.\($0.rawValue)") }
        return catalogue.text("problem.registration", ["fields": fields.joined(separator: ", ")])
    }

    static func describe(_ problem: AddCandidates.Problem, _ catalogue: Catalogue) -> String {
        switch problem {
        case .sessionNotPlanned: catalogue.text("problem.dates.sessionNotPlanned")
        case .unknownVenue: catalogue.text("problem.dates.unknownVenue")
        case .unknownFacilitator: catalogue.text("problem.dates.unknownFacilitator")
        case .periodReversed: catalogue.text("problem.dates.periodReversed")
        case .periodTooLong:
            catalogue.text("problem.dates.periodTooLong", ["days": String(AddCandidates.longestWindow)])
        case .noStart: catalogue.text("problem.dates.noStart")
        case .endsNextDay: catalogue.text("problem.dates.endsNextDay")
        case .invalidDuration: catalogue.text("problem.dates.invalidDuration")
        case .tooMany(let count):
            catalogue.text(
                "problem.dates.tooMany",
                ["count": String(count), "maximum": String(AddCandidates.largestWindow)]
            )
        case .nothingNew: catalogue.text("problem.dates.nothingNew")
        }
    }

    /// The proposal a date form describes, or `nil` when a date, time or number cannot be read.
    static func proposal(_ fields: FormFields, window: Bool) -> AddCandidates.Proposal? {
        guard let kind = SessionKind(rawValue: fields["kind"] ?? ""),
            let venue = fields["venue"], IdentifierRule.isValid(venue),
            let facilitator = fields["facilitator"], IdentifierRule.isValid(facilitator)
        else { return nil }
        var duration: Int?
        if let text = fields["duration"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            guard let value = Int(text) else { return nil }
            duration = value
        }
        if window {
            guard let from = date(fields["from"]), let to = date(fields["to"]) else { return nil }
            let weekdays = Set(fields.all("weekday").compactMap(Int.init).filter { (1...7).contains($0) })
            let starts = (fields["starts"] ?? "").split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" })
                .map { time(String($0)) }
            guard !starts.contains(where: { $0 == nil }) else { return nil }
            return AddCandidates.Proposal(
                kind: kind,
                from: from,
                to: to,
                weekdays: weekdays.isEmpty ? Set(1...7) : weekdays,
                starts: starts.compactMap { $0 },
                durationMinutes: duration,
                venue: Venue.ID(venue),
                facilitator: Facilitator.ID(facilitator)
            )
        }
        guard let day = date(fields["date"]), let start = time(fields["start"]) else { return nil }
        return AddCandidates.Proposal(
            kind: kind,
            from: day,
            to: day,
            starts: [start],
            durationMinutes: duration,
            venue: Venue.ID(venue),
            facilitator: Facilitator.ID(facilitator)
        )
    }

    /// `2027-01-12`.
    static func date(_ text: String?) -> LocalDate? {
        let parts = (text ?? "").split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return LocalDate(year: parts[0], month: parts[1], day: parts[2])
    }

    /// `18:30` (seconds, when a browser adds them, are ignored).
    static func time(_ text: String?) -> LocalTime? {
        let parts = (text ?? "").split(separator: ":").compactMap { Int($0) }
        guard parts.count >= 2 else { return nil }
        return LocalTime(hour: parts[0], minute: parts[1])
    }

    /// A file name as shown in errors and kept as a poll's origin: letters, digits, `.`, `-`, `_` (a space
    /// becomes `_`), not starting with a dot, at most 64 characters.
    static func safeFileName(_ name: String) -> String {
        let kept = name.map { character -> String in
            if character == " " { return "_" }
            let isAllowed = character.isLetter || character.isNumber || ".-_".contains(character)
            return isAllowed ? String(character) : ""
        }.joined()
        let trimmed = String(kept.drop { $0 == "." }.prefix(64))
        return trimmed.isEmpty ? "upload" : trimmed
    }
}
