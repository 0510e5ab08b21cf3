import PlanDocuments
import PlanningDomain

/// Every text of a flyer and of its announcement, in the centre's language, from the `flyer.` and
/// `announcement.` keys of the catalogues.
struct FlyerWording {
    let content: FlyerContent
    let wording: Wording

    init(_ content: FlyerContent) {
        self.content = content
        self.wording = Wording(content.language)
    }

    /// « Nouveau groupe d'entraide ».
    var kicker: String { wording.text("flyer.kicker") }
    /// « Groupe de parole ».
    var groupType: String { wording.text("flyer.type.\(content.groupType.rawValue)") }
    /// « Pour qui ? ».
    var audienceHeading: String { wording.text("flyer.audience") }
    /// « Séance d'information ».
    var informationHeading: String { wording.title(of: .information) }
    /// The sentence saying the information session's date will follow.
    var informationUnknown: String { PublicSession.dateToFollow(in: content.language) }
    /// « S'inscrire ».
    var registerHeading: String { wording.text("flyer.register") }
    /// « Scannez le code ou rendez-vous sur : ».
    var scan: String { wording.text("flyer.register.scan") }
    /// « Code QR de la page d'inscription ».
    var qrCaption: String { wording.text("flyer.qr") }
    /// « Contact ».
    var contactHeading: String { wording.text("flyer.contact") }
    /// The discretion promise.
    var discretion: String { wording.text("flyer.discretion") }

    /// « mardi 12 janvier 2027, 18 h 30 – 20 h ».
    func when(_ session: PublicSession) -> String { session.when(in: content.language) }

    /// The venue's lines: its name, its address, and how to get in (step-free access, the access text).
    func place(_ session: PublicSession) -> [String] { session.place(in: content.language) }

    /// « Par téléphone : +41 21 555 12 34 », « Par e-mail : … »: the other ways to register.
    var otherWays: [String] {
        [
            content.phone.map { wording.text("flyer.register.phone", ["phone": $0]) },
            wording.text("flyer.register.email", ["email": content.contact.email]),
        ].compactMap(\.self)
    }

    /// The centre's name, phone and e-mail address.
    var contactItems: [String] { [content.centre, content.phone, content.contact.email].compactMap(\.self) }

    /// « Centre d'entraide Vaud · +41 21 555 12 34 · groupes@entraide-vd.example ».
    var contactLine: String { contactItems.joined(separator: " · ") }

    /// The PDF's title: « Proches aidant·e·s – Lausanne — Nouveau groupe d'entraide ».
    var documentTitle: String { "\(content.title) — \(kicker)" }

    /// Whether the region gets its own line: not when the title already names it.
    var showsRegion: Bool {
        let region = content.region.lowercased()
        return !region.isEmpty && !content.title.lowercased().contains(region)
    }

    /// The catalogue this wording reads.
    var catalogue: Wording { wording }
}
