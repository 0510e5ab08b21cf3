import InputVocabulary
import Phrasebook
import PlanningDomain
import PlanningInput

/// Tells which participant a poll's voter is: by the scenario's `voters` mapping, else by name.
///
/// Names are compared normalised (``WrittenText/normalised(_:)``): `Jean-Daniel  PITTET` is
/// `jean daniel pittet`. A name that matches no participant, or several, is a problem the staff settle with
/// a `voters` entry.
struct VoterMatcher {
    /// Who a voter is.
    enum Match: Hashable {
        /// This participant.
        case participant(Participant.ID)
        /// Nobody to read: the mapping says to ignore the row, or maps it to an id that is not a participant.
        case ignored
        /// Nobody by that name; the participant with the nearest name, when one is near.
        case unknown(nearest: Participant.ID?)
        /// Several participants by that name.
        case ambiguous([Participant.ID])
    }

    private let participantIDs: Set<Participant.ID>
    private let byName: [String: [Participant.ID]]
    private let names: [(id: Participant.ID, words: [String])]
    /// The mapping with its names trimmed.
    private let mapping: [String: VoterTarget]
    /// The mapping's names that some row used.
    private var used: Set<String> = []

    init(participants: [Participant], voters: [String: VoterTarget]) {
        participantIDs = Set(participants.map(\.id))
        names = participants.map { ($0.id, WrittenText.words(of: $0.name)) }
        var byName: [String: [Participant.ID]] = [:]
        for (id, words) in names { byName[words.joined(separator: " "), default: []].append(id) }
        self.byName = byName
        var mapping: [String: VoterTarget] = [:]
        for (name, target) in voters { mapping[WrittenText.trimmed(name)] = target }
        self.mapping = mapping
    }

    /// Who the voter named `cell` (as written in the poll) is.
    mutating func match(_ cell: String) -> Match {
        let name = WrittenText.trimmed(cell)
        for key in [name, Self.unguarded(name)] {
            guard let target = mapping[key] else { continue }
            used.insert(key)
            switch target {
            case .participant(let id): return participantIDs.contains(id) ? .participant(id) : .ignored
            case .ignored: return .ignored
            }
        }
        let ids = byName[WrittenText.normalised(Self.unguarded(name))] ?? []
        switch ids.count {
        case 0: return .unknown(nearest: nearest(to: Self.unguarded(name)))
        case 1: return .participant(ids[0])
        default: return .ambiguous(ids.sorted())
        }
    }

    /// The problems of the mapping itself, for the whole file.
    ///
    /// Entries that match no row, entries that map to an id that is not a participant. The names are personal,
    /// so only the targets are named.
    func mappingProblems() -> [(code: ScenarioError.Code, phrase: Phrase)] {
        var problems: [(code: ScenarioError.Code, phrase: Phrase)] = []
        for (name, target) in mapping {
            switch target {
            case .participant(let id) where !participantIDs.contains(id):
                let hint = Suggestion.hintOrPeriod(for: id.rawValue, among: participantIDs.map(\.rawValue).sorted())
                problems.append(
                    (
                        .unknownParticipant,
                        Phrase("import.voters.unknown", ["id": .verbatim(id.rawValue), "hint": hint])
                    )
                )
            case .participant(let id) where !used.contains(name):
                problems.append((.unusedVoterMapping, Phrase("import.voters.unused", ["id": .verbatim(id.rawValue)])))
            case .ignored where !used.contains(name):
                problems.append((.unusedVoterMapping, Phrase("import.voters.unusedIgnore")))
            default:
                break
            }
        }
        return problems.sorted { $0.phrase.english < $1.phrase.english }
    }

    /// The participant whose name is nearest: the only one whose words contain the voter's (or are contained in
    /// them), else the only one within a few typos.
    private func nearest(to name: String) -> Participant.ID? {
        let words = WrittenText.words(of: name)
        guard !words.isEmpty else { return nil }
        let containing = names.filter { candidate in
            !candidate.words.isEmpty
                && (Set(words).isSubset(of: candidate.words) || Set(candidate.words).isSubset(of: words))
        }
        if containing.count == 1 { return containing[0].id }
        let joined = words.joined(separator: " ")
        // Bounded like every hint (see `Suggestion`): no long text is compared, and each comparison stops once
        // out of reach.
        guard joined.count <= Suggestion.longestCompared else { return nil }
        var best: (ids: [Participant.ID], distance: Int) = ([], .max)
        for candidate in names.prefix(Suggestion.mostCompared) {
            let other = candidate.words.joined(separator: " ")
            let limit = max(2, max(joined.count, other.count) / 5)
            guard let distance = Suggestion.editDistance(joined, other, atMost: limit) else { continue }
            if distance < best.distance {
                best = ([candidate.id], distance)
            } else if distance == best.distance {
                best.ids.append(candidate.id)
            }
        }
        return best.ids.count == 1 ? best.ids[0] : nil
    }

    /// The name without the `'` Framadate puts before a leading `=`, `+`, `-` or `@` (against spreadsheet
    /// formulas): `'-Lou` is `-Lou`.
    static func unguarded(_ name: String) -> String {
        guard name.hasPrefix("'"), let second = name.dropFirst().first, "=+-@".contains(second) else { return name }
        return String(name.dropFirst())
    }
}
