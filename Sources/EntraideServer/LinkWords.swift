internal import EntraideService
internal import PlanDocuments
internal import PlanningDomain
internal import WorkspaceStore

/// The links e-mailed to participants: a new token from the system's secure random source for each, and the
/// e-mail's words in the participant's language.
struct LinkWords: LinkMaker {
    /// The address links start with.
    let base: String

    func newLink() -> (url: String, digest: SecretDigest) {
        let token = Secrets.newToken()
        return (base + "/p/" + token, Secrets.digest(of: token))
    }

    func words(for participant: Participant, organisation: Organisation, url: String) -> (subject: String, body: String)
    {
        let catalogue = Catalogue.of(Wording.language(preferring: [participant.language], of: organisation))
        let values = [
            "centre": organisation.name, "url": url, "email": organisation.organiser.email,
            "phone": organisation.phone ?? "",
        ]
        return (catalogue.text("mail.subject", values), catalogue.text("mail.body", values))
    }
}
