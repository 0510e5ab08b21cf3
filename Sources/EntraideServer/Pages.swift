import Foundation
internal import Mustache
internal import PlanningDomain

/// The templates of the pages (`Resources/Web/Templates`, Mustache) and what every page shows: its language,
/// its words, the centre's name, the staff member signed in and the form token.
///
/// Every value is HTML-escaped by the template (`{{…}}`); the one exception, `{{{report}}}`, is plan.html's body,
/// written by `PlanReportHTML`, which escapes every text itself.
struct Pages: Sendable {
    private let library: MustacheLibrary

    /// The templates, read once.
    init() throws {
        var library = MustacheLibrary()
        for file in WebResources.files(in: "Templates") where file.hasSuffix(".mustache") {
            guard let text = WebResources.text("Templates/\(file)") else { continue }
            try library.register(text, named: String(file.dropLast(".mustache".count)))
        }
        self.library = library
    }

    /// What every page needs besides its own content.
    struct Frame {
        /// The catalogue of the page's language.
        var catalogue: Catalogue
        /// The page's title (before « – brand »).
        var title: String
        /// The centre's name, or « Entraide ».
        var brand: String
        /// The staff member signed in, when a staff page.
        var staffName: String?
        /// The form token of the page's forms.
        var csrf: String?
        /// Whether the page embeds plan.html (its style sheet is then linked).
        var hasReport = false
        /// Whether the page may use the whole width (the plan's grid).
        var isWide = false
    }

    /// The page `template` with `content`, in `frame`.
    func render(_ template: String, _ content: [String: Any], frame: Frame) -> String {
        var context = content
        context["lang"] = frame.catalogue.language.code
        context["t"] = frame.catalogue.nested
        context["title"] = frame.title
        context["brand"] = frame.brand
        context["footer"] = frame.catalogue.text("footer", ["centre": frame.brand])
        if let staffName = frame.staffName { context["staffName"] = staffName }
        if let csrf = frame.csrf { context["csrf"] = csrf }
        context["hasReport"] = frame.hasReport
        context["wide"] = frame.isWide
        return library.render(context, withTemplate: template) ?? ""
    }
}
