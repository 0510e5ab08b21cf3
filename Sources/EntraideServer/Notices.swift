internal import Hummingbird
internal import PlanningDomain

/// The sentence shown after an action redirected back to a page (`?done=personAdded&id=p07`): only known
/// keys, and only ids and numbers taken from the address, so a crafted address shows nothing else.
enum Notices {
    static func text(_ key: String, _ request: Request, _ catalogue: Catalogue) -> String? {
        let query = request.uri.queryParameters
        func id(_ name: String) -> String {
            let value = query[Substring(name)].map(String.init) ?? ""
            return IdentifierRule.isValid(value) ? value : "?"
        }
        func number(_ name: String) -> String { query[Substring(name)].flatMap { Int($0) }.map(String.init) ?? "0" }
        switch key {
        case "personAdded", "personSaved", "personWithdrawn", "requeued":
            return catalogue.text("notice.\(key)", ["id": id("id")])
        case "personWaiting":
            return catalogue.text("notice.personWaiting", ["id": id("id"), "rank": number("rank")])
        case "datesAdded":
            var text = catalogue.text("notice.datesAdded", ["count": number("count")])
            if number("skipped") != "0" {
                text += " " + catalogue.text("notice.datesSkipped", ["count": number("skipped")])
            }
            return text
        case "answersRecorded", "sent":
            return catalogue.text("notice.\(key)", ["count": number("count")])
        case "published":
            return catalogue.text("notice.published", ["run": number("run"), "count": number("count")])
        case "settingsSaved", "linkRevoked", "noLinkToRevoke", "linkQueued", "nothingPublished", "noAnswerChosen",
            "saved", "declined":
            return catalogue.text("notice.\(key)")
        default:
            return nil
        }
    }
}
