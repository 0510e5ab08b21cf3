public import PlanningDomain

extension AttendanceSheet {
    /// One expected participant on a sheet.
    public struct Row: Hashable, Sendable {
        /// The participant's id, written in the CSV so that recorded attendance can be read back by id.
        public var participant: Participant.ID
        /// The name as printed, already reduced by the sheet's ``NamePrivacy``.
        public var name: String
        /// Whether the participant answered « if need be » rather than yes; the sheet marks the row with an
        /// asterisk and explains it in a legend under the table.
        public var isIfNeedBe: Bool

        /// Creates a row from a name that is already printed as the sheet's privacy requires.
        public init(participant: Participant.ID, name: String, isIfNeedBe: Bool) {
            self.participant = participant
            self.name = name
            self.isIfNeedBe = isIfNeedBe
        }

        /// Rows in sheet order: by name ignoring case and accents (see ``NameOrder``), then by id.
        static func sorted(_ rows: [Row]) -> [Row] {
            rows.map { (key: NameOrder.key($0.name), row: $0) }
                .sorted { lhs, rhs in
                    if lhs.key != rhs.key { return lhs.key < rhs.key }
                    return lhs.row.participant < rhs.row.participant
                }
                .map(\.row)
        }
    }
}
