internal import MailMessages
internal import Phrasebook
internal import PlanDocuments
public import PlanningDomain
internal import Recruitment
public import WorkspaceStore

/// When a group's quorum becomes reachable, one e-mail to the staff member in charge through the recruitment
/// messages' queue, in their language: queued once per group (the workspace's unique index keeps a second from
/// being queued), delivered by ``SendRecruitmentMessages``.
///
/// The message names the group by id and gives counts only: no participant's name or address.
public struct QuorumNotice: Sendable {
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Queues the notice if the quorum is reachable and none was queued; returns whether this call queued it.
    ///
    /// Without a staff member in charge (none stored, the group names no facilitator), or when neither the
    /// centre nor the group lists that staff member's address, nothing is queued.
    @discardableResult
    public func run(group: Group.ID, at instant: Instant) throws(ServiceError) -> Bool {
        let status = try RecruitmentStatus(workspace: workspace).run(group: group, at: instant)
        guard status.figures.isQuorumReachable, let staffID = status.staffInCharge else { return false }
        let (scenario, centre) = try WorkspaceAccess.read(workspace) { (try $0.scenario(of: group), try $0.centre()) }
        guard let scenario,
            let staff = centre?.facilitator(staffID) ?? scenario.facilitators.first(where: { $0.id == staffID })
        else { return false }
        let organisation = scenario.organisation
        let addressee = Addressee(staff, of: organisation)
        let words = Self.words(group: group, figures: status, wording: Wording(for: addressee))
        let mail: [UInt8]
        do {
            mail = try MailLetter.bytes(
                subject: words.subject,
                body: words.body,
                language: addressee.language,
                to: addressee,
                from: organisation,
                stamp: instant,
                key: "quorum.\(group.rawValue)"
            )
        } catch {
            throw .rendering(Phrase("service.what.quorumNotice"), error)
        }
        return try WorkspaceAccess.write(workspace) { writer in
            try writer.queueRecruitmentMessage(
                .quorumReachable,
                group: group,
                interview: nil,
                recipient: .staff(staffID),
                sequence: 0,
                body: Array(words.body.utf8),
                mail: RecruitmentMessage.Mail(bytes: mail, from: organisation.organiser.email, to: staff.email),
                at: instant
            )
        }
    }

    static func words(
        group: Group.ID,
        figures status: RecruitmentStatus.Outcome,
        wording: Wording
    ) -> (subject: String, body: String) {
        let figures = status.figures
        let values = [
            "group": group.rawValue, "quorum": String(figures.quorum), "registered": String(figures.members.count),
            "maximum": String(figures.maximumSize), "waiting": String(figures.waitingList.count),
        ]
        return (wording.text("quorum.mail.subject", values), wording.text("quorum.mail.body", values) + "\n")
    }
}
