import GRDB
import PlanningDomain

/// What a group's scenario holds besides its participants and the centre's records: the group's own
/// settings, compared to decide whether an import changes them, and written together.
struct GroupSettings: Equatable {
    var group: Group
    var rules: PlanningRules
    var sessionRules: [SessionRule]
    var candidates: [CandidateSlot]
    /// The facilitators named, in order.
    var facilitators: [Facilitator.ID]
    var busy: [Facilitator.ID: Set<CandidateSlot.ID>]
    var tentative: [Facilitator.ID: Set<CandidateSlot.ID>]
    /// The venues named, in order.
    var venues: [Venue.ID]
    var booked: [Venue.ID: Set<CandidateSlot.ID>]

    /// The settings of `scenario`.
    ///
    /// The facilitators and venues named are the scenario's, then those its candidates refer to that it does
    /// not list but the centre has (`known…`), in the candidates' order.
    init(_ scenario: Scenario, knownFacilitators: Set<Facilitator.ID>, knownVenues: Set<Venue.ID>) {
        group = scenario.group
        rules = scenario.rules
        sessionRules = scenario.sessionRules
        candidates = scenario.candidates
        // A duplicate id (the scenario reader refuses them) is named once, with its first entry's candidates.
        facilitators = []
        venues = []
        for id in scenario.facilitators.map(\.id) where !facilitators.contains(id) { facilitators.append(id) }
        for id in scenario.venues.map(\.id) where !venues.contains(id) { venues.append(id) }
        for candidate in scenario.candidates {
            if knownFacilitators.contains(candidate.facilitator), !facilitators.contains(candidate.facilitator) {
                facilitators.append(candidate.facilitator)
            }
            if knownVenues.contains(candidate.venue), !venues.contains(candidate.venue) {
                venues.append(candidate.venue)
            }
        }
        busy = Self.first(scenario.facilitators.map { ($0.id, $0.busySlots) })
        tentative = Self.first(scenario.facilitators.map { ($0.id, $0.tentativeSlots) })
        booked = Self.first(scenario.venues.map { ($0.id, $0.bookedSlots) })
    }

    /// The non-empty sets by id, the first entry of an id winning.
    private static func first<ID: Hashable>(_ pairs: [(ID, Set<CandidateSlot.ID>)]) -> [ID: Set<CandidateSlot.ID>] {
        Dictionary(pairs, uniquingKeysWith: { first, _ in first }).filter { !$0.value.isEmpty }
    }

    /// Replaces the group's row, candidates, named facilitators and venues and their candidates.
    func write(_ db: Database) throws {
        let id = group.id.rawValue
        try db.execute(
            sql: """
                INSERT INTO workspace_group (id, title, theme, type, region, quorum, maximum_size, initiator, rules,
                    session_rules, calendar_title)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET title = excluded.title, theme = excluded.theme, type = excluded.type,
                    region = excluded.region, quorum = excluded.quorum, maximum_size = excluded.maximum_size,
                    initiator = excluded.initiator, rules = excluded.rules, session_rules = excluded.session_rules,
                    calendar_title = excluded.calendar_title
                """,
            arguments: [
                id, group.title, group.theme, group.type.rawValue, group.region, group.quorum, group.maximumSize,
                group.initiator?.rawValue, StoredSettings.encoded(StoredSettings.Rules(rules)),
                StoredSettings.encoded(sessionRules.map(StoredSettings.SessionRule.init)), group.calendarTitle.rawValue,
            ]
        )
        for table in ["candidate_slot", "group_facilitator", "group_venue"] {
            // Deleting the named facilitators and venues deletes their candidates too (ON DELETE CASCADE).
            try db.execute(sql: "DELETE FROM \(table) WHERE group_id = ?", arguments: [id])
        }
        for (position, slot) in candidates.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO candidate_slot (group_id, id, position, kind, start, duration_minutes, venue, facilitator)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, slot.id.rawValue, position, slot.kind.rawValue, slot.start.description, slot.durationMinutes,
                    slot.venue.rawValue, slot.facilitator.rawValue,
                ]
            )
        }
        for (position, facilitator) in facilitators.enumerated() {
            try db.execute(
                sql: "INSERT INTO group_facilitator (group_id, facilitator_id, position) VALUES (?, ?, ?)",
                arguments: [id, facilitator.rawValue, position]
            )
            for (kind, slots) in [("busy", busy[facilitator] ?? []), ("tentative", tentative[facilitator] ?? [])] {
                for slot in slots.sorted() {
                    try db.execute(
                        sql:
                            "INSERT INTO facilitator_slot (group_id, facilitator_id, slot_id, kind) VALUES (?, ?, ?, ?)",
                        arguments: [id, facilitator.rawValue, slot.rawValue, kind]
                    )
                }
            }
        }
        for (position, venue) in venues.enumerated() {
            try db.execute(
                sql: "INSERT INTO group_venue (group_id, venue_id, position) VALUES (?, ?, ?)",
                arguments: [id, venue.rawValue, position]
            )
            for slot in (booked[venue] ?? []).sorted() {
                try db.execute(
                    sql: "INSERT INTO venue_booking (group_id, venue_id, slot_id) VALUES (?, ?, ?)",
                    arguments: [id, venue.rawValue, slot.rawValue]
                )
            }
        }
    }
}
