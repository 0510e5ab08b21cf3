import PlanningDomain

/// How the centre's records' list columns are written (JSON arrays, sorted where the value is a set) and read
/// back, with an error naming the column for anything else.
enum CentreColumns {
    /// A window of opening hours: `{"day": "tuesday", "from": "18:00", "to": "21:30"}`.
    struct Window: Codable, Equatable {
        var day: String
        var from: String
        var to: String
    }

    static func away(_ dates: Set<LocalDate>) -> String { StoredSettings.encoded(dates.sorted().map(\.description)) }

    static func away(_ row: StoredRow) throws -> Set<LocalDate> {
        let expected = "a JSON array of dates (2027-01-12)"
        let texts = try row.json("away_dates", [String].self, expected)
        return Set(
            try texts.map { text in
                guard let date = StoredText.date(text) else { throw row.problem("away_dates", expected) }
                return date
            }
        )
    }

    static func languages(_ languages: [Language]) -> String { StoredSettings.encoded(languages.map(\.code)) }

    static func languages(_ row: StoredRow) throws -> [Language] {
        try row.json("languages", [String].self, "a JSON array of language codes").map(Language.init)
    }

    static func sessionKinds(_ kinds: Set<SessionKind>) -> String {
        StoredSettings.encoded(kinds.sorted().map(\.rawValue))
    }

    static func workshops(_ workshops: Set<String>) -> String { StoredSettings.encoded(workshops.sorted()) }

    static func qualifications(_ row: StoredRow) throws -> Qualifications {
        let expected =
            "a JSON array of session kinds (" + SessionKind.allCases.map(\.rawValue).joined(separator: ", ")
            + ")"
        let kinds = try row.json("session_kinds", [String].self, expected).map { raw in
            guard let kind = SessionKind(rawValue: raw) else { throw row.problem("session_kinds", expected) }
            return kind
        }
        return Qualifications(
            sessionKinds: Set(kinds),
            workshops: Set(try row.json("workshops", [String].self, "a JSON array of workshop ids")),
            allWorkshops: try row.bool("all_workshops")
        )
    }

    static func openingHours(_ windows: [WeeklyWindow]) -> String {
        StoredSettings.encoded(
            windows.map { Window(day: $0.weekday.description, from: $0.from.description, to: $0.to.description) }
        )
    }

    static func openingHours(_ row: StoredRow) throws -> [WeeklyWindow] {
        let expected = "a JSON array of windows {\"day\": \"tuesday\", \"from\": \"18:00\", \"to\": \"21:30\"}"
        return try row.json("opening_hours", [Window].self, expected).map { window in
            guard let weekday = Weekday.allCases.first(where: { $0.description == window.day }),
                let from = StoredText.time(window.from), let to = StoredText.time(window.to), from < to
            else { throw row.problem("opening_hours", expected) }
            return WeeklyWindow(weekday: weekday, from: from, to: to)
        }
    }
}
