import Calendaring
import PlanDocuments
import PlanningDomain
import Publication
import Testing

/// ``HandoverInvites/revise(_:to:members:)`` and ``HandoverInvites/cancel(_:)``: every change of the series is
/// the same UID one SEQUENCE higher, a member who leaves gets a CANCEL of their copy, the end cancels the series.
@Suite struct HandoverRevisionTests {
    typealias D = ReplyTestData

    static let invites = HandoverInvites(scenario: StatusTests.scenario(language: .french), stamp: .earliest)
    static let series = HandoverInvites.series(
        of: HandoverInvitesTests.rhythm,
        holidays: HandoverInvitesTests.holidays,
        venue: "big"
    )
    static let members: [Participant.ID] = ["p01", "p02", "p03"]

    static func first() -> HandoverRevision { invites.revise(nil, to: series, members: members) }

    @Test("The first hand-over: a REQUEST at SEQUENCE 0 to every member, each copy remembered")
    func firstHandOver() throws {
        let revision = Self.first()
        #expect(revision.messages.map(\.addressee.recipient) == Self.members.map(MessageRecipient.participant))
        #expect(revision.messages.allSatisfy { $0.method == .request && $0.sequence == 0 && $0.notice == .handoverNew })
        #expect(revision.handover.uid == "handover.g@example.org" && revision.handover.sequence == 0)
        #expect(
            revision.handover.copies == [
                "p01": RecipientCopy(sequence: 0), "p02": RecipientCopy(sequence: 0),
                "p03": RecipientCopy(sequence: 0),
            ]
        )
        #expect(revision.staffCalendar.method == .publish && revision.staffCalendar.events[0].attendees.isEmpty)
    }

    @Test("The same rhythm to the same members again sends nothing")
    func sameAgain() {
        let first = Self.first()
        let again = Self.invites.revise(first.handover, to: Self.series, members: Self.members)
        #expect(again.messages.isEmpty && again.handover == first.handover)
    }

    @Test("Another rhythm: the same UID at SEQUENCE + 1 to everyone, with the new DTSTART and RRULE and what changed")
    func anotherRhythm() throws {
        let first = Self.first()
        var other = Self.series
        other.everyWeeks = 3
        other.first = D.dateTime(2027, 3, 11, 18, 30)
        let revision = Self.invites.revise(first.handover, to: other, members: Self.members)
        #expect(revision.messages.count == 3)
        #expect(
            revision.messages.allSatisfy { $0.method == .request && $0.sequence == 1 && $0.notice == .handoverUpdated }
        )
        let event = try #require(revision.messages.first?.document.events.first)
        #expect(event.uid == "handover.g@example.org" && event.sequence == 1)
        #expect(event.start == D.dateTime(2027, 3, 11, 18, 30))
        #expect(event.recurrence?.interval == 3 && event.recurrence?.byDay == [.init(.thursday)])
        let text = try #require(event.description)
        #expect(text.contains("Ce qui change :\n  Quand : un mardi toutes les 2 semaines, 19 h – 21 h"))
        #expect(text.contains(" → un jeudi toutes les 3 semaines, 18 h 30 – 20 h 30"))
        #expect(revision.handover.sequence == 1 && revision.handover.series == other)
    }

    @Test("A day skipped more (a new closure) is a change: SEQUENCE + 1, and the message says which meeting goes")
    func aNewClosureIsAChange() throws {
        let first = Self.first()
        var closed = Self.series
        closed.skipped = (closed.skipped + [D.date(2027, 4, 6)]).sorted()
        let revision = Self.invites.revise(first.handover, to: closed, members: Self.members)
        #expect(revision.messages.allSatisfy { $0.sequence == 1 && $0.notice == .handoverUpdated })
        let event = try #require(revision.messages.first?.document.events.first)
        #expect(event.exceptionDates.contains(D.dateTime(2027, 4, 6, 19, 0)))
        let text = try #require(event.description)
        #expect(text.contains("Ce qui change :\n  Plus de rencontre le : mardi 6 avril 2027\n"))
        #expect(!text.contains(" → "))
    }

    @Test("A member who leaves gets a CANCEL of their copy only; one who joins gets the series as it is")
    func membersComeAndGo() throws {
        let first = Self.first()
        let fewer = Self.invites.revise(first.handover, to: Self.series, members: ["p01", "p03"])
        #expect(fewer.messages.map(\.addressee.recipient) == [.participant("p02")])
        let cancel = try #require(fewer.messages.first)
        #expect(cancel.method == .cancel && cancel.sequence == 1 && cancel.notice == .handoverWithdrawn)
        #expect(cancel.document.events[0].status == .cancelled && cancel.document.events[0].recurrence != nil)
        #expect(fewer.handover.copies["p02"] == RecipientCopy(sequence: 1, isCancelled: true))
        #expect(fewer.handover.copies["p01"] == RecipientCopy(sequence: 0))
        // Back again: above their cancelled copy, so no calendar takes the request for an older message.
        let back = Self.invites.revise(fewer.handover, to: Self.series, members: Self.members)
        #expect(back.messages.map(\.addressee.recipient) == [.participant("p02")])
        #expect(back.messages.first?.method == .request && back.messages.first?.sequence == 2)
        #expect(back.handover.sequence == 2)
    }

    @Test("The end: a CANCEL with STATUS:CANCELLED at SEQUENCE + 1 to every holder; once only; then a new start")
    func theEnd() throws {
        let first = Self.first()
        let ended = Self.invites.cancel(first.handover)
        #expect(ended.messages.count == 3)
        #expect(
            ended.messages.allSatisfy { $0.method == .cancel && $0.sequence == 1 && $0.notice == .handoverCancelled }
        )
        #expect(ended.messages.allSatisfy { $0.document.events[0].status == .cancelled })
        #expect(ended.messages.allSatisfy { $0.document.events[0].attendees.allSatisfy { !$0.rsvp } })
        #expect(ended.handover.isCancelled && ended.staffCalendar.events[0].status == .cancelled)
        #expect(Self.invites.cancel(ended.handover).messages.isEmpty)
        let again = Self.invites.revise(ended.handover, to: Self.series, members: Self.members)
        #expect(again.messages.allSatisfy { $0.method == .request && $0.sequence == 2 && $0.notice == .handoverNew })
        #expect(!again.handover.isCancelled)
    }

    @Test(
        "A member's reply to the series is recorded on their copy; an older, a foreign or a one-occurrence one is not"
    )
    func repliesToTheSeries() throws {
        let first = Self.first()
        func reply(_ email: String, sequence: Int = 0, occurrence: Int64? = nil) -> ReplyApplication.Received {
            ReplyApplication.Received(
                CalendarReply(
                    uid: "handover.g@example.org",
                    sequence: sequence,
                    attendeeEmail: email,
                    status: .accepted,
                    recurrenceID: occurrence,
                    attendeeCount: 1
                )
            )
        }
        let other = ReplyApplication.Received(
            CalendarReply(
                uid: "founding1.g@example.org",
                sequence: 0,
                attendeeEmail: "secret1@mail.example",
                status: .declined,
                recurrenceID: nil,
                attendeeCount: 1
            )
        )
        let applied = HandoverReplies.apply(
            received: [
                reply("SECRET1@mail.example"), reply("nobody@mail.example"),
                reply(
                    "secret2@mail.example",
                    sequence: 3
                ), reply("secret3@mail.example", occurrence: 1_804_000_000), other,
            ],
            to: first.handover,
            participants: StatusTests.scenario(language: .french).participants
        )
        #expect(applied.handover.copies["p01"]?.reply == .accepted)
        #expect(applied.handover.copies["p02"]?.reply == nil && applied.handover.copies["p03"]?.reply == nil)
        #expect(applied.outcomes.count == 4, "the founding 1 reply is left to the sessions")
        #expect(applied.outcomes.map(\.isApplied) == [true, false, false, false])
        #expect(applied.outcomes[0].description == "'handover.g@example.org': p01 accepted, sequence 0.")
        #expect(applied.outcomes.allSatisfy { $0.session == nil })
    }

    @Test(
        "Python expands the updated series at its new times, the old one's gone",
        .enabled(if: RecurrenceCheck.isAvailable, "needs .venv/bin/python with recurring-ical-events")
    )
    func pythonSeesTheNewSeries() throws {
        var other = Self.series
        other.first = D.dateTime(2027, 3, 9, 18, 0)
        other.skipped = []
        let revision = Self.invites.revise(Self.first().handover, to: other, members: ["p01"])
        let starts = try RecurrenceCheck.localStarts(try ICSWriter.bytes(for: revision.messages[0].document))
        #expect(starts.first == "2027-03-09T18:00:00" && starts.allSatisfy { $0.hasSuffix("T18:00:00") })
        #expect(starts.count == 22)
    }
}
