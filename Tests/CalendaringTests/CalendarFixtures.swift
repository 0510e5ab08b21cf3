import Calendaring
import PlanningDomain

/// Documents shared by the tests: a founding sequence of a talking group in Lausanne.
enum CalendarFixtures {
    /// 2026-11-02T09:00:00Z, when the plan was made.
    static let stamp: Int64 = 1_793_610_000

    static let centre = Contact(name: "Centre Entraide Vaud", email: "groupes@entraide-vd.example")

    static let participant = CalendarAttendee(name: "Zoé Müller-Éluard", email: "zoe@example.ch")

    static let longDescription = """
        Séance d’information du groupe de parole « Proches aidant·e·s – Lausanne » : présentation de \
        l’entraide autogérée, du fonctionnement d’un groupe, des règles de confidentialité; recueil des \
        besoins, des attentes et des disponibilités de chacun·e, avant les séances de fondation, avec \
        l’équipe d’animation (Élodie, Loïc, Maëlle).
        Accès : bus n° 7, arrêt « Vallée de la Jeunesse ».
        """

    static func dateTime(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> LocalDateTime {
        guard let date = LocalDate(year: year, month: month, day: day), let time = LocalTime(hour: hour, minute: minute)
        else { preconditionFailure("the fixture's date or time does not exist") }
        return LocalDateTime(date: date, time: time)
    }

    /// The information session (winter time) and founding session 1 (summer time).
    static func events(attendees: [CalendarAttendee], organizer: Contact?, reminder: Bool) -> [CalendarEvent] {
        [
            CalendarEvent(
                uid: "information.proches-aidants-lausanne@entraide-vd.example",
                stamp: stamp,
                start: dateTime(2027, 1, 12, 18, 30),
                end: dateTime(2027, 1, 12, 20, 0),
                summary: "Séance d'information, groupe de parole; proches aidant·e·s, Lausanne",
                description: longDescription,
                location: "Salle du Grand-Pont, Rue du Grand-Pont 2, 1003 Lausanne",
                organizer: organizer,
                attendees: attendees,
                reminder: reminder ? Reminder(minutesBefore: 60, description: "Séance d'information") : nil
            ),
            CalendarEvent(
                uid: "founding1.proches-aidants-lausanne@entraide-vd.example",
                sequence: 2,
                stamp: stamp,
                start: dateTime(2027, 4, 6, 18, 30),
                end: dateTime(2027, 4, 6, 20, 30),
                summary: "Séance de fondation 1",
                status: .tentative,
                organizer: organizer,
                attendees: attendees,
                reminder: reminder ? Reminder(minutesBefore: 1440, description: "Séance de fondation 1") : nil
            ),
        ]
    }

    /// A participant's invitation: `METHOD:REQUEST`, one attendee, alarms.
    static let invite = CalendarDocument(
        method: .request,
        events: events(attendees: [participant], organizer: centre, reminder: true)
    )

    /// The published calendar: `METHOD:PUBLISH`, no attendee, no organizer.
    static let published = CalendarDocument(
        method: .publish,
        name: "Entraide, groupes; fondation",
        events: events(attendees: [], organizer: nil, reminder: false)
    )
}
