public import PlanningDomain

/// Seeded random regional problems for the calendar's tests and benchmark: the same seed and shape give the
/// same problem.
///
/// The year is 2027 in the canton of Vaud: its public holidays, a summer and a Christmas closure. Each group has a
/// lead facilitator, two home rooms, two usual weekdays and start times; founding groups start between January
/// and September, groups whose review is due were founded the autumn before. Some information sessions and
/// runs are already published, and one facilitator with a published session is then away for two weeks (and
/// one published room booked over), so that re-planning must move published sessions. Workshops run in one or
/// two windows of months, on Saturday mornings or weekday afternoons and evenings; interested people are members
/// of the groups or people from outside, several of whom want more than one workshop.
public enum RandomRegion {
    /// The planned year.
    public static let year = 2027
    /// 1 January 2027.
    static let januaryFirst = LocalDate(dayNumber: 20_819)

    /// A problem of the given shape drawn from `seed`.
    public static func make(seed: UInt64, shape: RegionShape) -> RegionalProblem {
        var random = SplitMix64(seed: seed)
        var centre = makeCentre(&random, shape: shape)
        var held: [String: Int] = [:]
        var groups = (0..<shape.groups).map { makeGroup($0, &random, shape: shape, centre: centre, held: &held) }
        let workshops = (0..<shape.workshops).map { makeWorkshop($0, &random, shape: shape, centre: centre) }
        qualify(&centre, for: workshops, &random)
        let interests = workshops.flatMap { makeInterests(for: $0, &random, shape: shape, groups: groups) }
        var bookings = makeBookings(&random, centre: centre)
        let publishedRuns = workshops.compactMap { workshop in
            random.chance(shape.publishedRunShare) ? publishedRun(of: workshop, interests: interests) : nil
        }
        disrupt(&centre, &groups, &bookings, &random)
        return RegionalProblem(
            centre: centre,
            year: year,
            groups: groups,
            workshops: workshops,
            interests: interests,
            bookings: bookings,
            publishedRuns: publishedRuns
        )
    }

    // MARK: - The centre

    static func makeCentre(_ random: inout SplitMix64, shape: RegionShape) -> Centre {
        let facilitators = (0..<shape.facilitators).map { index in
            let holiday = januaryFirst.adding(days: 7 * random.int(in: 1...50))
            var away = Set((0..<7).map { holiday.adding(days: $0) })
            for _ in 0..<random.int(in: 0...3) { away.insert(januaryFirst.adding(days: random.int(in: 0...364))) }
            let kinds = random.chance(0.1) ? SessionKind.foundingSequence : SessionKind.groupSequence
            return Facilitator(
                id: .init("f\(pad(index + 1, 3))"),
                name: "Facilitator \(index + 1)",
                email: "f\(index + 1)@centre.example",
                awayDates: away,
                qualifications: Qualifications(sessionKinds: Set(kinds)),
                weeklyLimit: random.chance(0.8) ? random.int(in: 2...3) : nil,
                monthlyLimit: random.chance(0.7) ? random.int(in: 7...10) : nil
            )
        }
        let evenings = minutes(8 * 60)...minutes(22 * 60)
        let venues = (0..<shape.venues).map { index in
            let shortWeek = random.chance(0.2)
            var hours = (1...(shortWeek ? 4 : 5)).compactMap { day -> WeeklyWindow? in
                guard let weekday = Weekday(rawValue: day) else { return nil }
                return WeeklyWindow(
                    weekday: weekday,
                    from: evenings.lowerBound,
                    to: shortWeek ? minutes(21 * 60 + 30) : evenings.upperBound
                )
            }
            if random.chance(0.5) {
                hours.append(WeeklyWindow(weekday: .saturday, from: minutes(9 * 60), to: minutes(13 * 60)))
            }
            return Venue(
                id: .init("v\(pad(index + 1, 2))"),
                name: "Room \(index + 1)",
                address: "Street \(index + 1)",
                capacity: random.int(in: 10...30),
                hasStepFreeAccess: index == 0 || random.chance(0.7),
                openingHours: hours
            )
        }
        return Centre(
            organisation: Organisation(
                name: "Centre",
                timeZone: "Europe/Zurich",
                language: .french,
                organiser: Contact(name: "Centre", email: "centre@centre.example"),
                uidDomain: "centre.example"
            ),
            facilitators: facilitators,
            venues: venues,
            closures: closures()
        )
    }

    /// Vaud's public holidays of 2027 and the centre's summer and Christmas closures.
    static func closures() -> [Closure] {
        let holidays: [(Int, Int, String)] = [
            (1, 1, "Nouvel An"), (1, 2, "Saint-Berchtold"), (3, 26, "Vendredi saint"), (3, 29, "Lundi de Pâques"),
            (5, 6, "Ascension"), (5, 17, "Lundi de Pentecôte"), (8, 1, "Fête nationale"),
            (9, 20, "Lundi du Jeûne fédéral"), (12, 25, "Noël"),
        ]
        var closures = holidays.compactMap { month, day, name in
            LocalDate(year: year, month: month, day: day).map { Closure(from: $0, to: $0, reason: name) }
        }
        if let from = LocalDate(year: year, month: 7, day: 19), let to = LocalDate(year: year, month: 8, day: 6) {
            closures.append(Closure(from: from, to: to, reason: "Vacances d'été"))
        }
        if let from = LocalDate(year: year, month: 12, day: 24), let to = LocalDate(year: year, month: 12, day: 31) {
            closures.append(Closure(from: from, to: to, reason: "Fermeture de fin d'année"))
        }
        return closures
    }

    static func makeBookings(_ random: inout SplitMix64, centre: Centre) -> [VenueBooking] {
        centre.venues.flatMap { venue in
            (0..<2).map { _ in
                let day = januaryFirst.adding(days: random.int(in: 0...364))
                let start = LocalDateTime(date: day, time: minutes(18 * 60))
                return VenueBooking(venue: venue.id, start: start, end: start.adding(minutes: 180), reason: "location")
            }
        }
    }

    // MARK: - Helpers

    /// A time of day from minutes after midnight (callers pass 0..<1440).
    static func minutes(_ value: Int) -> LocalTime {
        let base = LocalDateTime(date: januaryFirst, time: midnight)
        return base.adding(minutes: value).time
    }

    private static let midnight: LocalTime = {
        guard let time = LocalTime(hour: 0, minute: 0) else { preconditionFailure("00:00 exists") }
        return time
    }()

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
