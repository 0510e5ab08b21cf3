import GRDB

extension WorkspaceSchema {
    // MARK: - Version 8: recruitment messages are e-mails with a delivery record

    /// Makes every message of recruitment an e-mail that `entraide send` and the server's send button deliver:
    /// the RFC 5322 bytes (`mail`), the SMTP envelope (`envelope_from`, `envelope_to`) and the server's answer or
    /// the failure's reason (`state_text`), as the outbox and the link e-mails keep them.
    ///
    /// Messages queued by version 7 have no e-mail: the sender records them `failed` with the reason, and a move
    /// or a new booking queues them again. Frozen once shipped.
    static func addRecruitmentMail(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE recruitment_message ADD COLUMN mail BLOB;
                ALTER TABLE recruitment_message ADD COLUMN envelope_from TEXT;
                ALTER TABLE recruitment_message ADD COLUMN envelope_to TEXT;
                ALTER TABLE recruitment_message ADD COLUMN state_text TEXT;
                """
        )
    }
}
