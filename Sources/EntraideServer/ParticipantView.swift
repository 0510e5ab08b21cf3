internal import EntraideService
internal import PlanningDomain

/// A participant's page's content for its template.
enum ParticipantView {
    static func content(
        _ page: ParticipantPage.Page,
        token: String,
        catalogue: Catalogue,
        notice: String?
    ) -> [String: Any] {
        func access(_ venue: ParticipantPage.VenueLine) -> String {
            let stepFree = catalogue.text(venue.hasStepFreeAccess ? "me.stepFree" : "me.noStepFree")
            return [stepFree, venue.access].compactMap { $0 }.joined(separator: " ")
        }
        var groups: [[String: Any]] = []
        for line in page.dates {
            let answerText = line.answer.map { PersonRoutes.word($0, catalogue) } ?? catalogue.text("me.noAnswer")
            var date: [String: Any] = [
                "slot": line.slot.rawValue,
                "when": line.when,
                "venue": line.venue.name,
                "address": line.venue.address,
                "access": access(line.venue),
                "isYes": line.answer == .yes,
                "isMaybe": line.answer == .ifNeedBe,
                "isNo": line.answer == .no,
                "answerText": answerText,
                "class": line.answer.map(PersonRoutes.cssClass) ?? "no",
            ]
            if let counts = line.counts {
                date["counts"] = catalogue.text(
                    "me.counts",
                    ["yes": String(counts.yes), "maybe": String(counts.ifNeedBe)]
                )
            }
            if let last = groups.indices.last, groups[last]["kind"] as? String == line.kind.rawValue {
                groups[last]["dates"] = (groups[last]["dates"] as? [[String: Any]] ?? []) + [date]
            } else {
                groups.append(["kind": line.kind.rawValue, "sessionTitle": line.sessionTitle, "dates": [date]])
            }
        }
        let sessions: [[String: Any]] = page.sessions.map { session in
            [
                "kind": session.kind.rawValue,
                "sessionTitle": session.sessionTitle,
                "when": session.when,
                "venue": session.venue.name,
                "address": session.venue.address,
                "access": access(session.venue),
                "declined": session.reply == .declined,
                "token": token,
            ]
        }
        var content: [String: Any] = [
            "heading": page.title.map { catalogue.text("me.headingTitle", ["title": $0]) }
                ?? catalogue.text("me.heading"),
            "token": token,
            "isOpen": page.isPollOpen,
            "groups": groups,
            "sessions": sessions,
            "hasSessions": !sessions.isEmpty,
            "intro": catalogue.text("me.intro"),
            "next": catalogue.text(sessions.isEmpty ? "me.next.collecting" : "me.next.published"),
            "contact": catalogue.text("me.contactText", ["centre": page.centreName]),
            "email": page.centre.email,
        ]
        if let phone = page.centrePhone {
            content["phone"] = phone
            content["phoneLink"] = phone.filter { $0.isNumber || $0 == "+" }
        }
        if let notice { content["notice"] = notice }
        return content
    }
}
