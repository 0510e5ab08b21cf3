public import PlanningDomain

/// The words of one message in its recipient's language: the calendar title (`SUMMARY`), the reminder, the
/// `DESCRIPTION`, the e-mail's subject and body, all from one ``InvitationFacts``.
///
/// The description says why the message came, then what (with « séance 2 sur 4 »), when (with the year), where
/// (address, step-free or not, how to get in), who leads, what changed (old → new), and how to answer or
/// decline without a calendar app (reply to the e-mail, or the centre's address and phone). The e-mail body is
/// a greeting, the same description, and a closing: the same facts in both.
///
/// Discretion: the title is the centre's neutral wording unless the group chose its public title
/// (`CalendarTitle`); the group is named only inside the description, which its recipient opens.
public struct InvitationText: Sendable {
    /// The facts written.
    public let facts: InvitationFacts
    /// The wording of the recipient's language.
    public let wording: Wording
    private let organisation: Organisation
    private let group: Group

    /// The words of `facts` for a message of `group`, sent by `organisation`, in `wording`'s language.
    public init(_ facts: InvitationFacts, group: Group, organisation: Organisation, wording: Wording) {
        self.facts = facts
        self.wording = wording
        self.organisation = organisation
        self.group = group
    }

    // MARK: - Calendar

    /// `SUMMARY` (RFC 5545 §3.8.1.12): « Rencontre — Centre d'entraide Vaud » by default (the session's name
    /// instead of « Rencontre » for the facilitator's copy), « Séance d'information — Proches aidant·e·s » when
    /// the group's title is public.
    public var title: String {
        switch group.calendarTitle {
        case .public:
            return wording.text("event.summary", ["session": meetingName, "group": group.title])
        case .neutral:
            if facts.isChair {
                return wording.text(
                    "invitation.title.neutralChair",
                    ["session": meetingName, "organisation": organisation.name]
                )
            }
            return wording.text("invitation.title.neutral", ["organisation": organisation.name])
        }
    }

    /// The reminder's text (`VALARM` `DESCRIPTION`, RFC 5545 §3.6.6), as discreet as the title.
    public var reminder: String {
        wording.text("event.reminder", ["summary": title, "time": wording.time(facts.time.start.time)])
    }

    /// `LOCATION` (RFC 5545 §3.8.1.7): the room and its address; `nil` without a place.
    public var location: String? { facts.place.map(location(of:)) }

    /// `DESCRIPTION` (RFC 5545 §3.8.1.5): every fact, one paragraph each, lines separated by `\n`.
    public var description: String {
        var paragraphs = [intro]
        if facts.notice.isUpdate || facts.notice == .noLongerAvailable, let changes = changeLines {
            paragraphs.append(changes)
        }
        paragraphs.append(factLines.joined(separator: "\n"))
        paragraphs.append(answer)
        return paragraphs.joined(separator: "\n\n")
    }

    // MARK: - E-mail

    /// The e-mail's subject (RFC 5322 §3.6.5): « Invitation : Rencontre — Centre d'entraide Vaud, mardi 12
    /// janvier 2027 ».
    public var subject: String {
        let key =
            facts.notice.isCancellation
            ? "mail.subject.cancelled" : facts.notice.isUpdate ? "mail.subject.moved" : "mail.subject.new"
        return wording.text(key, ["title": title, "date": wording.date(facts.time.start.date)])
    }

    /// The e-mail's body: a greeting to `name`, the ``description``, the closing and the centre's name.
    public func body(greeting name: String) -> String {
        [
            wording.text("mail.greeting", ["name": name]), "", description, "", wording.text("mail.closing"),
            organisation.name,
        ].joined(separator: "\n")
    }

    // MARK: - Private

    /// « Séance d'information », « Rencontre du groupe ».
    private var meetingName: String {
        switch facts.meeting {
        case .session(let kind, _, _): wording.title(of: kind)
        case .groupMeeting: wording.text("handover.meeting")
        }
    }

    private var intro: String {
        let key = "invitation.intro.\(facts.notice.rawValue)"
        let chair = key + ".chair"
        return wording.text(
            facts.isChair && wording.text(chair) != chair ? chair : key,
            ["group": group.title, "organisation": organisation.name]
        )
    }

    /// Quoi, Quand, Où, Accès, Animation.
    private var factLines: [String] {
        var what = meetingName
        if case .session(let kind, let position?, let count?) = facts.meeting {
            what = wording.text(
                "invitation.what.position",
                ["session": wording.title(of: kind), "position": String(position), "count": String(count)]
            )
        }
        var lines = [
            wording.text("invitation.what", ["what": what]),
            wording.text("invitation.when", ["when": when(facts.time)]),
        ]
        let skipped = skipped(facts.time)
        if !skipped.isEmpty { lines.append(wording.text("invitation.skipped", ["dates": dates(skipped)])) }
        if let place = facts.place {
            lines.append(wording.text("invitation.where", ["location": location(of: place)]))
            if let access = access(of: place) { lines.append(wording.text("invitation.access", ["access": access])) }
        }
        if let leader { lines.append(wording.text("invitation.facilitator", ["facilitator": leader])) }
        return lines
    }

    /// Who leads: « vous » for the chair, the members for the group's own meetings, else the facilitator's name.
    private var leader: String? {
        if case .groupMeeting = facts.meeting { return wording.text("invitation.facilitator.group") }
        if facts.isChair { return wording.text("invitation.facilitator.you") }
        return facts.facilitator.flatMap { $0.singleLine.isEmpty ? nil : $0.singleLine }
    }

    /// « Ce qui change : » and one `old → new` line per fact that changed; `nil` when nothing did.
    private var changeLines: String? {
        let previous = facts.previous
        var lines: [String] = []
        if let rescheduled = facts.rescheduled, rescheduled != facts.time {
            lines.append(wording.text("invitation.when", ["when": "\(when(facts.time)) → \(when(rescheduled))"]))
        }
        if let time = previous.time, time != facts.time {
            if pattern(time) != pattern(facts.time) {
                // Another rhythm: its skipped days are listed with the facts below.
                lines.append(wording.text("invitation.when", ["when": "\(when(time)) → \(when(facts.time))"]))
            } else {
                // The same rhythm, other days skipped (a new closure, say): which meetings go, which come back.
                let before = Set(skipped(time))
                let now = Set(skipped(facts.time))
                let added = now.subtracting(before).sorted()
                let restored = before.subtracting(now).sorted()
                if !added.isEmpty { lines.append(wording.text("invitation.skipped.added", ["dates": dates(added)])) }
                if !restored.isEmpty {
                    lines.append(wording.text("invitation.skipped.restored", ["dates": dates(restored)]))
                }
            }
        }
        if let place = previous.place, place != facts.place {
            let now = facts.place.map(location(of:)) ?? "—"
            lines.append(wording.text("invitation.where", ["location": "\(location(of: place)) → \(now)"]))
        }
        if let before = previous.facilitator, !before.isEmpty, let now = facts.facilitator, before != now {
            lines.append(wording.text("invitation.facilitator", ["facilitator": "\(before) → \(now)"]))
        }
        guard !lines.isEmpty else { return nil }
        return ([wording.text("invitation.changed")] + lines.map { "  " + $0 }).joined(separator: "\n")
    }

    /// How to answer: the calendar's buttons or, without one, a reply or a call.
    private var answer: String {
        let contact = wording.text(
            organisation.phone == nil ? "invitation.contact" : "invitation.contact.phone",
            [
                "name": organisation.organiser.name.singleLine, "email": organisation.organiser.email,
                "phone": organisation.phone ?? "",
            ]
        )
        let key: String
        switch facts.notice {
        case .noLongerAvailable: key = "invitation.answer.noLongerAvailable"
        case _ where facts.notice.isCancellation: key = "invitation.answer.cancel"
        case _ where facts.isChair: key = "invitation.answer.chair"
        default: key = "invitation.answer"
        }
        return wording.text(key, ["contact": contact])
    }

    private func location(of place: Place) -> String {
        place.address.isEmpty
            ? place.name : wording.text("event.location", ["venue": place.name, "address": place.address])
    }

    /// Whether the room is step-free and how to get in (« de plain-pied » then the access text), or `nil`
    /// when nothing is known.
    private func access(of place: Place) -> String? {
        var parts: [String] = []
        if let isStepFree = place.isStepFree {
            parts.append(wording.text(isStepFree ? "invitation.access.stepFree" : "invitation.access.steps"))
        }
        if let how = place.access?.singleLine, !how.isEmpty { parts.append(how) }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// « mardi 12 janvier 2027, 18 h 30 – 20 h 30 », or the rhythm « un mardi sur deux, 19 h – 21 h, du … au … ».
    private func when(_ time: Time) -> String {
        switch time {
        case .once(let start, let end):
            return wording.text(
                "dateTimeRange",
                ["date": wording.date(start.date), "start": wording.time(start.time), "end": wording.time(end.time)]
            )
        case .weekly(let every, let first, let end, let until, _):
            let values = [
                "weekday": wording.weekday(of: first.date), "every": String(every),
                "start": wording.time(first.time), "end": wording.time(end.time), "first": wording.date(first.date),
                "until": until.map(wording.date) ?? "",
            ]
            let pattern = wording.text(every == 1 ? "rhythm.weekly" : "rhythm.everyWeeks", values)
            let span = wording.text(until == nil ? "rhythm.from" : "rhythm.fromUntil", values)
            return "\(pattern), \(span)"
        }
    }

    /// The time without its skipped days: what a change of rhythm compares.
    private func pattern(_ time: Time) -> Time {
        guard case .weekly(let every, let first, let end, let until, _) = time else { return time }
        return .weekly(everyWeeks: every, first: first, end: end, until: until, skipped: [])
    }

    private func skipped(_ time: Time) -> [LocalDate] {
        guard case .weekly(_, _, _, _, let skipped) = time else { return [] }
        return skipped
    }

    /// At most ``listedDates`` dates, then « (+ 3 autres) ».
    private func dates(_ dates: [LocalDate]) -> String {
        let shown = dates.prefix(Self.listedDates).map(wording.date).joined(separator: ", ")
        guard dates.count > Self.listedDates else { return shown }
        return shown + " " + wording.text("invitation.moreDates", ["count": String(dates.count - Self.listedDates)])
    }

    /// How many skipped days a message lists before it counts the rest.
    static let listedDates = 6

    typealias Place = InvitationFacts.Place
    typealias Time = InvitationFacts.Time
}

extension String {
    /// The text on one line: line breaks and tabs become spaces, so a name cannot break a line or a header.
    var singleLine: String {
        String(map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
