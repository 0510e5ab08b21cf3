internal import EntraideService
internal import PlanningDomain
internal import WorkspaceStore

/// The group page's content for its template.
enum GroupView {
    static func content(_ page: GroupPage.Page, catalogue: Catalogue, feedback: GroupRoutes.Feedback) -> [String: Any] {
        let scenario = page.scenario
        let zone = scenario.organisation.timeZone
        let total = scenario.candidates.count
        let participants: [[String: Any]] = scenario.participants.map { participant in
            let answered = page.givenAnswers[participant.id]?.count ?? 0
            var line: [String: Any] = [
                "id": participant.id.rawValue,
                "name": participant.name,
                "email": participant.email,
                "language": catalogue.text("language.\(participant.language.code)"),
                "stepFree": catalogue.text(participant.needsStepFreeAccess ? "common.yes" : "common.no"),
                "link": linkState(page.links[participant.id] ?? PersonalLinkState.none, zone: zone, catalogue),
                "answered": catalogue.text("group.answeredValue", ["count": String(answered), "total": String(total)]),
                "uploadCalendarOf": catalogue.text(
                    "group.uploadCalendarOf",
                    ["id": participant.id.rawValue, "name": participant.name]
                ),
            ]
            // Only when there is one: a missing value must not reach the template (it would print « nil »).
            if let phone = page.phones[participant.id] { line["phone"] = phone }
            return line
        }
        let kinds: [[String: Any]] = scenario.plannedKinds.map { kind in
            [
                "title": DateText.title(kind, catalogue),
                "dates": scenario.candidates(of: kind).sorted { ($0.start, $0.id) < ($1.start, $1.id) }.map { slot in
                    [
                        "id": slot.id.rawValue,
                        "when": DateText.range(slot, catalogue),
                        "venue": scenario.venue(slot.venue)?.name ?? slot.venue.rawValue,
                        "facilitator": scenario.facilitator(slot.facilitator)?.name ?? slot.facilitator.rawValue,
                    ]
                },
            ]
        }
        var content: [String: Any] = [
            "group": ["id": scenario.group.id.rawValue, "title": scenario.group.title],
            "summary": catalogue.text(
                "group.summary",
                [
                    "count": String(scenario.participants.count), "quorum": String(scenario.group.quorum),
                    "maximum": String(scenario.group.maximumSize), "dates": String(total),
                ]
            ),
            "participants": participants,
            "withdrawn": page.withdrawn.map { ["id": $0.id.rawValue, "name": $0.name] },
            "hasWithdrawn": !page.withdrawn.isEmpty,
            "kinds": kinds,
            "settings": [
                "isOpen": page.settings.isOpen, "showsTitle": page.settings.showsTitle,
                "showsCounts": page.settings.showsCounts,
            ],
            "languages": languages(selected: .french, catalogue),
            "staffSources": GroupRoutes.staffSourceChoices(selected: .staff, catalogue),
            "sessionKinds": scenario.plannedKinds.map {
                ["value": $0.rawValue, "name": DateText.title($0, catalogue)]
            },
            "venues": scenario.venues.map { ["id": $0.id.rawValue, "name": $0.name] },
            "facilitators": scenario.facilitators.map { ["id": $0.id.rawValue, "name": $0.name] },
            "weekdays": (1...7).map { ["number": $0, "name": catalogue.text("weekday.\($0)")] },
            "oneForm": ["formID": "one"],
            "windowForm": ["formID": "window"],
        ]
        if let notice = feedback.notice { content["notice"] = notice }
        if let problem = feedback.problem { content["problem"] = problem }
        if let details = feedback.details { content["problemDetails"] = details }
        return content
    }

    /// The language choices of a registration form.
    static func languages(selected: Language, _ catalogue: Catalogue) -> [[String: Any]] {
        Catalogue.languages.map {
            ["code": $0.code, "name": catalogue.text("language.\($0.code)"), "selected": $0 == selected]
        }
    }

    /// « actif depuis le 25 novembre 2026, 9 h ».
    static func linkState(_ state: PersonalLinkState, zone: String, _ catalogue: Catalogue) -> String {
        switch state {
        case .none: catalogue.text("link.none")
        case .active(let issued):
            catalogue.text("link.active", ["date": DateText.instant(issued, zone: zone, catalogue)])
        case .revoked(let at): catalogue.text("link.revoked", ["date": DateText.instant(at, zone: zone, catalogue)])
        }
    }
}
