public import PlanningDomain

extension Rhythm {
    /// An example of the syntax, quoted in every error.
    public static let example = "every 2 weeks tuesday 19:00 120min"

    /// Reads a rhythm written as `every [N] week[s] WEEKDAY HH:MM DURATION [from YYYY-MM-DD] [until YYYY-MM-DD]`.
    ///
    /// - `every week` or `every N weeks`, N from 1 to 52;
    /// - the weekday in English (`monday` … `sunday`), any case;
    /// - the start as `HH:MM` on a 24-hour clock (`19:00`, `9:30`);
    /// - the duration as minutes or hours: `120min`, `90 min`, `2h`, `1h30`; 1 minute to 12 hours;
    /// - `from DATE`: the first day a meeting may fall on (default `defaultStart`, such as the day after
    ///   founding session 2); `until DATE`: the last one (default: no end); each at most once, in either order.
    ///
    /// Words are separated by spaces; case does not matter.
    ///
    /// - Throws: ``RhythmError`` naming the first part that cannot be read, or what is missing.
    public static func parse(_ text: String, from defaultStart: LocalDate) throws(RhythmError) -> Rhythm {
        var reader = RhythmTokens(text)
        try reader.expect("every")
        var every = 1
        if let count = reader.peek.flatMap({ Int($0.text) }) {
            guard (1...52).contains(count) else {
                throw reader.error(at: reader.peek, "is not a number of weeks", expected: "a number from 1 to 52")
            }
            every = count
            reader.advance()
        }
        let unit = try reader.next(expecting: "'week' or 'weeks'")
        guard ["week", "weeks"].contains(unit.lowered) else { throw reader.error(at: unit, "is not 'week' or 'weeks'") }
        let day = try reader.next(expecting: "a weekday such as 'tuesday'")
        guard let weekday = Weekday.allCases.first(where: { $0.description == day.lowered }) else {
            throw reader.error(
                at: day,
                "is not a weekday",
                expected: "monday, tuesday, wednesday, thursday, friday, saturday or sunday"
            )
        }
        let time = try reader.next(expecting: "a start time such as '19:00'")
        guard let start = Self.time(time.text) else {
            throw reader.error(at: time, "is not a start time", expected: "a time from 00:00 to 23:59 written HH:MM")
        }
        let duration = try reader.duration()
        var from: LocalDate?
        var until: (date: LocalDate, token: RhythmTokens.Token)?
        while let keyword = reader.peek {
            reader.advance()
            let isFrom = keyword.lowered == "from"
            guard isFrom || keyword.lowered == "until" else {
                throw reader.error(
                    at: keyword,
                    "is not understood after the duration",
                    expected: "'from YYYY-MM-DD' or 'until YYYY-MM-DD', or nothing"
                )
            }
            guard isFrom ? from == nil : until == nil else {
                throw reader.error(at: keyword, "is given twice", expected: "one '\(keyword.lowered)' at most")
            }
            let value = try reader.next(expecting: "a date such as '2027-12-21' after '\(keyword.text)'")
            guard let date = Self.date(value.text) else {
                throw reader.error(at: value, "is not a date that exists", expected: "a date written YYYY-MM-DD")
            }
            if isFrom { from = date } else { until = (date, value) }
        }
        let rhythm = Rhythm(
            every: every,
            weekday: weekday,
            start: start,
            durationMinutes: duration,
            from: from ?? defaultStart,
            until: until?.date
        )
        if let until, until.date < rhythm.firstDate {
            throw reader.error(
                at: until.token,
                "is before the first meeting",
                expected: "a last day on or after \(weekday) \(rhythm.firstDate)"
            )
        }
        return rhythm
    }

    // MARK: - Values

    /// `19:00`, `9:30`.
    static func time(_ text: String) -> LocalTime? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return nil }
        return LocalTime(hour: hour, minute: minute)
    }

    /// `2027-12-21`.
    static func date(_ text: String) -> LocalDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// `120min`, `120 min`, `2h`, `1h30`, in minutes; `nil` when not a duration.
    static func minutes(_ text: String) -> Int? {
        let lowered = text.lowercased()
        if lowered.hasSuffix("min") { return Int(lowered.dropLast(3)).flatMap { $0 >= 0 ? $0 : nil } }
        let parts = lowered.split(separator: "h", omittingEmptySubsequences: false)
        guard parts.count == 2, let hours = Int(parts[0]), hours >= 0 else { return nil }
        if parts[1].isEmpty { return hours * 60 }
        guard parts[1].count == 2, let minutes = Int(parts[1]), (0..<60).contains(minutes) else { return nil }
        return hours * 60 + minutes
    }
}
