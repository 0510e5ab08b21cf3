internal import Calendaring
internal import PlanDocuments
internal import PlanningDomain

/// Dates and times as people read them on the pages, in the page's language (the same wording as the
/// invitations: « mardi 12 janvier 2027, 18 h 30 – 20 h »).
enum DateText {
    /// « Séance d'information, mardi 12 janvier 2027, 18 h 30 ».
    static func sessionStart(_ kind: SessionKind, _ start: LocalDateTime, _ catalogue: Catalogue) -> String {
        let wording = Wording(catalogue.language)
        return "\(wording.title(of: kind)), \(wording.date(start.date)), \(wording.time(start.time))"
    }

    /// « mardi 12 janvier 2027, 18 h 30 – 20 h ».
    static func range(_ slot: CandidateSlot, _ catalogue: Catalogue) -> String {
        Wording(catalogue.language).range(slot)
    }

    /// « Séance d'information ».
    static func title(_ kind: SessionKind, _ catalogue: Catalogue) -> String {
        Wording(catalogue.language).title(of: kind)
    }

    /// What a message is about: a session's title, or the group's regular meetings (the hand-over).
    static func title(_ subject: MessageSubject, _ catalogue: Catalogue) -> String {
        guard let kind = subject.session else { return catalogue.text("publish.handover") }
        return title(kind, catalogue)
    }

    /// An instant in the centre's zone: « mercredi 25 novembre 2026, 9 h 05 ».
    static func instant(_ instant: Instant, zone: String, _ catalogue: Catalogue) -> String {
        let local = TimeZoneConversion.localDateTime(of: instant, in: zone)
        let wording = Wording(catalogue.language)
        return "\(wording.date(local.date)), \(wording.time(local.time))"
    }
}
