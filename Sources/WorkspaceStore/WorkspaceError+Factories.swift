import GRDB

extension WorkspaceError {
    static func missing(_ file: String) -> Self {
        Self(
            code: .missingWorkspace,
            file: file,
            message: "there is no Entraide workspace here; create one with `entraide init DIR`, or name its folder "
                + "with `--workspace DIR`."
        )
    }

    static func exists(_ file: String) -> Self {
        Self(
            code: .workspaceExists,
            file: file,
            message: "a workspace already exists here; it was left as it is. Use it, or choose another folder."
        )
    }

    static func newer(_ file: String, found: String, known: Int) -> Self {
        Self(
            code: .newerSchema,
            file: file,
            message: "the workspace has schema version \(found), written by a newer Entraide; this Entraide knows "
                + "versions up to \(known). Install the newer Entraide; the workspace was left unchanged."
        )
    }

    static func unreadable(_ file: String, _ reason: String) -> Self {
        Self(
            code: .unreadableWorkspace,
            file: file,
            message: "the file is not an Entraide workspace Entraide can read (\(reason)); it was left unchanged. "
                + "Restore it from a backup, or create a new workspace in another folder."
        )
    }

    static func readOnly(_ file: String) -> Self {
        Self(
            code: .readOnly,
            file: file,
            message: "the workspace cannot be written (the file, its folder or the disk is read-only); nothing was "
                + "changed. Make the file and its folder writable, then run the command again."
        )
    }

    static func diskFull(_ file: String) -> Self {
        Self(
            code: .diskFull,
            file: file,
            message: "the disk is full; the command was undone and the workspace is as it was before. Free some "
                + "space, then run the command again."
        )
    }

    static func busy(_ file: String) -> Self {
        Self(
            code: .busy,
            file: file,
            message: "another Entraide command kept the workspace busy for more than \(Workspace.busyTimeoutSeconds) "
                + "seconds; nothing was changed. Run the command again when the other one has finished."
        )
    }

    static func storage(_ file: String, _ reason: String) -> Self {
        Self(
            code: .storageFailure,
            file: file,
            message: "the workspace could not be used (\(reason)); the command was undone and the workspace is as it "
                + "was before."
        )
    }

    static func compactionFailed(_ file: String, cause: Code) -> Self {
        Self(
            code: cause,
            file: file,
            message: "the participant's data was erased and the erasure is saved, but the file could not be "
                + "compacted (\(cause)); the erased bytes are zeroed but the write-ahead log may still hold them. "
                + "Run `entraide forget` again for the same participant once the cause is fixed."
        )
    }

    static func unknownGroup(_ group: String, _ file: String) -> Self {
        Self(
            code: .unknownGroup,
            file: file,
            message: "there is no group '\(group)' in the workspace; import its scenario first."
        )
    }

    static func unknownParticipant(_ participant: String, group: String?, _ file: String) -> Self {
        let place = group.map { "group '\($0)'" } ?? "any group"
        return Self(
            code: .unknownParticipant,
            file: file,
            message: "there is no participant '\(participant)' in \(place) of the workspace; nothing was changed."
        )
    }

    static func ambiguousParticipant(_ participant: String, groups: [String], _ file: String) -> Self {
        Self(
            code: .ambiguousParticipant,
            file: file,
            message: "participant '\(participant)' is in several groups (\(groups.joined(separator: ", "))); "
                + "name the group. Nothing was changed."
        )
    }

    /// Maps whatever GRDB or SQLite threw to a workspace error; a workspace error passes through unchanged.
    ///
    /// A value that does not read back, a missing table or column (SQLITE_ERROR: our SQL is fixed, so only a
    /// schema changed by hand makes it fail) and GRDB's own decoding errors are `unreadable-workspace`.
    static func from(_ error: any Error, file: String) -> Self {
        if let error = error as? Self { return error }
        if let error = error as? StoredValueError { return badValue(file, error) }
        if let error = error as? SchemaMismatch { return schemaMismatch(file, error) }
        if error is RowDecodingError { return unreadable(file, "a stored value does not read back") }
        guard let error = error as? DatabaseError else {
            return storage(file, "\(type(of: error))")
        }
        switch error.resultCode {
        case .SQLITE_READONLY: return readOnly(file)
        case .SQLITE_FULL: return diskFull(file)
        case .SQLITE_NOTADB: return unreadable(file, "not an SQLite database")
        case .SQLITE_CORRUPT: return unreadable(file, "the database is damaged")
        case .SQLITE_BUSY, .SQLITE_LOCKED: return busy(file)
        case .SQLITE_CANTOPEN: return unreadable(file, "SQLite cannot open it")
        case .SQLITE_PERM, .SQLITE_AUTH: return readOnly(file)
        case .SQLITE_ERROR: return unreadable(file, "a table or column is not as Entraide wrote it")
        default: return storage(file, "SQLite result code \(error.extendedResultCode.rawValue)")
        }
    }
}

extension WorkspaceError {
    static func badValue(_ file: String, _ error: StoredValueError) -> Self {
        let row = error.key.isEmpty ? "" : ", row \(error.key)"
        return Self(
            code: .unreadableWorkspace,
            file: file,
            message: "the workspace holds a value Entraide cannot read: table '\(error.table)', column "
                + "'\(error.column)'\(row) should hold \(error.expected). It was changed outside Entraide or is "
                + "damaged; nothing was changed. Restore it from a backup."
        )
    }

    static func schemaMismatch(_ file: String, _ error: SchemaMismatch) -> Self {
        Self(
            code: .unreadableWorkspace,
            file: file,
            message: "the workspace's tables are not as Entraide wrote them: \(error.problem). It was changed outside "
                + "Entraide or is damaged; nothing was changed. Restore it from a backup."
        )
    }
}
