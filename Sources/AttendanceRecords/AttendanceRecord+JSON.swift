import AttendanceSheets
import Foundation
public import PlanningDomain
public import PlanningInput

extension AttendanceRecord {
    /// The record as `entraide-attendance/1` JSON: pretty, keys sorted, UTF-8, ending with a newline, so the same
    /// record always gives the same bytes.
    public var jsonBytes: [UInt8] {
        let document = Document(
            format: Self.format,
            group: group.rawValue,
            sessions: Dictionary(
                uniqueKeysWithValues: sessions.map { kind, session in
                    (
                        kind.rawValue,
                        Document.Session(
                            candidate: session.candidate.rawValue,
                            date: session.date.description,
                            attendance: Dictionary(
                                uniqueKeysWithValues: session.attendance.map { ($0.key.rawValue, $0.value.rawValue) }
                            ),
                            newcomers: session.newcomers
                        )
                    )
                }
            )
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Plain strings and numbers always encode.
        let data = (try? encoder.encode(document)) ?? Data()
        return Array(data) + [0x0A]
    }

    /// Reads a record from its JSON.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - file: the file as the user named it, for errors.
    ///   - group: the scenario's group: a record of another group is refused.
    /// - Throws: `invalid-record` problems of the whole file (JSON carries no line numbers through Foundation):
    ///   not JSON of this format, another group, a session kind, date, attendance word or count that is not one.
    public init(json bytes: [UInt8], file: String, group: Group.ID) throws(ScenarioErrors) {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: Data(bytes))
        } catch {
            throw ScenarioErrors([Self.problem(file, Self.sentence(for: error))])
        }
        var problems: [String] = []
        if document.format != Self.format {
            problems.append(
                "format \(Self.quoted(document.format)) is not \(Self.format); this file is not an attendance record "
                    + "Entraide can read."
            )
        }
        if let written = document.group, written != group.rawValue {
            problems.append(
                "the record is for group '\(written)', not for the scenario's group '\(group)'; record this "
                    + "group's sessions in a file of its own."
            )
        } else if document.group == nil {
            problems.append("the record has no `group`; expected the scenario's group id '\(group)'.")
        }
        var sessions: [SessionKind: SessionAttendance] = [:]
        for (name, entry) in (document.sessions ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let kind = SessionKind(rawValue: name), SessionKind.groupSequence.contains(kind) else {
                problems.append(
                    "unknown session '\(name)' under `sessions`; expected information, founding1, founding2 or review."
                )
                continue
            }
            if let session = Self.session(entry, named: name, problems: &problems) { sessions[kind] = session }
        }
        guard problems.isEmpty else { throw ScenarioErrors(problems.map { Self.problem(file, $0) }) }
        self.init(group: group, sessions: sessions)
    }

    // MARK: - Reading

    /// One session's entry, or `nil` with its problems added.
    private static func session(
        _ entry: Document.Session,
        named name: String,
        problems: inout [String]
    ) -> SessionAttendance? {
        let count = problems.count
        let candidate = entry.candidate.map { CandidateSlot.ID($0) }
        if candidate == nil || entry.candidate?.isEmpty == true {
            problems.append("session '\(name)' has no `candidate`; expected the id of the slot it was held in.")
        }
        let date = entry.date.flatMap(LocalDate.init(iso:))
        if date == nil {
            problems.append(
                "session '\(name)': date \(quoted(entry.date)) is not a date written YYYY-MM-DD that exists."
            )
        }
        var attendance: [Participant.ID: AttendanceMark] = [:]
        for (id, word) in (entry.attendance ?? [:]).sorted(by: { $0.key < $1.key }) {
            if let status = AttendanceMark(rawValue: word), !id.isEmpty {
                attendance[Participant.ID(id)] = status
            } else if id.isEmpty {
                problems.append("session '\(name)' records attendance for an empty participant id.")
            } else {
                problems.append(
                    "session '\(name)': attendance '\(word)' of participant '\(id)' is not one of present, excused, "
                        + "absent."
                )
            }
        }
        if entry.attendance == nil {
            problems.append("session '\(name)' has no `attendance`; expected a map of participant id to attendance.")
        }
        let newcomers = entry.newcomers ?? 0
        if newcomers < 0 {
            problems.append("session '\(name)': newcomers '\(newcomers)' is below 0.")
        }
        guard problems.count == count, let candidate, let date else { return nil }
        return SessionAttendance(candidate: candidate, date: date, attendance: attendance, newcomers: newcomers)
    }

    private static func problem(_ file: String, _ message: String) -> ScenarioError {
        ScenarioError(code: .invalidRecord, file: file, line: 0, column: 0, message: message)
    }

    private static func quoted(_ text: String?) -> String { text.map { "'\($0)'" } ?? "(none)" }

    /// A decoding failure as one sentence, naming where in the document it is.
    private static func sentence(for error: any Error) -> String {
        guard let error = error as? DecodingError else { return "the file is not valid JSON." }
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            guard !context.codingPath.isEmpty else {
                return "the file is not a JSON object; expected an attendance record of the format \(format)."
            }
            return "`\(path(context.codingPath))` has the wrong type; expected \(expectation(context.codingPath))."
        case .dataCorrupted(let context):
            guard !context.codingPath.isEmpty else { return "the file is not valid JSON." }
            return "`\(path(context.codingPath))` has the wrong type; expected \(expectation(context.codingPath))."
        case .keyNotFound(let key, let context):
            return "`\(path(context.codingPath + [key]))` is missing."
        @unknown default:
            return "the file is not valid JSON."
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }

    /// What the value at `keys` should be.
    private static func expectation(_ keys: [any CodingKey]) -> String {
        switch (keys.count, keys.last?.stringValue) {
        case (1, "sessions"): "a map of session kind to session"
        case (2, _): "a map with candidate, date, attendance and newcomers"
        case (3, "newcomers"): "a whole number"
        case (3, "attendance"): "a map of participant id to attendance"
        case (4, _): "text: present, excused or absent"
        default: "text"
        }
    }

    // MARK: - Schema

    /// The file as JSON sees it; what is missing is reported rather than refused by the decoder.
    struct Document: Codable {
        var format: String?
        var group: String?
        var sessions: [String: Session]?

        struct Session: Codable {
            var candidate: String?
            var date: String?
            var attendance: [String: String]?
            var newcomers: Int?
        }
    }
}

extension LocalDate {
    /// The date written `YYYY-MM-DD`, or `nil` when it is not written so or does not exist.
    init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
