import InputVocabulary
import Phrasebook
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
        let subject = Subject(phrase: Noun.entry("participant", id: shownID, index: index))
        guard
            let fields = fields(
                of: node,
                subject: subject,
                what: Noun.entry(index, of: Noun.key("participants")),
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
            report(
                .wrongType,
                at: node,
                Noun.wrongType(subject.field("answers"), expected: Noun.map, found: node.shapeName)
            )
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
                    Phrase("scenario.answerKeyNotSingle", ["field": subject.field("answers"), "found": key.shapeName])
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
                        Phrase(
                            "scenario.ambiguousAnswer",
                            [
                                "subject": subject.name, "slot": .verbatim(written), "count": .number(ids.count),
                                "ids": .ids(ids.map(\.rawValue)),
                            ]
                        )
                    )
                    isValid = false
                case .unknown, nil:
                    if !candidates.covers(written) {
                        report(
                            .unknownSlot,
                            at: key,
                            value: written,
                            Phrase(
                                "scenario.unknownAnswerSlot",
                                [
                                    "subject": subject.name, "slot": .verbatim(WrittenText.quoted(written)),
                                    "hint": candidates.hint(for: written),
                                ]
                            )
                        )
                        isValid = false
                    }
                }
            }
            var words: Phrase { Self.answerWords(in: language) }
            if value.isNull {
                report(
                    .invalidAvailability,
                    at: key,
                    value: written,
                    Phrase(
                        "scenario.noAnswer",
                        ["subject": subject.name, "slot": .verbatim(written), "words": words]
                    )
                )
                isValid = false
                continue
            }
            guard
                let raw = scalar(
                    value,
                    what: Phrase("scenario.what.answer", ["subject": subject.name, "slot": .verbatim(written)])
                )
            else {
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
                        Phrase(
                            "scenario.answerTwice",
                            [
                                "subject": subject.name, "slot": .verbatim(slot), "first": .verbatim(first),
                                "second": .verbatim(written),
                            ]
                        )
                    )
                    isValid = false
                }
            case .none:
                report(
                    .invalidAvailability,
                    at: value,
                    value: raw,
                    Phrase(
                        "scenario.answerMeansNone",
                        ["value": .verbatim(raw), "subject": subject.name, "slot": .verbatim(written), "words": words]
                    )
                )
                isValid = false
            case .unknown:
                report(
                    .invalidAvailability,
                    at: value,
                    value: raw,
                    Phrase(
                        "scenario.invalidAvailability",
                        ["value": .verbatim(WrittenText.quoted(raw)), "words": words]
                    )
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

    /// `yes, if-need-be, no`, and the words of the scenario's `language` when it is not English:
    /// `yes, if-need-be, no (in French: oui, si besoin, non)`.
    static func answerWords(in language: Language) -> Phrase {
        let own = Phrase.list(Availability.allCases.map(\.rawValue))
        guard let words = AnswerWords.all.words(in: language), language != .english else { return own }
        return Phrase(
            "scenario.answerWords",
            ["own": own, "language": Phrase("language.\(language.code)"), "words": .verbatim(words.shown)]
        )
    }

    // MARK: - Initiator

    /// The initiator, from the group's `initiator` or the participants' flags; reports an unknown id and flags
    /// that contradict it or each other.
    mutating func initiator(group: GroupDraft?, participants: ParticipantsDraft) -> Participant.ID? {
        let known = registries["participant"] ?? IDRegistry()
        if let (id, node) = group?.initiator {
            if known.isChecked, !known.covers(id) {
                report(
                    .unknownParticipant,
                    at: node,
                    value: id,
                    Phrase("scenario.unknownInitiator", ["id": .verbatim(id), "hint": known.hint(for: id)])
                )
                return nil  // the flags cannot be checked against an unknown id
            }
            for flag in participants.initiatorFlags where flag.isInitiator != (flag.id == id) {
                let sentence = Phrase(
                    flag.isInitiator ? "scenario.flaggedInitiator" : "scenario.flaggedNotInitiator",
                    ["id": .verbatim(flag.id), "initiator": .verbatim(id)]
                )
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
                Phrase("scenario.twoInitiators", ["id": .verbatim(flag.id), "first": .verbatim(flagged[0].id)])
            )
        }
        return flagged.first.map { Participant.ID($0.id) }
    }
}
