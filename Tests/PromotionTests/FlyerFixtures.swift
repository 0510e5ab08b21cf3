import PlanningDomain
import Promotion

/// A group to promote: the carers of Lausanne, its information session, its registration page.
enum FlyerFixtures {
    static let url = "https://entraide-vd.example/inscription/proches-aidants-lausanne"
    static let creationDate = "2027-01-05T09:00:00Z"
    static let stamp = Instant(iso8601: creationDate) ?? .earliest

    static func organisation(_ language: Language = .french) -> Organisation {
        Organisation(
            name: "Centre d'entraide Vaud",
            timeZone: "Europe/Zurich",
            language: language,
            organiser: Contact(name: "Groupes d'entraide", email: "groupes@entraide-vd.example"),
            uidDomain: "entraide-vd.example",
            phone: "+41 21 555 12 34"
        )
    }

    static let group = Group(
        id: "proches-aidants-lausanne",
        title: "Proches aidant·e·s – Lausanne",
        theme: "THEME-INTERNE: accompagner un proche atteint de démence.",
        type: .talkingGroup,
        region: "Lausanne",
        initiator: "p01"
    )

    static let publicText = """
        Vous accompagnez au quotidien un parent, un conjoint ou un enfant malade ? Dans ce groupe de parole, \
        des proches aidant·e·s se retrouvent pour partager leur vécu, leurs questions et leurs astuces, \
        sans jugement.
        Le groupe se réunira une fois par mois, en soirée, et décidera lui-même de son fonctionnement.
        """

    static let description = PublicDescription(
        text: publicText,
        audience: "Pour toute personne qui soutient un proche malade, âgé ou en situation de handicap."
    )

    static let venue = Venue(
        id: "grand-pont",
        name: "Salle du Grand-Pont",
        address: "Rue du Grand-Pont 2, 1003 Lausanne",
        capacity: 16,
        hasStepFreeAccess: true,
        access: "Entrée côté cour, 2e étage, ascenseur."
    )

    static let day = LocalDate(year: 2027, month: 1, day: 12) ?? LocalDate(dayNumber: 0)

    static let information = PublicSession(
        start: day.atMinute(18 * 60 + 30),
        end: day.atMinute(20 * 60),
        venue: venue
    )

    static func content(
        language: Language = .french,
        description: PublicDescription = description,
        information: PublicSession? = information,
        url: String? = url
    ) throws -> FlyerContent {
        FlyerContent(
            group: group,
            description: description,
            organisation: organisation(language),
            information: information,
            registration: try url.map { text throws(PromotionError) in try RegistrationAddress(text) }
        )
    }
}
