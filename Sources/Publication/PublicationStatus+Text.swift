internal import PlanDocuments
public import PlanningDomain

extension PublicationStatus {
    /// The status as staff read it, in `language` (the scenario's by default; the `status.` keys of
    /// `Resources/Strings`): per session, its slot and venue, the expected attendance, the answers, and the
    /// quorum warning.
    ///
    /// Participants appear by id only.
    public func text(for scenario: Scenario, language: Language? = nil) -> String {
        let wording = Wording(language ?? scenario.organisation.language)
        var lines = [wording.text("status.title", ["group": scenario.group.title])]
        guard !sessions.isEmpty else {
            return (lines + [wording.text("status.nothing")]).joined(separator: "\n") + "\n"
        }
        for session in sessions {
            lines.append("")
            lines += Self.lines(of: session, quorum: quorum, scenario: scenario, wording: wording)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Private helpers

    private static func lines(of session: Session, quorum: Int, scenario: Scenario, wording: Wording) -> [String] {
        let range = wording.text(
            "dateTimeRange",
            [
                "date": wording.date(session.start.date), "start": wording.time(session.start.time),
                "end": wording.time(session.end.time),
            ]
        )
        let heading = wording.text(
            "status.session",
            [
                "session": wording.title(of: session.kind), "range": range,
                "venue": scenario.venue(session.venue)?.name ?? session.venue.rawValue,
            ]
        )
        guard !session.isCancelled else { return [heading, "  " + wording.text("status.cancelled")] }
        var lines = [
            heading,
            "  "
                + wording.text(
                    "status.expected",
                    count: session.expected.count,
                    ["count": String(session.expected.count)]
                ),
            "  "
                + wording.text(
                    "status.replies",
                    [
                        "accepted": String(session.accepted.count), "tentative": String(session.tentative.count),
                        "declined": String(session.declined.count), "unanswered": String(session.unanswered.count),
                    ]
                ),
        ]
        let lists: [(String, [Participant.ID])] = [
            ("status.acceptedBy", session.accepted), ("status.tentativeBy", session.tentative),
            ("status.declinedBy", session.declined), ("status.unansweredBy", session.unanswered),
        ]
        for (key, ids) in lists where !ids.isEmpty {
            lines.append("  " + wording.text(key, ["ids": wording.list(ids)]))
        }
        if session.isQuorumAtRisk {
            lines.append(
                "  "
                    + wording.text(
                        "status.quorumWarning",
                        ["remaining": String(session.remaining), "quorum": String(quorum)]
                    )
            )
        }
        return lines
    }
}
