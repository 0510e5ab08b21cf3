import PlanningDomain

extension RegionalChecker {
    /// The rules every session shares, whatever it belongs to: rooms open and not booked, nobody and no room in
    /// two places, the travel buffer, the weekly and monthly limits.
    func checkShared(_ sessions: [Booked], log: inout BreachLog) {
        for session in sessions {
            guard let room = centreVenue(session.venue) else {
                log.add(.openingHours, "\(session.label): \(session.venue) is not a room of the centre")
                continue
            }
            let minutes = session.end.wallMinutes - session.start.wallMinutes
            let open =
                room.openingHours.isEmpty
                || room.openingHours.contains { window in
                    Weekday(of: session.start.date) == window.weekday
                        && window.from.minuteOfDay <= session.start.time.minuteOfDay
                        && session.start.time.minuteOfDay + minutes <= window.to.minuteOfDay
                }
            if !open { log.add(.openingHours, "\(session.label): \(room.id) is closed at \(session.start)") }
            for booking in problem.bookings where booking.venue == room.id {
                if booking.start < session.end && session.start < booking.end {
                    log.add(
                        .venueBooked,
                        "\(session.label): \(room.id) is booked from \(booking.start) to \(booking.end)"
                    )
                }
            }
        }
        let ordered = sessions.sorted { $0.start < $1.start }
        for (index, first) in ordered.enumerated() {
            for second in ordered[(index + 1)...] {
                // Nothing later can clash once starts are a day past this end (buffers are far shorter).
                if second.start.wallMinutes > first.end.wallMinutes + 1440 { break }
                let overlap = second.start < first.end
                if overlap && first.venue == second.venue {
                    log.add(.venueOverlap, "\(first.venue) holds \(first.label) and \(second.label) at once")
                }
                for person in first.facilitators where second.facilitators.contains(person) {
                    if overlap {
                        log.add(.facilitatorOverlap, "\(person) leads \(first.label) and \(second.label) at once")
                    } else if first.venue != second.venue
                        && second.start.wallMinutes - first.end.wallMinutes < problem.centre.travelBufferMinutes
                    {
                        log.add(
                            .travelBuffer,
                            "\(person) has \(second.start.wallMinutes - first.end.wallMinutes) minutes between "
                                + "\(first.label) and \(second.label), buffer \(problem.centre.travelBufferMinutes)"
                        )
                    }
                }
            }
        }
        checkLimits(sessions, log: &log)
    }

    private func checkLimits(_ sessions: [Booked], log: inout BreachLog) {
        for facilitator in problem.centre.facilitators {
            let mine = sessions.filter { $0.facilitators.contains(facilitator.id) }
            if let limit = facilitator.weeklyLimit {
                let weeks = Dictionary(grouping: mine) { ISOWeek($0.start.date) }
                for week in weeks.keys.sorted() where (weeks[week]?.count ?? 0) > limit {
                    log.add(
                        .weeklyLimit,
                        "\(facilitator.id): \(weeks[week]?.count ?? 0) sessions in \(week), limit \(limit)"
                    )
                }
            }
            if let limit = facilitator.monthlyLimit {
                let months = Dictionary(grouping: mine) { YearMonth($0.start.date) }
                for month in months.keys.sorted() where (months[month]?.count ?? 0) > limit {
                    log.add(
                        .monthlyLimit,
                        "\(facilitator.id): \(months[month]?.count ?? 0) sessions in \(month), limit \(limit)"
                    )
                }
            }
        }
    }
}
