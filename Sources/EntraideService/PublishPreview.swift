public import PlanDocuments
public import PlanningDomain
public import Publication
public import WorkspaceStore

/// What publishing a group now would send, to whom, in which language, without storing or sending anything:
/// the web page shows it before staff confirm ``PublishGroup``.
///
/// Its ``Preview/fingerprint`` goes back with the confirmation (``PublishGroup/Request/expectedPreview``), so
/// that what is published is exactly what staff saw: if answers changed the messages meanwhile, the
/// publication is refused and the new preview shown.
public struct PublishPreview: Sendable {
    /// One message, by ids.
    public struct Line: Hashable, Sendable {
        /// To whom.
        public var recipient: MessageRecipient
        /// The language they read.
        public var language: Language
        /// About which session.
        public var session: SessionKind
        /// REQUEST or CANCEL.
        public var isCancel: Bool
        /// The SEQUENCE sent.
        public var sequence: Int
        /// Why.
        public var reason: OutgoingMessage.Reason
    }

    /// The preview.
    public struct Preview: Hashable, Sendable {
        /// Every message, in the order they would be sent.
        public var lines: [Line]
        /// Why released sessions would move, by session (sentences in the centre's language).
        public var causes: [SessionKind: String]
        /// What to send back with the confirmation.
        public var fingerprint: String
    }

    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// The preview of publishing `request.group` at `request.now`.
    ///
    /// - Throws: `unknown-group`; `infeasible` when the published sessions leave no feasible plan.
    public func run(_ request: PublishGroup.Request) throws(ServiceError) -> Preview {
        try WorkspaceAccess.read(workspace) { reader in
            let prepared = try PublishGroup.prepare(request, reader: reader, workspace: workspace)
            let organisation = prepared.everyone.organisation
            let lines = prepared.outcome.messages.map { summary in
                Line(
                    recipient: summary.recipient,
                    language: Self.language(of: summary.recipient, in: prepared.everyone, organisation: organisation),
                    session: summary.session,
                    isCancel: summary.isCancel,
                    sequence: summary.sequence,
                    reason: summary.reason
                )
            }
            return Preview(
                lines: lines,
                causes: prepared.outcome.causes,
                fingerprint: Self.fingerprint(of: prepared.outcome)
            )
        }
    }

    /// A short digest of what a publication sends (recipients, sessions, methods, sequences, reasons).
    ///
    /// The same messages give the same text. Not a secret: a check that nothing changed in between.
    static func fingerprint(of outcome: PublishGroup.Outcome) -> String {
        let text = outcome.messages.map { summary in
            "\(summary.recipient.folder)/\(summary.recipient.rawID)/\(summary.session.rawValue)/"
                + "\(summary.isCancel ? "CANCEL" : "REQUEST")/\(summary.sequence)/\(summary.reason.rawValue)"
        }.joined(separator: "\n")
        // FNV-1a, 64 bits.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + "-\(outcome.messages.count)"
    }

    /// The language a recipient reads: a participant's own (or the centre's when it has no catalogue), a
    /// facilitator's first, else the centre's.
    private static func language(
        of recipient: MessageRecipient,
        in scenario: Scenario,
        organisation: Organisation
    ) -> Language {
        switch recipient {
        case .participant(let id):
            let languages = scenario.participants.first { $0.id == id }.map { [$0.language] } ?? []
            return Wording.language(preferring: languages, of: organisation)
        case .facilitator(let id):
            let languages = scenario.facilitators.first { $0.id == id }?.languages ?? []
            return Wording.language(preferring: languages, of: organisation)
        }
    }
}
