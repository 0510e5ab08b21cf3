import InputVocabulary
import Phrasebook
import PlanningDomain
import PlanningInput

/// A poll column read from its date and moment, and the candidate slots it answers for.
struct PollColumn: Hashable, Sendable {
    /// The date and moment as written (`12/01/2027 matin`), for the note on unmatched columns.
    let label: String
    /// The positions (in the candidates read against) of every candidate on that date that starts at the moment,
    /// or in that part of the day; may be empty.
    let slots: [Int]
    /// Whether the moment is a time (`18h30`) rather than a part of the day (`soir`, or nothing).
    let isExact: Bool
}

extension FramadateReading {
    /// The columns of the dates and moments rows, `nil` for one whose date or moment cannot be read (reported);
    /// `nil` altogether when the second row is not a row of moments.
    mutating func columns(
        dates: CSVRecord,
        moments: CSVRecord,
        order given: DateOrder?,
        language: Language?
    ) -> [PollColumn?]? {
        guard moments.fields[0].isBlank else {
            errors.append(
                table.error(
                    .invalidHeader,
                    at: moments.fields[0],
                    Phrase("import.poll.expectedMoments")
                )
            )
            return nil
        }
        // Empty cells after the last date (a stray separator at the end of the row) are no columns.
        let dateCells = Array(dates.fields.dropFirst().reversed().drop(while: \.isBlank).reversed())
        let momentCells = Array(moments.fields.dropFirst())
        if let extra = momentCells.dropFirst(dateCells.count).first(where: { !$0.isBlank }) {
            errors.append(
                table.error(
                    .extraCell,
                    at: extra,
                    Phrase("import.poll.momentWithoutDate")
                )
            )
        }
        let written = dateCells.map { PollDate($0.trimmed) }
        let order = PollDate.order(of: written.compactMap { $0 }, given: given, language: language)
        let byDate = Dictionary(grouping: candidates.indices, by: { candidates[$0].date })
        var columns: [PollColumn?] = []
        for (index, cell) in dateCells.enumerated() {
            let momentCell = index < momentCells.count ? momentCells[index] : nil
            let date = self.date(written[index], in: cell, order: order, isGiven: given != nil)
            let momentText = momentCell?.trimmed ?? ""
            let moment = PollMoment(momentText)
            if moment == nil, let momentCell {
                errors.append(
                    table.error(
                        .invalidMoment,
                        at: momentCell,
                        value: momentText,
                        Phrase("import.poll.invalidMoment", ["value": .verbatim(momentText)])
                    )
                )
            }
            guard let date, let moment else {
                columns.append(nil)
                continue
            }
            let onDate = byDate[date] ?? []
            let label = momentText.isEmpty ? cell.trimmed : cell.trimmed + " " + momentText
            switch moment {
            case .time(let time):
                let slots = onDate.filter { candidates[$0].start.time == time }
                columns.append(PollColumn(label: label, slots: slots, isExact: true))
            case .part(let part):
                let slots = onDate.filter { part.contains(candidates[$0].start.time) }
                columns.append(PollColumn(label: label, slots: slots, isExact: false))
            }
        }
        return columns
    }

    /// The date of a date cell, or `nil` after reporting why it cannot be read.
    private mutating func date(_ written: PollDate?, in cell: CSVField, order: DateOrder, isGiven: Bool) -> LocalDate? {
        let text = cell.trimmed
        guard let written else {
            if text.isEmpty {
                errors.append(
                    table.error(.invalidDate, at: cell, Phrase("import.poll.columnWithoutDate"))
                )
                return nil
            }
            errors.append(
                table.error(
                    .invalidDate,
                    at: cell,
                    value: text,
                    Phrase("import.poll.notADate", ["value": .verbatim(text)])
                )
            )
            return nil
        }
        if let date = written.date(in: order) { return date }
        let message: Phrase
        if written.isYearFirst {
            message = Phrase("import.poll.dateNotExist", ["value": .verbatim(text)])
        } else if written.date(in: order.other) != nil {
            message = Phrase(
                isGiven ? "import.poll.dateNotInGivenOrder" : "import.poll.dateNotInSuggestedOrder",
                [
                    "value": .verbatim(text), "order": Self.orderPhrase(order),
                    "other": Self.orderPhrase(order.other), "code": .verbatim(order.other.rawValue),
                ]
            )
        } else {
            message = Phrase(
                "import.poll.dateNotExistInOrder",
                ["value": .verbatim(text), "order": Self.orderPhrase(order)]
            )
        }
        errors.append(table.error(.invalidDate, at: cell, value: text, message))
        return nil
    }

    /// `day/month/year` or `month/day/year`, in the reader's language.
    static func orderPhrase(_ order: DateOrder) -> Phrase {
        Phrase(order == .dayMonthYear ? "date.order.dayMonthYear" : "date.order.monthDayYear")
    }
}
