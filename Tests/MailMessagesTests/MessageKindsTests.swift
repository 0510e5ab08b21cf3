import Calendaring
import Foundation
import PlanDocuments
import PlanningDomain
import Publication
import Testing

@testable import MailMessages

/// Every kind of message in every language: the facts people need are all there (what, when with the year,
/// where with the access, who leads, which session of the sequence, what changed, how to answer without a
/// calendar, the centre's address and phone), the same in the `.ics` and the e-mail, with no empty placeholder
/// and no stale name.
@Suite struct MessageKindsTests {
    @Test(arguments: Wording.availableLanguages)
    func everyKindIsSentAndSaysEverything(_ language: Language) throws {
        let fixture = MessageKindsFixture(language: language)
        let notices = Set(fixture.messages.map(\.facts.notice) + fixture.handoverMessages.map(\.notice))
        #expect(
            notices == Set(InvitationNotice.allCases),
            "missing: \(Set(InvitationNotice.allCases).subtracting(notices))"
        )
        #expect(fixture.messages.contains { $0.facts.notice == .new && $0.addressee.isChair })
        #expect(fixture.messages.contains { $0.facts.notice == .newRecipient && $0.addressee.isChair })
        for message in fixture.messages {
            try check(message.document, message.facts, message.addressee, fixture)
        }
        for message in fixture.handoverMessages {
            try check(message.document, message.facts, message.addressee, fixture)
        }
    }

    /// A participant who cannot come at the new time of a moved session: their cancellation keeps the date and
    /// the facilitator they hold, and tells the new date.
    @Test(arguments: Wording.availableLanguages)
    func theCancellationOfAMovedSessionDescribesWhatThePersonHeld(_ language: Language) throws {
        let fixture = MessageKindsFixture(language: language)
        let wording = Wording(language)
        let cancel = try #require(fixture.messages.first { $0.facts.notice == .noLongerAvailable })
        #expect(cancel.recipient == .participant("p04") && cancel.session == .founding1)
        let event = try #require(cancel.document.events.first)
        #expect(event.start.date.description == "2027-01-26" && event.location?.contains("Grand-Pont") == true)
        let text = try #require(event.description)
        let old = wording.date(event.start.date)
        let new = wording.date(MessageKindsFixture.dateTime(2027, 1, 28, 0).date)
        #expect(text.contains(old) && text.contains(new) && text.contains(" → "))
        #expect(text.contains(wording.text("invitation.facilitator", ["facilitator": "Anne Rochat"])))
        // Anne's cancellation of founding 2 (Marc stands in) names her as « you », never Marc, at her date.
        let replaced = try #require(fixture.messages.first { $0.facts.notice == .replaced })
        let replacedText = try #require(replaced.document.events.first?.description)
        #expect(!replacedText.contains("Marc"))
        #expect(
            replacedText.contains(
                wording.text("invitation.facilitator", ["facilitator": wording.text("invitation.facilitator.you")])
            )
        )
    }

    @Test func aGroupThatChoseItsPublicTitleShowsIt() throws {
        var fixture = MessageKindsFixture(language: .french)
        fixture.scenario.group.calendarTitle = .public
        let message = try #require(fixture.messages.first { $0.recipient == .participant("p01") })
        let calendars = PlanCalendars(scenario: fixture.scenario, stamp: MessageKindsFixture.stamp)
        let document = calendars.message(message.facts, to: message.addressee)
        let event = try #require(document.events.first)
        #expect(event.summary == "Séance d'information — \(MessageKindsFixture.groupTitle)")
        #expect(event.reminder?.description.contains(MessageKindsFixture.groupTitle) == true)
        #expect(event.classification == .private)
        let text = MailText(
            facts: message.facts,
            addressee: message.addressee,
            group: fixture.scenario.group,
            organisation: fixture.scenario.organisation
        )
        #expect(text.subject.contains(MessageKindsFixture.groupTitle))
    }

    // MARK: - Private

    /// The facts of one message, in its `.ics` and its e-mail.
    private func check(
        _ document: CalendarDocument,
        _ facts: InvitationFacts,
        _ addressee: Addressee,
        _ fixture: MessageKindsFixture
    ) throws {
        let wording = Wording(fixture.language)
        let event = try #require(document.events.first)
        let description = try #require(event.description)
        let mail = MailText(
            facts: facts,
            addressee: addressee,
            group: fixture.scenario.group,
            organisation: fixture.scenario.organisation
        )
        let what = "\(facts.notice.rawValue) to \(addressee.recipient) in \(fixture.language)"
        // The same facts in both: the e-mail is a greeting, the description, and the closing.
        #expect(mail.body.contains(description), "\(what)")
        #expect(mail.language == fixture.language)
        #expect(mail.body.hasPrefix(wording.text("mail.greeting", ["name": addressee.name])), "\(what)")
        #expect(document.method == (facts.notice.isCancellation ? .cancel : .request), "\(what)")
        #expect(event.classification == .private)
        // Why it came.
        let intro = "invitation.intro.\(facts.notice.rawValue)"
        let chairIntro = intro + ".chair"
        let introKey = addressee.isChair && wording.text(chairIntro) != chairIntro ? chairIntro : intro
        #expect(
            description.hasPrefix(
                wording.text(
                    introKey,
                    ["group": MessageKindsFixture.groupTitle, "organisation": fixture.scenario.organisation.name]
                )
            ),
            "\(what)"
        )
        // What, with « 2 of 4 » for a session.
        switch facts.meeting {
        case .session(let kind, _, _):
            let position = (SessionKind.groupSequence.firstIndex(of: kind) ?? 0) + 1
            let line = wording.text(
                "invitation.what.position",
                ["session": wording.title(of: kind), "position": String(position), "count": "4"]
            )
            #expect(description.contains(wording.text("invitation.what", ["what": line])), "\(what)")
        case .groupMeeting:
            #expect(description.contains(wording.text("invitation.what", ["what": wording.text("handover.meeting")])))
        }
        // When, with the year, as the event says.
        #expect(description.contains(wording.date(event.start.date)) && description.contains("2027"), "\(what)")
        #expect(description.contains(wording.time(event.start.time)), "\(what)")
        // Where: the room, its address, step-free or not, how to get in.
        let venue = try #require(fixture.scenario.venues.first { event.location?.hasPrefix($0.name) == true })
        #expect(description.contains(venue.name) && description.contains(venue.address), "\(what)")
        let access = wording.text(venue.hasStepFreeAccess ? "invitation.access.stepFree" : "invitation.access.steps")
        #expect(description.contains(wording.text("invitation.access", ["access": access])), "\(what)")
        #expect(description.contains(MessageKindsFixture.access) == (venue.access != nil), "\(what)")
        // Who leads: you (the chair), the members (the group's own meeting), else the facilitator held.
        let leader: String
        if case .groupMeeting = facts.meeting {
            leader = wording.text("invitation.facilitator.group")
        } else if addressee.isChair {
            leader = wording.text("invitation.facilitator.you")
        } else {
            leader = try #require(facts.facilitator, "\(what)")
        }
        #expect(description.contains(wording.text("invitation.facilitator", ["facilitator": leader]) + "\n"), "\(what)")
        // What changed, old → new.
        if facts.notice.isUpdate || facts.rescheduled != nil {
            #expect(description.contains(wording.text("invitation.changed")) && description.contains(" → "), "\(what)")
        } else {
            #expect(!description.contains(" → "), "\(what)")
        }
        // How to answer without a calendar: the centre's address and phone.
        #expect(description.contains("groupes@entraide-vd.example") && description.contains(MessageKindsFixture.phone))
        // No placeholder left, nothing empty, nobody else named, the group's theme not in the title.
        for text in [description, mail.body, mail.subject, event.summary, event.reminder?.description ?? ""] {
            for hole in ["{", "}", "()", "( ", " )", "«  »", "“”", " ,", ",,", ": \n", " .", "  ("] {
                #expect(!text.contains(hole), "\(what): '\(hole)' in \(text)")
            }
            #expect(!text.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).contains("  ") })
            // A line that ends with a colon is the heading of what changed, never a label without its value.
            let headings = text.split(separator: "\n").filter { $0.hasSuffix(":") || $0.hasSuffix(": ") }
            #expect(headings.allSatisfy { $0 == wording.text("invitation.changed") }, "\(what): \(headings)")
        }
        for person in fixture.scenario.participants where MessageRecipient.participant(person.id) != addressee.recipient
        {
            #expect(!mail.body.contains(person.name) && !description.contains(person.name), "\(what)")
        }
        for title in [event.summary, mail.subject, event.reminder?.description ?? ""] {
            #expect(!title.contains(MessageKindsFixture.groupTitle), "\(what): \(title)")
        }
        #expect(mail.subject.contains(wording.date(event.start.date)), "\(what)")
    }
}
