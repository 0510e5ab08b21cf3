extension ScenarioError.Code {
    // MARK: - Workshops, interest and the region file

    /// A workshop's minimum participants above its maximum.
    public static let minimumAboveMaximum = Self(rawValue: "minimum-above-maximum")
    /// A workshop with fewer qualified facilitators than it needs.
    public static let noQualifiedFacilitator = Self(rawValue: "no-qualified-facilitator")
    /// A workshop id that is not in the catalogue (an interest, a published run).
    public static let unknownWorkshop = Self(rawValue: "unknown-workshop")
    /// A month or date window of a workshop that holds none of its candidates.
    public static let emptyWindow = Self(rawValue: "empty-window")
    /// A workshop candidate outside every month and window of its workshop.
    public static let outsideWindows = Self(rawValue: "outside-windows")
    /// A group the region file names twice, or a published session that is not one of the group's candidates.
    public static let invalidGroupEntry = Self(rawValue: "invalid-group-entry")
}
