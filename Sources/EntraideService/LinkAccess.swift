internal import Phrasebook
internal import PlanningDomain
internal import WorkspaceStore

/// Resolving a personal link to its owner, with the one refusal every participant use case gives.
///
/// An unknown digest, a revoked link and the link of someone withdrawn or forgotten are refused alike
/// (`invalid-link`, the same sentence), so that nobody learns which links exist or existed.
enum LinkAccess {
    /// The owner of a working link, inside the caller's transaction.
    static func owner(_ digest: SecretDigest, _ reader: WorkspaceReader) throws -> PersonalLinkOwner {
        guard let owner = try reader.linkOwner(digest), owner.revokedAt == nil, owner.isParticipantActive else {
            throw invalid
        }
        return owner
    }

    /// The refusal of a link that opens nothing.
    static let invalid = ServiceError(
        .invalidLink,
        ServiceError.sentence(Phrase("service.link.invalid")),
        isInputError: true
    )
}
