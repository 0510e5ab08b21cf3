import Phrasebook
import PlanningDomain

/// The `organisation`, `group` and `rules` sections.
extension ScenarioParser {
    /// What `group` yields before the initiator is checked against the participants.
    struct GroupDraft {
        var group: Group
        /// The `initiator` id as written, and where.
        var initiator: (id: String, node: YAMLNode)?
    }

    static let defaultTimeZone = "Europe/Zurich"

    // MARK: - Organisation

    mutating func organisation(from node: YAMLNode) -> Organisation? {
        let subject = Subject(phrase: Noun.organisation)
        guard
            let fields = fields(
                of: node,
                subject: subject,
                what: Noun.key("organisation"),
                required: ["name", "organiser"],
                optional: ["time-zone", "language", "uid-domain", "canton", "phone", "travel-buffer-minutes"]
            )
        else { return nil }
        canton(in: fields)
        let name = text("name", in: fields)
        let timeZone = fields["time-zone"] == nil ? Self.defaultTimeZone : timeZone("time-zone", in: fields)
        let language = fields["language"] == nil ? .french : language("language", in: fields)
        zone = timeZone
        self.language = language
        let organiser = fields["organiser"].flatMap { contact(from: $0) }
        let uidDomain: String?
        if let domainNode = fields["uid-domain"] {
            uidDomain = self.uidDomain(domainNode, in: fields)
        } else {
            uidDomain = organiser.flatMap { $0.email.split(separator: "@").last.map(String.init) }
        }
        let phone: String?? = fields["phone"] == nil ? .some(nil) : phone("phone", in: fields).map(Optional.some)
        if fields["travel-buffer-minutes"] != nil {
            travelBufferMinutes =
                wholeNumber(
                    "travel-buffer-minutes",
                    in: fields,
                    range: 0...Self.longestDuration,
                    code: .invalidDuration,
                    upperNote: Self.twelveHours
                ) { Self.valueOf("travel-buffer-minutes", $0, of: Noun.organisation) }?
                .value
        }
        guard let name, let timeZone, let language, let organiser, let uidDomain, let phone else { return nil }
        return Organisation(
            name: name,
            timeZone: timeZone,
            language: language,
            organiser: organiser,
            uidDomain: uidDomain,
            phone: phone,
            canton: sources.canton?.code
        )
    }

    private mutating func contact(from node: YAMLNode) -> Contact? {
        guard
            let fields = fields(
                of: node,
                subject: Subject(phrase: Noun.organiser),
                what: Noun.field("organiser", of: Noun.organisation),
                required: ["name", "email"]
            )
        else { return nil }
        let name = text("name", in: fields)
        let email = email("email", in: fields)
        guard let name, let email else { return nil }
        return Contact(name: name, email: email)
    }

    private mutating func uidDomain(_ node: YAMLNode, in fields: Fields) -> String? {
        guard let raw = scalar(node, what: fields.subject.field("uid-domain")) else { return nil }
        guard Self.isDomainName(raw.trimmed), raw.contains(".") else {
            report(
                .invalidDomain,
                at: node,
                value: raw,
                Phrase("scenario.invalidDomain", ["value": .verbatim(raw)])
            )
            return nil
        }
        return raw.trimmed
    }

    // MARK: - Group

    mutating func group(from node: YAMLNode) -> GroupDraft? {
        let subject = Subject(phrase: Noun.group)
        guard
            let fields = fields(
                of: node,
                subject: subject,
                what: Noun.key("group"),
                required: ["id", "title", "theme", "type", "region"],
                optional: ["quorum", "maximum-size", "initiator", "public-text", "audience", "calendar-title"]
            )
        else { return nil }
        publicDescription = PublicDescription(
            text: text("public-text", in: fields).flatMap { $0.isEmpty ? nil : $0 },
            audience: text("audience", in: fields).flatMap { $0.isEmpty ? nil : $0 }
        )
        let id = identifier("id", in: fields, kind: "group")
        let title = text("title", in: fields)
        let theme = text("theme", in: fields)
        let type = choice("type", in: fields, noun: "groupType", as: GroupType.self)
        let region = text("region", in: fields)
        let (quorum, maximumSize) = groupSize(in: fields)
        let initiator = fields["initiator"].flatMap { initiatorNode in
            scalar(initiatorNode, what: subject.field("initiator")).map { (id: $0.trimmed, node: initiatorNode) }
        }
        let initiatorIsValid = fields["initiator"] == nil || initiator != nil
        let calendarTitle: CalendarTitle? =
            fields["calendar-title"] == nil
            ? .neutral : choice("calendar-title", in: fields, noun: "calendarTitle", as: CalendarTitle.self)
        guard let id, let title, let theme, let type, let region, let quorum, let maximumSize, initiatorIsValid,
            let calendarTitle
        else { return nil }
        let group = Group(
            id: Group.ID(id),
            title: title,
            theme: theme,
            type: type,
            region: region,
            quorum: quorum,
            maximumSize: maximumSize,
            initiator: initiator.map { Participant.ID($0.id) },
            calendarTitle: calendarTitle
        )
        return GroupDraft(group: group, initiator: initiator)
    }

    /// The quorum and the maximum size: each from 1 to 10000, the quorum not above the maximum.
    private mutating func groupSize(in fields: Fields) -> (quorum: Int?, maximumSize: Int?) {
        let defaults = Group(id: "", title: "", theme: "", type: .talkingGroup, region: "", initiator: nil)
        let range = 1...Self.largestCount
        var quorum: (value: Int, node: YAMLNode?)? = (defaults.quorum, nil)
        if fields["quorum"] != nil {
            quorum = wholeNumber("quorum", in: fields, range: range, code: .invalidQuorum) { Self.valued("quorum", $0) }
                .map { ($0.value, $0.node) }
        }
        var maximum: (value: Int, node: YAMLNode?)? = (defaults.maximumSize, nil)
        if fields["maximum-size"] != nil {
            maximum = wholeNumber("maximum-size", in: fields, range: range, code: .invalidQuorum) {
                Self.valued("maximum-size", $0)
            }
            .map { ($0.value, $0.node) }
        }
        if let (value, node) = quorum, let maximum, value > maximum.value {
            let defaultNote = Phrase("scenario.note.default")
            report(
                .invalidQuorum,
                at: node ?? maximum.node ?? fields.node,
                value: String(value),
                Phrase(
                    "scenario.quorumAboveMaximum",
                    [
                        "quorum": .number(value), "quorumNote": node == nil ? defaultNote : .empty,
                        "maximum": .number(maximum.value), "maximumNote": maximum.node == nil ? defaultNote : .empty,
                    ]
                )
            )
            quorum = nil
        }
        return (quorum?.value, maximum?.value)
    }

    // MARK: - Rules

    mutating func rules(from node: YAMLNode) -> PlanningRules {
        let defaults = PlanningRules()
        guard
            let fields = fields(
                of: node,
                subject: Subject(phrase: Noun.rules),
                what: Noun.key("rules"),
                required: [],
                optional: ["initiator-must-attend", "quorum-applies-to"]
            )
        else { return defaults }
        return PlanningRules(
            initiatorMustAttend: boolean("initiator-must-attend", in: fields) ?? defaults.initiatorMustAttend,
            quorumScope: choice(
                "quorum-applies-to",
                in: fields,
                noun: "quorumAppliesTo",
                as: PlanningRules.QuorumScope.self
            )
                ?? defaults.quorumScope
        )
    }
}
