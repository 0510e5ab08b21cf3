public import Phrasebook
public import PlanningDomain
public import WorkspaceStore

/// How reports of sending (`send`, `outbox`, the server's outbox page) name a message's recipient and kind, and
/// why a delivery failed, in the reader's language: ids only, never a name or an address.
public enum DeliveryWording {
    /// `participant p01`, `facilitator anne`.
    public static func recipient(_ recipient: MessageRecipient) -> Phrase {
        switch recipient {
        case .participant(let id): Phrase("outbox.recipient.participant", ["id": .verbatim(id.rawValue)])
        case .facilitator(let id): Phrase("outbox.recipient.facilitator", ["id": .verbatim(id.rawValue)])
        }
    }

    /// `initiator`, `staff anne`.
    public static func recipient(_ recipient: RecruitmentMessage.Recipient) -> Phrase {
        switch recipient {
        case .initiator: Phrase("outbox.recipient.initiator")
        case .staff(let id): Phrase("outbox.recipient.staff", ["id": .verbatim(id.rawValue)])
        }
    }

    /// `intake invitation`, `intake cancellation`, `quorum notice`.
    public static func kind(_ kind: RecruitmentMessage.Kind) -> Phrase {
        switch kind {
        case .intakeRequest: Phrase("outbox.kind.intakeRequest")
        case .intakeCancel: Phrase("outbox.kind.intakeCancel")
        case .quorumReachable: Phrase("outbox.kind.quorumReachable")
        }
    }

    /// Why a delivery failed, as the outbox keeps it (`Phrase.stored`): worded when it was kept as a phrase,
    /// as written otherwise (a reason kept by an earlier version).
    public static func reason(_ stored: String) -> Phrase { Phrase(stored: stored) }
}
