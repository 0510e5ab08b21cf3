import GRDB
import Phrasebook

extension WorkspaceError {
    static func missing(_ file: String) -> Self {
        Self(
            code: .missingWorkspace,
            file: file,
            phrase: Phrase("workspace.missing")
        )
    }

    static func exists(_ file: String) -> Self {
        Self(
            code: .workspaceExists,
            file: file,
            phrase: Phrase("workspace.exists")
        )
    }

    static func newer(_ file: String, found: String, known: Int) -> Self {
        Self(
            code: .newerSchema,
            file: file,
            phrase: Phrase("workspace.newer", ["found": .verbatim(found), "known": .number(known)])
        )
    }

    static func unreadable(_ file: String, _ reason: Phrase) -> Self {
        Self(
            code: .unreadableWorkspace,
            file: file,
            phrase: Phrase("workspace.unreadable", ["reason": reason])
        )
    }

    static func readOnly(_ file: String) -> Self {
        Self(
            code: .readOnly,
            file: file,
            phrase: Phrase("workspace.readOnly")
        )
    }

    static func diskFull(_ file: String) -> Self {
        Self(
            code: .diskFull,
            file: file,
            phrase: Phrase("workspace.diskFull")
        )
    }

    static func busy(_ file: String) -> Self {
        Self(
            code: .busy,
            file: file,
            phrase: Phrase("workspace.busy", ["seconds": .verbatim("\(Workspace.busyTimeoutSeconds)")])
        )
    }

    static func storage(_ file: String, _ reason: String) -> Self {
        Self(
            code: .storageFailure,
            file: file,
            phrase: Phrase("workspace.storage", ["reason": .verbatim(reason)])
        )
    }

    static func compactionFailed(_ file: String, cause: Code) -> Self {
        Self(
            code: cause,
            file: file,
            phrase: Phrase("workspace.compactionFailed", ["cause": .verbatim(cause.rawValue)])
        )
    }

    static func unknownGroup(_ group: String, _ file: String) -> Self {
        Self(
            code: .unknownGroup,
            file: file,
            phrase: Phrase("workspace.unknownGroup", ["group": .verbatim(group)])
        )
    }

    static func unknownParticipant(_ participant: String, group: String?, _ file: String) -> Self {
        Self(
            code: .unknownParticipant,
            file: file,
            phrase: group.map {
                Phrase("workspace.unknownParticipantInGroup", ["id": .verbatim(participant), "group": .verbatim($0)])
            } ?? Phrase("workspace.unknownParticipant", ["id": .verbatim(participant)])
        )
    }

    static func ambiguousParticipant(_ participant: String, groups: [String], _ file: String) -> Self {
        Self(
            code: .ambiguousParticipant,
            file: file,
            phrase: Phrase("workspace.ambiguousParticipant", ["id": .verbatim(participant), "groups": .list(groups)])
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
        if error is RowDecodingError { return unreadable(file, Phrase("workspace.reason.valueUnreadable")) }
        guard let error = error as? DatabaseError else {
            return storage(file, "\(type(of: error))")
        }
        switch error.resultCode {
        case .SQLITE_READONLY: return readOnly(file)
        case .SQLITE_FULL: return diskFull(file)
        case .SQLITE_NOTADB: return unreadable(file, Phrase("workspace.reason.notSQLite"))
        case .SQLITE_CORRUPT: return unreadable(file, Phrase("workspace.reason.damaged"))
        case .SQLITE_BUSY, .SQLITE_LOCKED: return busy(file)
        case .SQLITE_CANTOPEN: return unreadable(file, Phrase("workspace.reason.cannotOpen"))
        case .SQLITE_PERM, .SQLITE_AUTH: return readOnly(file)
        case .SQLITE_ERROR: return unreadable(file, Phrase("workspace.reason.tableChanged"))
        default: return storage(file, "SQLite result code \(error.extendedResultCode.rawValue)")
        }
    }
}

extension WorkspaceError {
    static func badValue(_ file: String, _ error: StoredValueError) -> Self {
        let row = error.key.isEmpty ? Phrase.empty : Phrase("workspace.row", ["key": .verbatim(error.key)])
        return Self(
            code: .unreadableWorkspace,
            file: file,
            phrase: Phrase(
                "workspace.badValue",
                [
                    "table": .verbatim(error.table), "column": .verbatim(error.column), "row": row,
                    "expected": .verbatim(error.expected),
                ]
            )
        )
    }

    static func schemaMismatch(_ file: String, _ error: SchemaMismatch) -> Self {
        Self(
            code: .unreadableWorkspace,
            file: file,
            phrase: Phrase("workspace.schemaMismatch", ["problem": .verbatim(error.problem)])
        )
    }
}
