import AvailabilityImport
import PlanningDomain
import PlanningInput
import Testing

@Suite struct GridPollErrorTests {
    static let cases: [BadPoll] = [
        BadPoll(
            "an unknown participant id, with the nearest id",
            "participant;info-0112\np7;oui\n",
            """
            grille.csv:2:1: error: 'p7' is not a participant id; did you mean 'p07'?
            p7;oui
            ^
            """
        ),
        BadPoll(
            "an unknown slot id, with the nearest id",
            "participant;info-0112;f1-0162\np01;oui;non\n",
            """
            grille.csv:1:23: error: 'f1-0162' is not a candidate slot id; did you mean 'f1-0126'?
            participant;info-0112;f1-0162
                                  ^
            """
        ),
        BadPoll(
            "a participant's second row",
            "participant;info-0112\np01;oui\np02;non\np01;non\n",
            """
            grille.csv:4:1: error: a second row for participant 'p01'; the first is on line 2.
            p01;non
            ^
            """
        ),
        BadPoll(
            "a slot's second column",
            "participant;info-0112;f1-0126;info-0112\np01;oui;oui;non\n",
            """
            grille.csv:1:31: error: a second column for candidate slot 'info-0112'; the first starts at column 13.
            participant;info-0112;f1-0126;info-0112
                                          ^
            """
        ),
        BadPoll(
            "a row with more cells than the header",
            "participant;info-0112;f1-0126\np01;oui;oui;non\n",
            """
            grille.csv:2:13: error: this row has more cells than the header has columns (3); expected a \
            participant id and one answer per candidate slot.
            p01;oui;oui;non
                        ^
            """
        ),
        BadPoll(
            "an unknown answer lists the words of the grid's language",
            "participant;info-0112;f1-0126\np01;oui;peut-être\n",
            """
            grille.csv:2:9: error: answer 'peut-être' is not one of oui, si besoin, non; leave the cell empty for \
            no answer.
            p01;oui;peut-être
                    ^
            """
        ),
        BadPoll(
            "a first heading that is not participant, a column without heading, a row without id",
            "nom,info-0112,\np01,yes,no\n,no,\n",
            """
            grille.csv:1:1: error: first heading 'nom' is not `participant`; expected `participant`, then one \
            candidate slot (its id, or its date and time) per column.
            nom,info-0112,
            ^
            grille.csv:1:15: error: a column with answers but no heading; name its candidate slot (its id, or its \
            date and time).
            nom,info-0112,
                          ^
            grille.csv:3:1: error: a row with answers but no participant id; add it or delete the row.
            ,no,
            ^
            """
        ),
        BadPoll(
            "an empty file",
            "\r\n",
            """
            grille.csv: error: the file is empty; expected a header `participant` then one column per candidate \
            slot (its id, or its date and time), and one row per participant.
            """
        ),
    ]

    @Test("a broken grid gives these messages", arguments: cases)
    func broken(_ grid: BadPoll) {
        #expect(PollScenario.rendered { _ = try PollScenario.grid(grid.text) } == grid.expected)
    }

    @Test("every problem of the grid at once, sorted, each with its code") func allAtOnce() {
        do {
            _ = try PollScenario.grid("participant;info-0112;nope;info-0112\np01;oui;non;peut-être;x\np99;\np01;non\n")
            Issue.record("no error")
        } catch {
            #expect(
                error.errors.map(\.code) == [
                    .unknownSlot, .duplicateColumn, .invalidAvailability, .extraCell, .unknownParticipant,
                    .duplicateRow,
                ]
            )
            #expect(error.errors.map(\.line) == [1, 1, 2, 2, 3, 4])
        }
    }
}
