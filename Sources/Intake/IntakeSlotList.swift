internal import PlanDocuments
public import PlanningDomain

/// Free intake slots as people read them (a list in the staff member's language) and as a CSV for other tools.
public enum IntakeSlotList {
    /// The slots as the staff member reads them, in `language`; ends with a line break.
    ///
    /// « 3 créneaux libres pour un entretien avec Anne Rochat : », then one line per slot, « mardi 12 janvier
    /// 2027, 9 h – 10 h (au centre, par téléphone) »; or the sentence saying there is none.
    public static func text(
        _ slots: [IntakeSlot],
        staffName: String,
        from: LocalDate,
        to: LocalDate,
        language: Language
    ) -> String {
        let wording = Wording(language)
        guard !slots.isEmpty else {
            return wording.text(
                "intake.slots.none",
                ["staff": staffName, "from": wording.date(from), "to": wording.date(to)]
            ) + "\n"
        }
        var lines = [
            wording.text("intake.slots.title", count: slots.count, ["count": String(slots.count), "staff": staffName])
        ]
        for slot in slots {
            let range = wording.text(
                "dateTimeRange",
                [
                    "date": wording.date(slot.start.date), "start": wording.time(slot.start.time),
                    "end": wording.time(slot.end.time),
                ]
            )
            let modes = slot.modes.map { wording.text("intake.mode.\($0.rawValue)") }.joined(separator: ", ")
            lines.append("  \(range)" + (modes.isEmpty ? "" : " (\(modes))"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The CSV (RFC 4180, UTF-8, `,`, CRLF): `slot,staff,date,weekday,start,end,minutes,modes`, one row per slot;
    /// `slot` is the key a booking names (`2027-01-12T09:00`), `modes` the modes separated by spaces.
    public static func csv(_ slots: [IntakeSlot]) -> [UInt8] {
        var rows = ["slot,staff,date,weekday,start,end,minutes,modes"]
        for slot in slots {
            let fields = [
                slot.key, slot.staff.rawValue, slot.start.date.description, Weekday(of: slot.start.date).description,
                slot.start.time.description, slot.end.time.description, String(slot.lengthMinutes),
                slot.modes.map(\.rawValue).joined(separator: " "),
            ]
            rows.append(fields.joined(separator: ","))
        }
        return Array((rows.joined(separator: "\r\n") + "\r\n").utf8)
    }
}
