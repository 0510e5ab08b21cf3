public import PlanningDomain

/// The coordinator's calendar's rules, terms and explanations as phrases of the catalogues (`regional.json`):
/// the engine states what breaks a rule as data (`BreachDetail`), worded here in the reader's language.
extension RegionalRule {
    /// The rule's name in the reader's language (« limite hebdomadaire »); its id (`weekly-limit`) stays the
    /// machine name.
    public var phrase: Phrase { Phrase("regional.rule.\(rawValue)") }
}

extension ObjectiveTerm {
    /// The term's name in the reader's language (« charge hebdomadaire maximale »).
    public var phrase: Phrase { Phrase("regional.term.\(rawValue)") }

    /// The term's one definition in the reader's language (`definition` in English, word for word).
    public var definitionPhrase: Phrase { Phrase("regional.term.\(rawValue).definition") }
}

extension BreachDetail {
    /// The detail as a phrase: « sophie anime déjà 3 séances la semaine 2027-W11, limite 2 ».
    public var phrase: Phrase {
        switch self {
        case .sentence(let key, let parts): Phrase(key, parts.mapValues(\.phrase))
        case .value(let text): .verbatim(text)
        case .list(let parts): .list(parts.map(\.phrase))
        }
    }
}

extension RuleBreach {
    /// The breach citing its rule by name and id: « limite hebdomadaire (weekly-limit) : sophie anime déjà 3
    /// séances la semaine 2027-W11, limite 2 ».
    public var phrase: Phrase {
        Phrase("regional.cited", ["rule": rule.phrase, "name": .verbatim(rule.name), "detail": detail.phrase])
    }
}

extension ObjectiveGap {
    /// « semaines au maximum (peak-weeks) 16, borne 11 (45,5 %) »: the first term short of its bound.
    public var phrase: Phrase {
        let tenths = Int((relative * 1000).rounded())
        return Phrase(
            "regional.gap",
            [
                "term": term.phrase, "name": .verbatim(term.name), "value": .number(value), "bound": .number(bound),
                "percent": .verbatim("\(tenths / 10).\(tenths % 10)"),
            ]
        )
    }
}
