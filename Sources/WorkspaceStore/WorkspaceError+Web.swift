/// The errors of the web server's records: staff accounts, links, registrations and candidates added on the
/// page.
extension WorkspaceError.Code {
    /// An id (a participant's, a candidate's, a staff account's) that is already taken.
    public static let duplicateID = Self(rawValue: "duplicate-id")
    /// No staff account of that name.
    public static let unknownStaff = Self(rawValue: "unknown-staff")
    /// A venue the group does not name.
    public static let unknownVenue = Self(rawValue: "unknown-venue")
}

extension WorkspaceError {
    static func duplicate(_ what: String, _ id: String, _ file: String) -> Self {
        Self(
            code: .duplicateID,
            file: file,
            message: "\(what) '\(id)' already exists; choose another id. Nothing was changed."
        )
    }

    static func unknownStaff(_ name: String, _ file: String) -> Self {
        Self(
            code: .unknownStaff,
            file: file,
            message: "there is no staff account '\(name)'; create it with `entraide staff add \(name)`. Nothing was "
                + "changed."
        )
    }

    static func notNamedByGroup(_ kind: String, _ id: String, group: String, _ file: String) -> Self {
        Self(
            code: kind == "venue" ? .unknownVenue : .unknownFacilitator,
            file: file,
            message: "group '\(group)' names no \(kind) '\(id)'; a candidate may use the venues and facilitators "
                + "its scenario names. Nothing was changed."
        )
    }
}
