internal import AttendanceSheets
internal import Calendaring
internal import MailMessages
internal import OutputFiles
internal import PlanDocuments
internal import PlanningDomain
internal import RegionalDocuments

extension PlanCalendar {
    /// Adds the files of the workshop runs to `bundle`.
    ///
    /// - `invites/<person>/<workshop>.ics` and `.eml`: the invitation to the run a person is enrolled in, and the
    ///   e-mail that carries it (`MailMessage`), in the person's language;
    /// - `workshops/<candidate>/sheet.pdf` and `sheet.csv`: each held run's attendance sheet (`AttendanceSheet`,
    ///   `SheetPDF`, `SheetCSV`), in the centre's language;
    /// - `waiting/<person>/<workshop>.txt` and `.eml`: the letter to each person on a waiting list.
    ///
    /// A person with an invalid e-mail address gets the `.ics` and `.txt` but no `.eml` (nothing could send it).
    static func addWorkshopFiles(
        problem: RegionalProblem,
        plan: RegionalPlan,
        people: [Participant],
        stamp: Instant,
        to bundle: inout OutputBundle
    ) throws(ServiceError) {
        let organisation = problem.centre.organisation
        let calendars = RegionalCalendars(problem: problem, stamp: stamp)
        let letters = WorkshopLetters(
            problem: problem,
            plan: plan,
            now: TimeZoneConversion.localDateTime(of: stamp, in: organisation.timeZone)
        )
        let byID = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        do {
            for run in plan.runs {
                for id in run.enrolled {
                    guard let person = byID[id], let document = calendars.invitation(to: person, for: run) else {
                        continue
                    }
                    let path = try BundlePath("invites", id.rawValue, "\(run.workshop.rawValue).ics")
                    bundle.add(try ICSWriter.bytes(for: document), at: path)
                    guard let letter = letters.invitation(to: person, for: run) else { continue }
                    let mail = try? MailMessage.bytes(
                        for: document,
                        subject: letter.subject,
                        body: letter.body,
                        language: letter.language,
                        to: Addressee(person, of: organisation),
                        from: organisation,
                        stamp: stamp
                    )
                    if let mail {
                        bundle.add(mail, at: try BundlePath("invites", id.rawValue, "\(run.workshop.rawValue).eml"))
                    }
                }
            }
        } catch {
            throw Self.notWritten("invitations", error)
        }
        for run in plan.runs {
            guard let workshop = problem.workshop(run.workshop) else { continue }
            let sheet = AttendanceSheet(run: run, of: workshop, centre: problem.centre, people: people)
            do {
                let folder = run.slot.id.rawValue
                let pdf = try SheetPDF.bytes(for: sheet, creationDate: stamp.iso8601)
                bundle.add(pdf, at: try BundlePath("workshops", folder, "sheet.pdf"))
                bundle.add(SheetCSV.bytes(for: sheet), at: try BundlePath("workshops", folder, "sheet.csv"))
            } catch {
                throw Self.notWritten("sheet", slot: run.slot.id.rawValue, error)
            }
        }
        do {
            for list in plan.waitingLists {
                for entry in list.entries {
                    guard let person = byID[entry.person],
                        let letter = letters.waiting(entry, of: list.workshop, to: person)
                    else { continue }
                    let stem = "\(list.workshop.rawValue)"
                    bundle.add(
                        Array((letter.subject + "\n\n" + letter.body + "\n").utf8),
                        at: try BundlePath("waiting", person.id.rawValue, "\(stem).txt")
                    )
                    let mail = try? MailLetter.bytes(
                        subject: letter.subject,
                        body: letter.body,
                        language: letter.language,
                        to: Addressee(person, of: organisation),
                        from: organisation,
                        stamp: stamp,
                        key: "waiting.\(list.workshop.rawValue)"
                    )
                    if let mail { bundle.add(mail, at: try BundlePath("waiting", person.id.rawValue, "\(stem).eml")) }
                }
            }
        } catch {
            throw Self.notWritten("letters", error)
        }
    }
}
