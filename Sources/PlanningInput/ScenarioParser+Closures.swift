import Phrasebook
import PlanningDomain

/// The `closures` section, and periods `{from, to}` wherever they appear.
extension ScenarioParser {
    /// `closures: [2027-02-16, {date: 2027-04-02, reason: …}, {from: …, to: …, reason: …}]`.
    mutating func closures(from node: YAMLNode) -> [Closure] {
        guard let entries = list(node, what: Noun.key("closures")) else { return [] }
        var closures: [Closure] = []
        for (index, entry) in entries.enumerated() {
            if entry.mapping == nil {
                if let date = date(entry, what: Noun.entry(index, of: Noun.key("closures"))) {
                    closures.append(Closure(from: date, to: date))
                }
            } else if let closure = closure(from: entry, subject: Subject(phrase: Noun.closure(index: index))) {
                closures.append(closure)
            }
        }
        return closures
    }

    private mutating func closure(from node: YAMLNode, subject: Subject) -> Closure? {
        guard
            let fields = fields(
                of: node,
                subject: subject,
                what: subject.name,
                required: [],
                optional: ["date", "from", "to", "reason"]
            )
        else { return nil }
        let reason = text("reason", in: fields).flatMap { $0.isEmpty ? nil : $0 }
        if fields.contains("date") {
            if let other = ["from", "to"].first(where: fields.contains), let key = fields.keyNode(other) {
                report(
                    .conflictingKeys,
                    at: key,
                    value: other,
                    Phrase("scenario.dateAndPeriod", ["subject": subject.name, "other": .verbatim(other)])
                )
                return nil
            }
            guard let dateNode = fields["date"] else {
                report(
                    .missingKey,
                    at: fields.keyNode("date") ?? node,
                    value: "date",
                    Noun.hasNoValue(subject.field("date"))
                )
                return nil
            }
            return date(dateNode, what: subject.field("date")).map { Closure(from: $0, to: $0, reason: reason) }
        }
        guard fields.contains("from") || fields.contains("to") else {
            report(
                .missingKey,
                at: node,
                value: "date",
                Phrase("scenario.missingDate", ["subject": subject.name])
            )
            return nil
        }
        return period(in: fields, reason: reason)
    }

    /// The period `from` … `to` of a map, both ends included; `to` must not be before `from`.
    mutating func period(in fields: Fields, reason: String? = nil) -> Closure? {
        var dates: [LocalDate?] = []
        for key in ["from", "to"] {
            if let node = fields[key] {
                dates.append(date(node, what: fields.subject.field(key)))
            } else {
                if !fields.contains(key) {
                    report(
                        .missingKey,
                        at: fields.node,
                        value: key,
                        Noun.missingKey(key, in: fields.subject.name)
                    )
                } else if let keyNode = fields.keyNode(key) {
                    report(.missingKey, at: keyNode, value: key, Noun.hasNoValue(fields.subject.field(key)))
                }
                dates.append(nil)
            }
        }
        guard let from = dates[0], let to = dates[1] else { return nil }
        guard from <= to else {
            report(
                .invalidPeriod,
                at: fields["to"] ?? fields.node,
                value: to.description,
                Phrase(
                    "scenario.endsBeforeStart",
                    [
                        "subject": fields.subject.name, "to": .verbatim(to.description),
                        "from": .verbatim(from.description),
                    ]
                )
            )
            return nil
        }
        return Closure(from: from, to: to, reason: reason)
    }
}
