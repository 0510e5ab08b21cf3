internal import Foundation
internal import PlanDocuments
public import PlanningDomain

extension WorkshopLetters {
    /// The letter that carries the update of a person's invitation when their run moved (another date, time or
    /// room, or another run of the workshop): what now holds, in the person's language; `nil` for an unknown
    /// workshop.
    public func update(to person: Participant, for run: WorkshopRun) -> WorkshopLetter? {
        guard let workshop = problem.workshop(run.workshop), var letter = invitation(to: person, for: run) else {
            return nil
        }
        let organisation = problem.centre.organisation
        let wording = Wording(for: person, of: organisation)
        let title = workshop.title(in: wording.language)
        let values = ["workshop": title, "organisation": organisation.name]
        let intro = wording.text("workshopInvitation.intro", values)
        letter.body = letter.body.replacingOccurrences(of: intro, with: wording.text("workshopUpdate.intro", values))
        letter.subject = wording.text(
            "workshopUpdate.subject",
            ["workshop": title, "date": wording.date(run.slot.date)]
        )
        return letter
    }

    /// The letter that carries the cancellation of a person's invitation: the run `held` (as the person holds
    /// it) is no longer held, or is held without them (`isRunHeld`); `nil` for an unknown workshop.
    public func cancellation(
        to person: Participant,
        of workshopID: Workshop.ID,
        held slot: WorkshopSlot,
        isRunHeld: Bool
    ) -> WorkshopLetter? {
        guard let workshop = problem.workshop(workshopID) else { return nil }
        let organisation = problem.centre.organisation
        let wording = Wording(for: person, of: organisation)
        let title = workshop.title(in: wording.language)
        let date = wording.date(slot.date)
        let values = ["workshop": title, "date": date, "organisation": organisation.name]
        let lines = [
            greeting(person, wording), "",
            wording.text(isRunHeld ? "workshopCancel.noLongerEnrolled" : "workshopCancel.cancelled", values), "",
            contact(wording), "", wording.text("mail.closing"), organisation.name,
        ]
        return WorkshopLetter(
            subject: wording.text("workshopCancel.subject", ["workshop": title, "date": date]),
            body: lines.joined(separator: "\n"),
            language: wording.language
        )
    }
}
