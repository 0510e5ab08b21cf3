extension WorkspaceError.Code {
    /// The intake slot was booked by someone else meanwhile (the partial UNIQUE index refused the second).
    public static let slotTaken = Self(rawValue: "slot-taken")
    /// No intake interview has this id, or it is not in a state that allows the change.
    public static let unknownInterview = Self(rawValue: "unknown-interview")
}

extension WorkspaceError {
    static func slotTaken(_ staff: String, _ start: String, _ file: String) -> Self {
        Self(
            code: .slotTaken,
            file: file,
            message: "the intake slot of '\(staff)' at '\(start)' was booked meanwhile; choose another slot. "
                + "Nothing was changed."
        )
    }

    static func unknownInterview(_ id: String, _ expected: String, _ file: String) -> Self {
        Self(
            code: .unknownInterview,
            file: file,
            message: "intake interview '\(id)' does not exist or is not \(expected). Nothing was changed."
        )
    }
}
