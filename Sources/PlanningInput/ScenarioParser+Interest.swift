import InputVocabulary
import Phrasebook
import PlanningDomain

/// The `interest` list: who wants which workshops, with the same availability sources as a group's participants.
extension ScenarioParser {
    /// Keys of an interested person that hold nothing personal; every other value is masked in the lines shown.
    static let impersonalInterestKeys: Set<String> = [
        "id", "language", "group", "registered", "step-free", "workshops", "answers", "weekly", "away", "calendars",
    ]

    /// The people of an `interest` list against `catalogue`, as participants (with the answers written) and
    /// their wishes; `nil` after reporting.
    mutating func interest(
        from node: YAMLNode,
        catalogue: WorkshopCatalogue,
        language: Language
    ) -> [(participant: Participant, wish: InterestedPerson)]? {
        let slots = catalogue.workshops.flatMap(\.candidates).map(\.id.rawValue)
        registries["candidate", default: IDRegistry()].external = slots
        candidateIDs = Set(slots.map { CandidateSlot.ID($0) })
        registries["workshop", default: IDRegistry()].external = catalogue.workshops.map(\.id.rawValue)
        return entries(of: node, section: "interest") { parser, entry, index in
            parser.interestedPerson(from: entry, index: index, language: language)
        }
    }

    private mutating func interestedPerson(
        from node: YAMLNode,
        index: Int,
        language: Language
    ) -> (participant: Participant, wish: InterestedPerson)? {
        for (key, value) in node.mapping ?? [:] where !Self.impersonalInterestKeys.contains(key.scalar?.string ?? "") {
            markPersonal(value)
        }
        let shownID = peekID(node).flatMap { Self.looksPersonal($0) ? nil : $0 }
        let subject = Subject(phrase: Noun.entry("person", id: shownID, index: index))
        guard
            let fields = fields(
                of: node,
                subject: subject,
                what: Noun.entry(index, of: Noun.key("interest")),
                required: ["id", "name", "email", "workshops"],
                optional: ["language", "group", "registered", "step-free", "answers", "weekly", "away", "calendars"]
            )
        else { return nil }
        let id = registeredID(in: fields, kind: "participant")
        let name = text("name", in: fields)
        let email = email("email", in: fields)
        let personLanguage = fields["language"] == nil ? language : self.language("language", in: fields)
        let group: String?? = fields["group"] == nil ? .some(nil) : identifier("group", in: fields, kind: "group")
        let registered = fields["registered"] == nil ? .some(nil) : registration(in: fields)
        let stepFree = fields["step-free"] == nil ? false : boolean("step-free", in: fields)
        let workshops = fields["workshops"].flatMap { wantedWorkshops($0, of: subject) }
        var answers: [CandidateSlot.ID: Availability]? = [:]
        if let answersNode = fields["answers"] {
            answers = self.answers(from: answersNode, of: subject, language: language)
        }
        let own = personalSources(in: fields, readsAway: true)
        guard let id, let name, let email, let personLanguage, let group, let registered, let stepFree, let workshops,
            let answers, let own
        else { return nil }
        if !own.isEmpty { sources.participants[Participant.ID(id)] = own }
        let participant = Participant(
            id: Participant.ID(id),
            name: name,
            email: email,
            language: personLanguage,
            needsStepFreeAccess: stepFree,
            answers: answers
        )
        let wish = InterestedPerson(
            person: Participant.ID(id),
            workshops: workshops,
            group: group.map { Group.ID($0) },
            registeredAt: registered
        )
        return (participant, wish)
    }

    /// `workshops: [ecoute-active, conflits]`, each in the catalogue.
    private mutating func wantedWorkshops(_ node: YAMLNode, of subject: Subject) -> [Workshop.ID]? {
        let entries = node.sequence.map(Array.init) ?? [node]
        let known = registries["workshop"] ?? IDRegistry()
        var ids: [Workshop.ID] = []
        var isValid = true
        for entry in entries {
            guard let id = scalar(entry, what: Noun.anEntry(of: subject.field("workshops")))?.trimmed else {
                isValid = false
                continue
            }
            guard known.covers(id) else {
                let nearest = Suggestion.closest(to: id, among: known.order + known.external)
                let catalogue =
                    known.external.isEmpty
                    ? Phrase("scenario.catalogueEmpty") : Phrase("scenario.catalogueHas", ["ids": .ids(known.external)])
                report(
                    .unknownWorkshop,
                    at: entry,
                    value: id,
                    Phrase(
                        "scenario.unknownWorkshop",
                        [
                            "subject": subject.name, "id": .verbatim(id),
                            "hint": nearest.map(Phrase.didYouMean)
                                ?? Phrase("scenario.expectedCatalogueWorkshop", ["catalogue": catalogue]),
                        ]
                    )
                )
                isValid = false
                continue
            }
            if !ids.contains(Workshop.ID(id)) { ids.append(Workshop.ID(id)) }
        }
        guard !ids.isEmpty || !isValid else {
            report(
                .emptyList,
                at: node,
                Phrase(
                    "scenario.emptyList",
                    ["field": subject.field("workshops"), "kind": Phrase("scenario.idKind.workshop")]
                )
            )
            return nil
        }
        return isValid ? ids : nil
    }

    /// `registered: 2027-01-05` (that day, 00:00 UTC) or `2027-01-05T10:00:00+01:00`.
    private mutating func registration(in fields: Fields) -> Instant?? {
        guard let node = fields["registered"], let raw = scalar(node, what: fields.subject.field("registered")) else {
            return nil
        }
        let text = raw.trimmed
        if let instant = Instant(iso8601: text) { return .some(instant) }
        if case .date(let date)? = WrittenDate.read(text),
            let instant = Instant(secondsSince1970: Int64(date.dayNumber) * 86_400)
        {
            return .some(instant)
        }
        report(
            .invalidDate,
            at: node,
            value: raw,
            Phrase("scenario.notARegistration", ["field": fields.subject.field("registered"), "value": .verbatim(raw)])
        )
        return nil
    }
}
