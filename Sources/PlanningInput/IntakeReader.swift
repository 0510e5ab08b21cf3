import Phrasebook
public import PlanningDomain

/// Reads the intake interview's form (YAML, filled in by staff) into an `IntakeRecord`, or reports every
/// problem of the file at once, located like the scenario's (`file:line:column: error: …`, the line, a caret).
///
/// ```yaml
/// group: proches-aidants-lausanne      # the id the group will have
/// title: Proches aidant·e·s – Lausanne  # optional working title
/// region: Lausanne
/// group-type: talking-group            # talking-group, information-exchange or shared-activity
/// theme: Partager le quotidien de celles et ceux qui accompagnent un proche.
/// need: Rompre l'isolement, échanger des astuces.
/// member-profile: Des proches aidant·e·s de tous âges.
/// initiator-role: Membre comme les autres; premier contact au début.
/// motivation: A vécu l'épuisement; prête à décider en groupe.
/// interview: {date: 2027-01-05, staff: anne, mode: centre}   # optional; mode centre, phone or video
/// ```
///
/// The same conventions as the scenario: kebab-case keys, every value read as the text written. The need, the
/// members' profile, the initiator's role and the motivation are confidential notes: in the line shown under an
/// error they are masked with `*`.
public struct IntakeReader: Sendable {
    /// A reader; it holds no state.
    public init() {}

    /// Reads the form at `path` through `files` (the disk by default); errors name the file as `path` is
    /// written.
    public func read(
        contentsOf path: String,
        files: any InputFiles = DiskFiles()
    ) throws(ScenarioErrors) -> IntakeRecord {
        try read(yaml: YAMLFile.text(contentsOf: path, noun: "intake", files: files), fileName: path)
    }

    /// Reads a form from its text; `fileName` is what errors show as the file.
    public func read(yaml: String, fileName: String) throws(ScenarioErrors) -> IntakeRecord {
        var parser = ScenarioParser(fileName: fileName, text: yaml)
        parser.documentName = Noun.intakeForm
        guard let root = try YAMLFile.compose(yaml, parser: &parser) else {
            throw YAMLFile.emptyFileError(fileName, expected: Phrase("scenario.expected.intake"))
        }
        guard let record = parser.intakeRecord(from: root) else { throw ScenarioErrors(parser.errors()) }
        return record
    }
}

extension ScenarioParser {
    /// The keys of an intake form: required first.
    static let intakeRequired = [
        "group", "region", "group-type", "theme", "need", "member-profile", "initiator-role", "motivation",
    ]

    /// The record of an intake form, or `nil` when anything is wrong (see ``problems``).
    mutating func intakeRecord(from root: YAMLNode) -> IntakeRecord? {
        let subject = Subject(phrase: nil, document: Noun.intakeForm)
        guard
            let fields = fields(
                of: root,
                subject: subject,
                what: Noun.intakeForm,
                required: Self.intakeRequired,
                optional: ["title", "interview"]
            )
        else { return nil }
        for key in ["need", "member-profile", "initiator-role", "motivation"] {
            if let node = fields[key] { markPersonal(node) }
        }
        let group = identifier("group", in: fields, kind: "group")
        let region = text("region", in: fields)
        let type = choice("group-type", in: fields, noun: "groupType", as: GroupType.self)
        let theme = text("theme", in: fields)
        let need = text("need", in: fields)
        let profile = text("member-profile", in: fields)
        let role = text("initiator-role", in: fields)
        let motivation = text("motivation", in: fields)
        let title = text("title", in: fields).flatMap { $0.isEmpty ? nil : $0 }
        var interview: IntakeRecord.Interview?
        var isInterviewValid = true
        if let node = fields["interview"] {
            interview = intakeInterview(from: node)
            isInterviewValid = interview != nil
        }
        guard let group, let region, let type, let theme, let need, let profile, let role, let motivation,
            isInterviewValid, problems.isEmpty
        else { return nil }
        return IntakeRecord(
            group: Group.ID(group),
            workingTitle: title,
            region: region,
            need: need,
            theme: theme,
            memberProfile: profile,
            groupType: type,
            initiatorRole: role,
            motivation: motivation,
            interview: interview
        )
    }

    /// `interview: {date, staff, mode}`, all three required.
    private mutating func intakeInterview(from node: YAMLNode) -> IntakeRecord.Interview? {
        let subject = Subject(phrase: Noun.interview)
        guard
            let fields = fields(
                of: node,
                subject: subject,
                what: Noun.key("interview"),
                required: ["date", "staff", "mode"]
            )
        else { return nil }
        let date = fields["date"].flatMap { self.date($0, what: subject.field("date")) }
        let staff = identifier("staff", in: fields, kind: "facilitator")
        let mode = choice("mode", in: fields, noun: "interviewMode", as: InterviewMode.self)
        guard let date, let staff, let mode else { return nil }
        return IntakeRecord.Interview(date: date, staff: Facilitator.ID(staff), mode: mode)
    }
}
