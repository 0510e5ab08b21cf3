import EntraideService
import Phrasebook
import PlanningDomain
import WorkspaceStore

extension LanguageChoice {
    /// The language to speak about a workspace: the stated one (`--language`, the locale), else the centre's (its
    /// organisation's language), else English: the rule's "then the document" for commands that work on a
    /// workspace rather than a scenario file.
    func language(of store: Workspace) -> Language {
        if let stated { return stated }
        let centre = try? WorkspaceAccess.read(store) { try $0.centre() }
        return language(document: centre?.organisation.language)
    }
}
