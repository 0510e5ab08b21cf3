public import PlanningInput

extension ScenarioError.Code {
    /// The canton's public holidays are not shipped for the candidates' years.
    public static let holidaysUnavailable = ScenarioError.Code(rawValue: "holidays-unavailable")
}
