import Phrasebook
import PlanningDomain

/// The `facilitators` and `venues` sections.
extension ScenarioParser {
    // MARK: - Facilitators

    mutating func facilitators(from node: YAMLNode, allowsEmpty: Bool = false) -> [Facilitator]? {
        entries(of: node, section: "facilitators", allowsEmpty: allowsEmpty) { parser, entry, index in
            parser.facilitator(from: entry, index: index)
        }
    }

    private mutating func facilitator(from node: YAMLNode, index: Int) -> Facilitator? {
        let subject = Subject(phrase: Noun.entry("facilitator", id: peekID(node), index: index))
        guard
            let fields = fields(
                of: node,
                subject: subject,
                what: Noun.entry(index, of: Noun.key("facilitators")),
                required: ["id", "name", "email"],
                optional: [
                    "away", "weekly", "calendars", "phone", "languages", "qualifications", "weekly-limit",
                    "monthly-limit",
                ]
            )
        else { return nil }
        let id = registeredID(in: fields, kind: "facilitator")
        let name = text("name", in: fields)
        let email = email("email", in: fields)
        let away = fields["away"].map { awayDates(from: $0, of: subject) } ?? []
        let own = personalSources(in: fields, readsAway: false)
        let phone: String?? = fields["phone"] == nil ? .some(nil) : phone("phone", in: fields).map(Optional.some)
        let languages = fields["languages"].map { self.languages(from: $0, of: subject) } ?? []
        let qualifications = fields["qualifications"].map { self.qualifications(from: $0, of: subject) } ?? .everything
        let weeklyLimit = limit("weekly-limit", in: fields)
        let monthlyLimit = limit("monthly-limit", in: fields)
        guard let id, let name, let email, let away, let own, let phone, let languages, let qualifications,
            let weeklyLimit, let monthlyLimit
        else { return nil }
        if !own.isEmpty { sources.facilitators[Facilitator.ID(id)] = own }
        return Facilitator(
            id: Facilitator.ID(id),
            name: name,
            email: email,
            awayDates: away,
            phone: phone,
            languages: languages,
            qualifications: qualifications,
            weeklyLimit: weeklyLimit,
            monthlyLimit: monthlyLimit
        )
    }

    /// `away: [2027-02-23, {from: 2027-03-29, to: 2027-04-02}]`: single days and periods, both ends included.
    mutating func awayDates(from node: YAMLNode, of subject: Subject) -> Set<LocalDate>? {
        guard let entries = list(node, what: subject.field("away")) else { return nil }
        var dates = Set<LocalDate>()
        var isValid = true
        for entry in entries {
            if entry.mapping != nil {
                let periodFields = fields(
                    of: entry,
                    subject: Subject(phrase: Noun.awayPeriod(of: subject.name)),
                    what: Noun.anEntry(of: subject.field("away")),
                    required: [],
                    optional: ["from", "to"]
                )
                if let periodFields, let period = period(in: periodFields) {
                    for day in period.from.dayNumber...period.to.dayNumber { dates.insert(LocalDate(dayNumber: day)) }
                } else {
                    isValid = false
                }
            } else if let date = date(entry, what: Noun.anEntry(of: subject.field("away"))) {
                dates.insert(date)
            } else {
                isValid = false
            }
        }
        return isValid ? dates : nil
    }

    // MARK: - Venues

    mutating func venues(from node: YAMLNode, allowsEmpty: Bool = false) -> [Venue]? {
        entries(of: node, section: "venues", allowsEmpty: allowsEmpty) { parser, entry, index in
            parser.venue(from: entry, index: index)
        }
    }

    private mutating func venue(from node: YAMLNode, index: Int) -> Venue? {
        let subject = Subject(phrase: Noun.entry("venue", id: peekID(node), index: index))
        guard
            let fields = fields(
                of: node,
                subject: subject,
                what: Noun.entry(index, of: Noun.key("venues")),
                required: ["id", "name", "address", "capacity"],
                optional: ["step-free", "calendars", "opening-hours", "access"]
            )
        else { return nil }
        let id = registeredID(in: fields, kind: "venue")
        let name = text("name", in: fields)
        let address = text("address", in: fields)
        let capacity = wholeNumber(
            "capacity",
            in: fields,
            range: 1...Self.largestCount,
            code: .invalidCapacity
        ) { Self.valueOf("capacity", $0, of: subject.name) }
        let stepFree = fields["step-free"] == nil ? false : boolean("step-free", in: fields)
        let calendars = fields["calendars"].map { fileReferences(from: $0, what: subject.field("calendars")) } ?? []
        let openingHours = fields["opening-hours"].map { self.openingHours(from: $0, of: subject) } ?? []
        let access: String?? = fields["access"] == nil ? .some(nil) : text("access", in: fields).map(Optional.some)
        guard let id, let name, let address, let capacity, let stepFree, let calendars, let openingHours, let access
        else { return nil }
        if !calendars.isEmpty { sources.venues[Venue.ID(id)] = calendars }
        return Venue(
            id: Venue.ID(id),
            name: name,
            address: address,
            capacity: capacity.value,
            hasStepFreeAccess: stepFree,
            openingHours: openingHours,
            access: access.flatMap { $0.isEmpty ? nil : $0 }
        )
    }

    // MARK: - Lists of entries with ids

    /// Reads a non-empty top-level list entry by entry; `nil` when the list or any entry is wrong.
    mutating func entries<Item>(
        of node: YAMLNode,
        section: String,
        allowsEmpty: Bool = false,
        read: (inout ScenarioParser, YAMLNode, Int) -> Item?
    ) -> [Item]? {
        guard let entries = list(node, what: Noun.key(section)) else { return nil }
        guard !entries.isEmpty || allowsEmpty else {
            report(
                .emptyList,
                at: node,
                Phrase("scenario.emptySection", ["document": documentName, "section": .verbatim(section)])
            )
            return nil
        }
        var items: [Item] = []
        var isValid = true
        for (index, entry) in entries.enumerated() {
            if let item = read(&self, entry, index) { items.append(item) } else { isValid = false }
        }
        return isValid ? items : nil
    }

    /// The entry's `id`, checked and recorded; `nil` when invalid or used before by the same kind.
    mutating func registeredID(in fields: Fields, kind: String) -> String? {
        guard let node = fields["id"] else { return nil }
        guard let id = identifier("id", in: fields, kind: kind) else {
            // Remembered all the same, so that references to it are not reported too.
            if let raw = node.scalar?.string.trimmed { registries[kind, default: IDRegistry()].refused.append(raw) }
            return nil
        }
        return register(id: id, of: kind, at: node) ? id : nil
    }
}
