import Testing

@testable import PlanningInput

/// The "did you mean …?" hints.
@Suite struct SuggestionTests {
    @Test(arguments: [
        ("adress", "address", 1), ("step_free", "step-free", 1), ("fonuding1", "founding1", 1),
        ("Name", "name", 0), ("", "id", 2), ("kitten", "sitting", 3),
    ])
    func editDistance(_ lhs: String, _ rhs: String, _ distance: Int) {
        #expect(Suggestion.editDistance(lhs, rhs) == distance)
        #expect(Suggestion.editDistance(rhs, lhs) == distance)
    }

    @Test func suggestsThePlausibleTypoOnly() {
        let keys = ["id", "name", "address", "capacity", "step-free"]
        #expect(Suggestion.closest(to: "adress", among: keys) == "address")
        #expect(Suggestion.closest(to: "capacité", among: keys) == "capacity")
        #expect(Suggestion.closest(to: "colour", among: keys) == nil)
        #expect(Suggestion.closest(to: "xy", among: keys) == nil)
    }

    @Test func prefersTheWordWithTheSameBeginningAmongEquallyNearOnes() {
        let kinds = ["information", "founding1", "founding2", "review"]
        #expect(Suggestion.closest(to: "fondation1", among: kinds) == "founding1")
        #expect(Suggestion.closest(to: "founding3", among: kinds) == "founding1")
        #expect(Suggestion.closest(to: "info", among: kinds) == nil)
    }

    @Test func formatsTheHint() {
        #expect(Suggestion.hint(for: "lucie", among: ["anne", "luc"]) == "; did you mean 'luc'?")
        #expect(Suggestion.hint(for: "zoé", among: ["anne", "luc"]) == "")
    }
}
