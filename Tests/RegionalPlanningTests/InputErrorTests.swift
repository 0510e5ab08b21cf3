import PlanningDomain
import PlanningSamples
import RegionalPlanning
import Testing

/// Bad model input is refused by a typed error naming every problem at once.
@Suite struct InputErrorTests {
    struct BadInput: Sendable, CustomTestStringConvertible {
        let code: RegionalInputProblem.Code
        let message: String
        let change: @Sendable (inout RegionalProblem) -> Void

        var testDescription: String { code.rawValue }
    }

    static let cases: [BadInput] = [
        BadInput(
            code: .noQualifiedFacilitator,
            message: "workshops[cnv].facilitators: '' are fewer qualified facilitators than the 1 the workshop needs."
        ) { problem in
            for index in problem.centre.facilitators.indices {
                problem.centre.facilitators[index].qualifications.allWorkshops = false
            }
        },
        BadInput(
            code: .minimumAboveMaximum,
            message: "workshops[cnv].minimum-participants: '5' is above the maximum participants '4'."
        ) { $0.workshops[0].minimumParticipants = 5 },
        BadInput(
            code: .unknownWorkshop,
            message: "interests[o1/atelier-inconnu].workshop: 'atelier-inconnu' is not in the workshop catalogue."
        ) { $0.interests.append(WorkshopInterest(person: "o1", workshop: "atelier-inconnu", answers: [:])) },
        BadInput(
            code: .zeroLimit,
            message: "centre.facilitators[anne].weekly-limit: '0' is below 1; leave the limit out for none."
        ) { $0.centre.facilitators[0].weeklyLimit = 0 },
        BadInput(
            code: .emptyWindow,
            message: "workshops[cnv].windows[1]: '2027-05-01..2027-05-31' holds no candidate of the workshop."
        ) { $0.workshops[0].windows.append(DateWindow.month(year: 2027, month: 5) ?? $0.workshops[0].windows[0]) },
        BadInput(
            code: .unknownSlot,
            message: "groups[g1].published.information: 'g9-info' is not one of the group's information candidates."
        ) { $0.groups[0].published[.information] = "g9-info" },
        BadInput(
            code: .unknownFacilitator,
            message: "groups[g2].candidates[g2-info].facilitator: 'zoe' is not a facilitator of the centre."
        ) { $0.groups[1].scenario.candidates[0].facilitator = "zoe" },
    ]

    @Test("bad input is refused with a typed error", arguments: cases)
    func refuses(_ bad: BadInput) {
        var problem = SmallRegion.make().problem
        bad.change(&problem)
        #expect {
            _ = try RegionalOptimiser(problem: problem)
        } throws: { error in
            guard let error = error as? RegionalInputError else { return false }
            return error.problems.map(\.code) == [bad.code] && error.problems.map(\.description) == [bad.message]
        }
    }

    @Test func everyProblemIsReportedAtOnce() {
        var problem = SmallRegion.make().problem
        problem.workshops[0].minimumParticipants = 5
        problem.centre.facilitators[1].monthlyLimit = 0
        #expect(problem.problems().map(\.code) == [.zeroLimit, .minimumAboveMaximum])
    }

    @Test func theSmallRegionIsValid() {
        #expect(SmallRegion.make().problem.problems().isEmpty)
    }
}
