import InputVocabulary
import PlanningDomain

/// The `participants` section, their answers and the initiator.
extension ScenarioParser {
    /// What `participants` yields: the participants when all are valid, and every `initiator` flag written.
    struct ParticipantsDraft {
        var participants: [Participant]?
        var initiatorFlags: [(id: String, isInitiator: Bool, node: YAMLNode)] = []
    }

    /// Keys of a participant that hold nothing personal; every other value is masked in the lines shown.
    static let impersonalParticipantKeys: Set<String> = [
        "id", "language", "initiator", "step-free", "answers", "weekly", "away", "calendars",
    ]

    mutating func participants(from node: YAMLNode, defaultLanguage: Language) -> ParticipantsDraft {
        var draft = ParticipantsDraft()
        draft.participants = entries(of: node, section: "participants") { parser, entry, index in
            parser.participant(from: entry, index: index, defaultLanguage: defaultLanguage, draft: &draft)
        }
        return draft
    }

    private mutating func participant(
        from node: YAMLNode,
        index: Int,
        defaultLanguage: Language,
        draft: inout ParticipantsDraft
    ) -> Participant? {
        for (key, value) in node.mapping ?? [:] where !Self.impersonalParticipantKeys.contains(key.scalar?.string ?? "")
        {
            markPersonal(value)
        }
        let shownID = peekID(node).flatMap { Self.looksPersonal($0) ? nil : $0 }
        let subject = Subject(phrase: "participant " + (shownID.map { "'\($0)'" } ?? "#\(index + 1)"))
        guard
            let fields = fields(
                of: node,
                subject: subject,
                what: "entry #\(index + 1) of 'participants'",
                required: ["id", "name", "email"],
                optional: ["language", "initiator", "step-free", "answers", "weekly", "away", "calendars"]
            )
        else { return nil }
        let id = registeredID(in: fields, kind: "participant")
        let name = text("name", in: fields)
        let email = email("email", in: fields)
        let language = fields["language"] == nil ? defaultLanguage : language("language", in: fields)
        let isInitiator = fields["initiator"] == nil ? false : boolean("initiator", in: fields)
        if let id, let flag = isInitiator, let flagNode = fields["initiator"] {
            draft.initiatorFlags.append((id, flag, flagNode))
        }
        let stepFree = fields["step-free"] == nil ? false : boolean("step-free", in: fields)
        var answers: [CandidateSlot.ID: Availability]? = [:]
        if let answersNode = fields["answers"] {
            answers = self.answers(from: answersNode, of: subject, language: defaultLanguage)
        }
        let own = personalSources(in: fields, readsAway: true)
        guard let id, let name, let email, let language, let isInitiator, let stepFree, let answers, let own else {
            return nil
        }
        if !own.isEmpty { sources.participants[Participant.ID(id)] = own }
        return Participant(
            id: Participant.ID(id),
            name: name,
            email: email,
            language: language,
            isInitiator: isInitiator,
            needsStepFreeAccess: stepFree,
            answers: answers
        )
    }

    /// `answers: {info-0112: yes, info-0119: if-need-be, f1-0126: no}`, in any language of ``AnswerWords``
    /// (`oui`, `si besoin`, `non`, `ja`, `falls nötig`, …); a slot without an answer is a no.
    ///
    /// A generated slot may be named without its venue or facilitator when that names one slot only (the ids of
    /// earlier versions, see ``CandidateReferences``).
    mutating func answers(
        from node: YAMLNode,
        of subject: Subject,
        language: Language
    ) -> [CandidateSlot.ID: Availability]? {
        guard let mapping = node.mapping else {
            report(.wrongType, at: node, "\(subject.field("answers")) must be a map, not \(node.shapeName).")
            return nil
        }
        let candidates = registries["candidate"] ?? IDRegistry()
        var answers: [CandidateSlot.ID: Availability] = [:]
        answers.reserveCapacity(mapping.pairs.count)
        var isValid = true
        for (key, value) in mapping where !isSetAside(key) {
            guard let written = key.scalar?.string.trimmed else {
                report(
                    .wrongType,
                    at: key,
                    "a key in \(subject.field("answers")) must be a single value, not \(key.shapeName)."
                )
                isValid = false
                continue
            }
            var slot = written
            if candidates.isChecked, !candidateIDs.contains(CandidateSlot.ID(written)) {
                switch candidateReferences?.resolve(written) {
                case .slot(let id):
                    slot = id.rawValue
                case .ambiguous(let ids):
                    report(
                        .ambiguousSlot,
                        at: key,
                        value: written,
                        "\(subject.name) answers for '\(written)', which names \(ids.count) candidates ("
                            + Self.listed(ids.map(\.rawValue)) + "); write the whole id."
                    )
                    isValid = false
                case .unknown, nil:
                    if !candidates.covers(written) {
                        let hint = candidates.hint(for: written)
                        report(
                            .unknownSlot,
                            at: key,
                            value: written,
                            "\(subject.name) answers for unknown candidate '\(WrittenText.quoted(written))'"
                                + (hint.isEmpty ? "." : hint)
                        )
                        isValid = false
                    }
                }
            }
            var words: String { Self.answerWords(in: language) }
            if value.isNull {
                report(
                    .invalidAvailability,
                    at: key,
                    value: written,
                    "\(subject.name) gives no answer for '\(written)'; expected one of \(words)."
                )
                isValid = false
                continue
            }
            guard let raw = scalar(value, what: "the answer of \(subject.name) for '\(written)'") else {
                isValid = false
                continue
            }
            switch AnswerWords.all.reading(raw.trimmed) {
            case .answer(let availability):
                if answers.updateValue(availability, forKey: CandidateSlot.ID(slot)) != nil {
                    // Rare: the same slot by its id and a shorter id (a key written twice is set aside already).
                    let first = Self.firstKey(in: mapping, naming: slot, references: candidateReferences) ?? slot
                    report(
                        .duplicateKey,
                        at: key,
                        value: written,
                        "\(subject.name) answers twice for candidate '\(slot)' (as '\(first)' and as '\(written)')."
                    )
                    isValid = false
                }
            case .none:
                report(
                    .invalidAvailability,
                    at: value,
                    value: raw,
                    "availability '\(raw)' of \(subject.name) for '\(written)' means no answer; expected one of "
                        + "\(words), or leave '\(written)' out."
                )
                isValid = false
            case .unknown:
                report(
                    .invalidAvailability,
                    at: value,
                    value: raw,
                    "availability '\(WrittenText.quoted(raw))' is not one of \(words)."
                )
                isValid = false
            }
        }
        return isValid ? answers : nil
    }

    /// The first key of `mapping` that names `slot`, by its id or a shorter one.
    private static func firstKey(
        in mapping: YAMLNode.Mapping,
        naming slot: String,
        references: CandidateReferences?
    ) -> String? {
        mapping.keys.lazy.compactMap { $0.scalar?.string.trimmed }.first { written in
            written == slot || references?.resolve(written) == .slot(CandidateSlot.ID(slot))
        }
    }

    /// `yes, if-need-be, no`, and the words of `language` when it is not English:
    /// `yes, if-need-be, no (in French: oui, si besoin, non)`.
    static func answerWords(in language: Language) -> String {
        let own = Availability.allCases.map(\.rawValue).joined(separator: ", ")
        guard let words = AnswerWords.all.words(in: language), language != .english,
            let name = languageNames[language.code]
        else { return own }
        return "\(own) (in \(name): \(words.shown))"
    }

    private static let languageNames = ["fr": "French", "de": "German", "it": "Italian"]

    /// `a, b, c` or `a, b, c … (12 in all)`: ids in a message, at most six.
    static func listed(_ ids: [String]) -> String {
        let shown = ids.prefix(6).joined(separator: ", ")
        return ids.count > 6 ? "\(shown) … (\(ids.count) in all)" : shown
    }

    // MARK: - Initiator

    /// The initiator, from the group's `initiator` or the participants' flags; reports an unknown id and flags
    /// that contradict it or each other.
    mutating func initiator(group: GroupDraft?, participants: ParticipantsDraft) -> Participant.ID? {
        let known = registries["participant"] ?? IDRegistry()
        if let (id, node) = group?.initiator {
            if known.isChecked, !known.covers(id) {
                let hint = known.hint(for: id)
                report(
                    .unknownParticipant,
                    at: node,
                    value: id,
                    "initiator '\(id)' is not a participant id" + (hint.isEmpty ? "." : hint)
                )
                return nil  // the flags cannot be checked against an unknown id
            }
            for flag in participants.initiatorFlags where flag.isInitiator != (flag.id == id) {
                let sentence =
                    flag.isInitiator
                    ? "participant '\(flag.id)' is flagged as initiator, but the group's initiator is '\(id)'."
                    : "participant '\(flag.id)' is flagged as not the initiator, but the group's initiator is '\(id)'."
                report(.initiatorConflict, at: flag.node, value: flag.id, sentence)
            }
            return Participant.ID(id)
        }
        let flagged = participants.initiatorFlags.filter(\.isInitiator)
        for flag in flagged.dropFirst() {
            report(
                .initiatorConflict,
                at: flag.node,
                value: flag.id,
                "participant '\(flag.id)' is flagged as initiator, but so is participant '\(flagged[0].id)'; "
                    + "a group has one initiator."
            )
        }
        return flagged.first.map { Participant.ID($0.id) }
    }
}
