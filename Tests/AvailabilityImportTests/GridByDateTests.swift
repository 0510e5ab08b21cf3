import AvailabilityImport
import InputVocabulary
import PlanningDomain
import PlanningInput
import Testing

/// Grid columns headed by a date and a time as staff see them, with the room or facilitator when needed.
@Suite struct GridByDateTests {
    static let venues = [
        Venue(
            id: "grand-pont",
            name: "Salle du Grand-Pont",
            address: "Rue du Grand-Pont 2",
            capacity: 16,
            hasStepFreeAccess: true
        ),
        Venue(
            id: "cite",
            name: "Salle voûtée de la Cité",
            address: "Rue Cité-Devant 6",
            capacity: 14,
            hasStepFreeAccess: false
        ),
    ]

    static func grid(
        _ text: String,
        candidates: [CandidateSlot] = PollScenario.candidates,
        order: DateOrder? = nil
    )
        throws(ScenarioErrors) -> PollAnswers
    {
        try GridPoll.answers(
            in: Array(text.utf8),
            file: "grille.csv",
            participants: PollScenario.participants,
            candidates: candidates,
            venues: venues,
            dateOrder: order
        )
    }

    @Test(
        "A date and a time name a slot, in any language",
        arguments: [
            "sam. 16.01.2027 10h00", "16.01.2027 10:00", "16.1.27 10h", "Sa. 16.01.2027 10.00", "sab 16.01.2027 10:00",
            "Sat 2027-01-16 10:00", "16 janvier 2027 10h", "samedi 16 janvier 2027 à 10 h", "16/01/2027 10:00",
            "info-0116",
        ]
    )
    func oneSlot(_ heading: String) throws {
        let poll = try Self.grid("participant;\(heading)\np01;oui\n")
        #expect(poll.answers == ["p01": ["info-0116": .yes]])
    }

    @Test("The room or the facilitator tells two slots apart", arguments: ["cite", "Cité", "salle voûtée de la cité"])
    func byRoom(_ room: String) throws {
        let poll = try Self.grid("participant;mar. 12.01.2027 18h30 \(room);12.01.2027 18h30 grand-pont\np01;non;oui\n")
        #expect(poll.answers == ["p01": ["info-0112-cite": .no, "info-0112": .yes]])
    }

    @Test func slotsOfOneOccasionAnswerAlike() throws {
        // Founding 1 and 2 of overlapping windows, same time, same room, same facilitator.
        let twice = [
            PollScenario.slot("f1-x", .founding1, "2027-02-15", "18:30"),
            PollScenario.slot("f2-x", .founding2, "2027-02-15", "18:30"),
        ]
        let poll = try Self.grid("participant;lun. 15.02.2027 18h30\np02;si besoin\n", candidates: twice)
        #expect(poll.answers == ["p02": ["f1-x": .ifNeedBe, "f2-x": .ifNeedBe]])
    }

    @Test func aDateAloneNamesTheOnlySlotThatDay() throws {
        let poll = try Self.grid("participant;26.01.2027\np01;ja\n")
        #expect(poll.answers == ["p01": ["f1-0126": .yes]])
    }

    @Test func theFilesDatesSettleTheOrderOfSlashes() throws {
        // 12/01 alone could be 1 December; 26/01 can only be day first, so the file is.
        let poll = try Self.grid("participant;12/01/2027 18h30 cite;26/01/2027 18:30\np01;oui;non\n")
        #expect(poll.answers == ["p01": ["info-0112-cite": .yes, "f1-0126": .no]])
    }

    static let refused: [BadPoll] = [
        BadPoll(
            "a date and time that name slots in two rooms",
            "participant;12.01.2027 18:30\np01;oui\n",
            """
            grille.csv:1:13: error: heading '12.01.2027 18:30' names 2 candidate slots at 18:30 on 12 January 2027 \
            (info-0112, info-0112-cite); add the room or the facilitator, as in '12.01.2027 18:30 grand-pont anne'.
            participant;12.01.2027 18:30
                        ^
            """
        ),
        BadPoll(
            "no slot at that time: the nearest is named",
            "participant;mar. 26.01.2027 19h\np01;oui\n",
            """
            grille.csv:1:13: error: heading 'mar. 26.01.2027 19h': no candidate slot starts at 19:00 on 26 January \
            2027; did you mean '26.01.2027 18:30' (f1-0126)?
            participant;mar. 26.01.2027 19h
                        ^
            """
        ),
        BadPoll(
            "the nearest slot is named with its room when others start then",
            "participant;13.01.2027 18h30\np01;oui\n",
            """
            grille.csv:1:13: error: heading '13.01.2027 18h30': no candidate slot starts at 18:30 on 13 January \
            2027; did you mean '12.01.2027 18:30 grand-pont anne' (info-0112)?
            participant;13.01.2027 18h30
                        ^
            """
        ),
        BadPoll(
            "a room that no slot at that time is in",
            "participant;12.01.2027 18h30 paroisse\np01;oui\n",
            """
            grille.csv:1:13: error: heading '12.01.2027 18h30 paroisse': no candidate slot at 18:30 on 12 January \
            2027 has 'paroisse' as its room or facilitator; those at 18:30 on 12 January 2027 are info-0112, \
            info-0112-cite.
            participant;12.01.2027 18h30 paroisse
                        ^
            """
        ),
        BadPoll(
            "a weekday that is not the date's",
            "participant;lun. 26.01.2027 18h30\np01;oui\n",
            """
            grille.csv:1:13: error: heading 'lun. 26.01.2027 18h30': date 'lun. 26.01.2027' says monday, but 26 \
            January 2027 is a tuesday.
            participant;lun. 26.01.2027 18h30
                        ^
            """
        ),
        BadPoll(
            "slashes that the file does not settle",
            "participant;12/01/2027 18h30 cite\np01;oui\n",
            """
            grille.csv:1:13: error: heading '12/01/2027 18h30 cite': the date '12/01/2027' is ambiguous: 12 January \
            2027 (day/month/year) or 1 December 2027 (month/day/year); write 2027-01-12 or 2027-12-01, or set the \
            poll's `date-order` in the scenario.
            participant;12/01/2027 18h30 cite
                        ^
            """
        ),
        BadPoll(
            "a time that does not exist",
            "participant;26.01.2027 25h\np01;oui\n",
            """
            grille.csv:1:13: error: heading '26.01.2027 25h' has a time that does not exist (expected 00:00 to \
            23:59).
            participant;26.01.2027 25h
                        ^
            """
        ),
        BadPoll(
            "neither an id nor a date",
            "participant;soirée\np01;oui\n",
            """
            grille.csv:1:13: error: 'soirée' is neither a candidate slot id nor a date and time (such as \
            '02.03.2027 18:30').
            participant;soirée
                        ^
            """
        ),
        BadPoll(
            "a column by date and another by id for the same slot",
            "participant;info-0116;16.01.2027 10h\np01;oui;non\n",
            """
            grille.csv:1:23: error: a second column for candidate slot 'info-0116'; the first starts at column 13.
            participant;info-0116;16.01.2027 10h
                                  ^
            """
        ),
    ]

    @Test("A heading that names no slot, or several, is a located error", arguments: refused)
    func refuses(_ grid: BadPoll) {
        #expect(PollScenario.rendered { _ = try Self.grid(grid.text) } == grid.expected)
    }

    @Test func theCodesOfRefusedHeadings() throws {
        let error = try #require(throws: ScenarioErrors.self) {
            try Self.grid("participant;12.01.2027 18:30;mar. 26.01.2027 19h;lun. 26.01.2027 18h30\np01;oui;oui;oui\n")
        }
        #expect(error.errors.map(\.code) == [.ambiguousSlot, .unknownSlot, .invalidDate])
    }
}
