internal import PlanDocuments
public import PlanningDomain

/// The public information session in words, the same on the flyer, the announcement and the public page.
extension PublicSession {
    /// « mardi 12 janvier 2027, 18 h 30 – 20 h » in `language`.
    public func when(in language: Language) -> String {
        let wording = Wording(language)
        return wording.text(
            "dateTimeRange",
            ["date": wording.date(start.date), "start": wording.time(start.time), "end": wording.time(end.time)]
        )
    }

    /// The venue's lines in `language`: its name, its address, and how to get in (step-free access, the
    /// venue's access text).
    public func place(in language: Language) -> [String] {
        let access = [venue.hasStepFreeAccess ? Wording(language).text("event.descriptionAccess") : nil, venue.access]
            .compactMap(\.self).filter { !$0.isEmpty }.joined(separator: " ")
        return [venue.name, venue.address, access].filter { !$0.isEmpty }
    }

    /// The sentence said while the information session's date is not fixed: the date will be sent to the people
    /// who register.
    public static func dateToFollow(in language: Language) -> String {
        Wording(language).text("flyer.information.unknown")
    }
}
