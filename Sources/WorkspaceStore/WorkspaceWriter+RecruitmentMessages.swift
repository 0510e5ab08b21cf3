import Foundation
import GRDB
public import PlanningDomain

extension WorkspaceReader {
    /// The messages of recruitment in some delivery states (all for `nil`), oldest first.
    public func recruitmentMessages(
        states: Set<DeliveryState.Kind>? = nil
    ) throws(WorkspaceError) -> [RecruitmentMessage] {
        guard let filter = DeliveryFilter(group: nil, states: states) else { return [] }
        return try run { db in
            try StoredRow.fetchAll(
                db,
                table: "recruitment_message",
                key: ["id"],
                sql: "SELECT * FROM recruitment_message\(filter.clause) ORDER BY id",
                arguments: filter.arguments
            ).map { row in
                let recipient: RecruitmentMessage.Recipient =
                    try row.text("recipient_kind") == "staff" ? .staff(try row.id("recipient_id")) : .initiator
                var mail: RecruitmentMessage.Mail?
                if let bytes = try row.optionalBytes("mail"), let from = try row.optionalText("envelope_from"),
                    let to = try row.optionalText("envelope_to")
                {
                    mail = RecruitmentMessage.Mail(bytes: bytes, from: from, to: to)
                }
                let delivery = try DeliveryQueue.state(of: row)
                return RecruitmentMessage(
                    id: try row.integer("id"),
                    kind: try row.value("kind"),
                    group: try row.optionalText("group_id").map { Group.ID($0) },
                    interview: try row.optionalText("interview_id"),
                    recipient: recipient,
                    sequence: try row.integer("sequence"),
                    body: try row.bytes("body"),
                    mail: mail,
                    delivery: delivery,
                    attempts: try row.integer("attempts")
                )
            }
        }
    }
}

extension WorkspaceWriter {
    /// Queues a message of recruitment as `pending` with the e-mail that delivers it; returns `false`, queuing
    /// nothing, for a second quorum notice of the same group (it is sent once).
    @discardableResult
    public func queueRecruitmentMessage(
        _ kind: RecruitmentMessage.Kind,
        group: Group.ID?,
        interview: String?,
        recipient: RecruitmentMessage.Recipient,
        sequence: Int,
        body: [UInt8],
        mail: RecruitmentMessage.Mail,
        at instant: Instant
    ) throws(WorkspaceError) -> Bool {
        let (recipientKind, recipientID): (String, String) =
            switch recipient {
            case .initiator: ("initiator", interview ?? "")
            case .staff(let id): ("staff", id.rawValue)
            }
        return try run { db in
            try db.execute(
                sql: """
                    INSERT INTO recruitment_message (group_id, interview_id, kind, recipient_kind, recipient_id,
                        sequence, body, requested_at, state, attempts, mail, envelope_from, envelope_to)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)
                    ON CONFLICT (group_id, kind) WHERE kind = 'quorum-reachable' DO NOTHING
                    """,
                arguments: [
                    group?.rawValue, interview, kind.rawValue, recipientKind, recipientID, sequence, Data(body),
                    instant.secondsSince1970, Data(mail.bytes), mail.from, mail.to,
                ]
            )
            return db.changesCount > 0
        }
    }

    /// `sending` before the SMTP conversation starts (from `pending` or `failed`); counts the attempt.
    public func markRecruitmentMessageSending(_ id: Int, at instant: Instant) throws(WorkspaceError) {
        try recruitmentTransition(
            id,
            from: [.pending, .failed],
            to: .sending,
            text: nil,
            at: instant,
            action: "be sent"
        )
    }

    /// `sent` with the server's answer (from `sending` or `uncertain`).
    public func markRecruitmentMessageSent(_ id: Int, answer: String, at instant: Instant) throws(WorkspaceError) {
        try recruitmentTransition(
            id,
            from: [.sending, .uncertain],
            to: .sent,
            text: answer,
            at: instant,
            action: "be sent"
        )
    }

    /// `failed` with the reason (from `sending` or `uncertain`).
    public func markRecruitmentMessageFailed(_ id: Int, reason: String, at instant: Instant) throws(WorkspaceError) {
        try recruitmentTransition(
            id,
            from: [.sending, .uncertain],
            to: .failed,
            text: reason,
            at: instant,
            action: "fail"
        )
    }

    /// Every `sending` message of recruitment becomes `uncertain` (a sender died during the attempt); returns how
    /// many.
    @discardableResult
    public func markInterruptedRecruitmentMessagesUncertain() throws(WorkspaceError) -> Int {
        try run { db in
            try db.execute(sql: "UPDATE recruitment_message SET state = 'uncertain' WHERE state = 'sending'")
            return db.changesCount
        }
    }

    /// Puts a failed, uncertain or sent message of recruitment back in the queue (an explicit resend).
    public func requeueRecruitmentMessage(_ id: Int) throws(WorkspaceError) {
        try recruitmentTransition(
            id,
            from: [.failed, .uncertain, .sent],
            to: .pending,
            text: nil,
            at: nil,
            action: "be resent"
        )
    }

    private func recruitmentTransition(
        _ id: Int,
        from states: Set<DeliveryState.Kind>,
        to state: DeliveryState.Kind,
        text: String?,
        at instant: Instant?,
        action: String
    ) throws(WorkspaceError) {
        try transition(.recruitmentMessage, id, from: states, to: state, text: text, at: instant, action: action)
    }
}
