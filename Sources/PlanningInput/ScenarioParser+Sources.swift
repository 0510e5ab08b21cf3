import InputVocabulary
import Phrasebook
import PlanningDomain

/// What the scenario says about availability besides `answers`: the canton, poll files, weekly habits, days
/// away and calendars. The files are only named here; `AvailabilityImport` reads them.
extension ScenarioParser {
    // MARK: - Canton

    /// `canton: GE`, or `none` for no public holidays; Vaud when absent.
    mutating func canton(in fields: Fields) {
        guard let node = fields["canton"], let raw = scalar(node, what: fields.subject.field("canton")) else { return }
        let code = raw.trimmed
        sources.cantonLocation = location(of: node)
        if code.lowercased() == "none" {
            sources.canton = nil
            return
        }
        if let canton = Canton(code: code.uppercased()) {
            sources.canton = canton
            return
        }
        let hint = Suggestion.closest(to: code.uppercased(), among: Canton.codes)
        report(
            .unknownCanton,
            at: node,
            value: raw,
            Phrase(
                "scenario.unknownCanton",
                ["value": .verbatim(raw), "hint": hint.map(Phrase.didYouMean) ?? Phrase("scenario.cantonExample")]
            )
        )
    }

    // MARK: - Polls

    /// `polls: [{file: sondage.csv, format: framadate, date-order: day-month-year, voters: {"Anne R.": p01}}]`.
    mutating func polls(from node: YAMLNode) {
        guard let entries = list(node, what: Noun.key("polls")) else { return }
        for (index, entry) in entries.enumerated() {
            let subject = Subject(phrase: Noun.poll(index: index))
            guard
                let fields = fields(
                    of: entry,
                    subject: subject,
                    what: Noun.entry(index, of: Noun.key("polls")),
                    required: ["file"],
                    optional: ["format", "date-order", "voters"]
                )
            else { continue }
            let file = fields["file"].flatMap { fileReference($0, what: subject.field("file")) }
            let format: PollReference.Format?? =
                fields["format"] == nil
                ? .some(nil) : choice("format", in: fields, noun: "pollFormat", as: PollReference.Format.self)
            let dateOrder = fields["date-order"] == nil ? .some(nil) : self.dateOrder(in: fields)
            let voters = fields["voters"].map { self.voters(from: $0, of: subject) } ?? [:]
            guard let file, let format, let dateOrder, let voters else { continue }
            sources.polls.append(PollReference(file: file, format: format, dateOrder: dateOrder, voters: voters))
        }
    }

    static let dateOrders = ["day-month-year", "month-day-year"]

    private mutating func dateOrder(in fields: Fields) -> String?? {
        guard let node = fields["date-order"], let raw = scalar(node, what: fields.subject.field("date-order")) else {
            return nil
        }
        guard Self.dateOrders.contains(raw.trimmed) else {
            report(.invalidChoice, at: node, value: raw, Self.notOneOf("dateOrder", raw, Self.dateOrders))
            return nil
        }
        return .some(raw.trimmed)
    }

    /// `voters: {"Martine F.": p01, "Anne (animatrice)": ignore}`; the names are personal and masked.
    private mutating func voters(from node: YAMLNode, of subject: Subject) -> [String: Participant.ID?]? {
        guard let mapping = node.mapping else {
            report(
                .wrongType,
                at: node,
                Noun.wrongType(subject.field("voters"), expected: Noun.map, found: node.shapeName)
            )
            return nil
        }
        var voters: [String: Participant.ID?] = [:]
        var isValid = true
        for (key, value) in mapping where !isSetAside(key) {
            markPersonal(key)
            guard let name = key.scalar?.string.trimmed, !name.isEmpty,
                let target = scalar(
                    value,
                    what: Phrase("scenario.what.voterEntry", ["field": subject.field("voters")])
                )?
                .trimmed
            else {
                isValid = false
                continue
            }
            if target == "ignore" {
                voters[name] = .some(nil)
                continue
            }
            let known = registries["participant"] ?? IDRegistry()
            if known.isChecked, !known.covers(target) {
                report(
                    .unknownParticipant,
                    at: value,
                    value: target,
                    Phrase("scenario.unknownVoterTarget", ["id": .verbatim(target), "hint": known.hint(for: target)])
                )
                isValid = false
                continue
            }
            voters[name] = Participant.ID(target)
        }
        return isValid ? voters : nil
    }

    // MARK: - Personal sources

    /// `weekly`, `away` (participants only: a facilitator's days away are part of the scenario) and `calendars`.
    mutating func personalSources(in fields: Fields, readsAway: Bool) -> PersonalSources? {
        var sources = PersonalSources()
        var isValid = true
        if let node = fields["weekly"] {
            if let weekly = weeklyWindows(from: node, of: fields.subject) {
                sources.weekly = weekly
            } else {
                isValid = false
            }
        }
        if readsAway, let node = fields["away"] {
            if let away = awayDates(from: node, of: fields.subject) { sources.away = away } else { isValid = false }
        }
        if let node = fields["calendars"] {
            if let files = fileReferences(from: node, what: fields.subject.field("calendars")) {
                sources.calendars = files
            } else {
                isValid = false
            }
        }
        return isValid ? sources : nil
    }

    /// `calendars: [agenda.ics, salle.ics]`, or a single path.
    mutating func fileReferences(from node: YAMLNode, what: Phrase) -> [FileReference]? {
        let entries = node.sequence.map(Array.init) ?? [node]
        let files = entries.map { fileReference($0, what: what) }
        return files.contains(where: { $0 == nil }) ? nil : files.compactMap(\.self)
    }

    /// A path as written, resolved from the scenario file's folder.
    mutating func fileReference(_ node: YAMLNode, what: Phrase) -> FileReference? {
        guard let raw = scalar(node, what: what, expected: Noun.filePath)?.trimmed else { return nil }
        guard !raw.isEmpty else {
            report(.missingKey, at: node, Phrase("scenario.noFilePath", ["what": what]))
            return nil
        }
        let path = raw.hasPrefix("/") || directory.isEmpty ? raw : directory + "/" + raw
        return FileReference(written: raw, path: path, location: location(of: node))
    }

    /// `weekly: ["tuesday 18:00-21:30", "saturday 09:00-12:00"]`.
    private mutating func weeklyWindows(from node: YAMLNode, of subject: Subject) -> [WeeklyWindow]? {
        guard let entries = list(node, what: subject.field("weekly")) else { return nil }
        var windows: [WeeklyWindow] = []
        var isValid = true
        for entry in entries {
            guard let raw = scalar(entry, what: Noun.anEntry(of: subject.field("weekly"))) else {
                isValid = false
                continue
            }
            if let window = Self.weeklyWindow(raw.trimmed) {
                windows.append(window)
            } else {
                report(
                    .invalidWeeklyHabit,
                    at: entry,
                    value: raw,
                    Phrase("scenario.invalidWeeklyHabit", ["value": .verbatim(raw), "subject": subject.name])
                )
                isValid = false
            }
        }
        return isValid ? windows : nil
    }

    /// `tuesday 18:00-21:30`, `mardi 18h-21h30`, `Dienstag 18.00–21.30`, `martedì dalle 18:00 alle 21:30` → a
    /// window; `nil` when not of that form or when it ends before it starts.
    static func weeklyWindow(_ text: String) -> WeeklyWindow? {
        let tokens = WrittenTokens(text).tokens
        guard let word = tokens.first?.word, let day = WeekdayWords.weekday(word: word) else { return nil }
        var index = 1
        while index < tokens.count,
            tokens[index].isSign(".") || tokens[index].isSign(",")
                || rangeStarts.contains(tokens[index].word ?? "")
        {
            index += 1
        }
        guard case (.time(let from), let afterFrom)? = WrittenTime.read(tokens, at: index), afterFrom < tokens.count,
            "-–—".contains(tokens[afterFrom].text) || rangeEnds.contains(tokens[afterFrom].word ?? ""),
            case (.time(let to), let end)? = WrittenTime.read(tokens, at: afterFrom + 1), end == tokens.count,
            from < to
        else { return nil }
        return WeeklyWindow(weekday: day, from: from, to: to)
    }

    /// Words before a time range: `de 18h à 21h`, `von 18 bis 21 Uhr`, `dalle 18 alle 21`, `from 6 to 9 pm`.
    private static let rangeStarts: Set = ["de", "des", "von", "ab", "dalle", "dal", "from"]
    /// Words between the two times of a range (a dash works too).
    private static let rangeEnds: Set = ["a", "au", "bis", "alle", "al", "to", "till", "until"]

    /// A weekday in French, German, Italian or English (`tuesday`, `mardi`, `Dienstag`, `martedì`, `mar.`).
    static func weekday(_ text: String) -> Weekday? { WeekdayWords.weekday(text) }

    /// `18:30`, `9:00`, `18h30`, `18.30`, `19h`; `nil` otherwise.
    static func clockTime(_ text: String) -> LocalTime? { WrittenTime.time(text) }

    /// The location of a node in this file.
    func location(of node: YAMLNode) -> SourceLocation {
        SourceLocation(file: fileName, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }
}
