import Phrasebook
public import PlanningDomain

/// Reads a workshop catalogue of its own (`workshops.yaml`: one key, `workshops`), or reports every problem at
/// once, located `file:line:column` like every reader.
///
/// The catalogue refers to the centre's facilitators and rooms: the centre is given (a centre file's, or the
/// workspace's records). A centre file may hold the catalogue itself (``CentreDocument/workshops``).
public struct WorkshopCatalogueReader: Sendable {
    /// The centre whose facilitators and rooms the catalogue names.
    public let centre: Centre

    /// A reader against `centre`.
    public init(centre: Centre) { self.centre = centre }

    /// Reads the catalogue at `path` through `files` (the disk by default).
    public func catalogue(
        contentsOf path: String,
        files: any InputFiles = DiskFiles()
    ) throws(ScenarioErrors) -> WorkshopCatalogue {
        try catalogue(yaml: YAMLFile.text(contentsOf: path, noun: "workshopCatalogue", files: files), fileName: path)
    }

    /// Reads a catalogue from its text; `fileName` is what errors show as the file.
    public func catalogue(yaml: String, fileName: String) throws(ScenarioErrors) -> WorkshopCatalogue {
        var parser = ScenarioParser(fileName: fileName, text: yaml, centre: centre)
        parser.zone = centre.organisation.timeZone
        parser.documentName = Noun.workshopCatalogue
        guard let root = try YAMLFile.compose(yaml, parser: &parser) else {
            throw YAMLFile.emptyFileError(fileName, expected: Phrase("scenario.expected.workshopCatalogue"))
        }
        let top = parser.fields(
            of: root,
            subject: Subject(phrase: nil, document: Noun.workshopCatalogue),
            what: Noun.workshopCatalogue,
            required: ["workshops"]
        )
        let catalogue = top?["workshops"].flatMap { parser.workshops(from: $0, facilitators: centre.facilitators) }
        guard parser.problems.isEmpty, let catalogue else { throw ScenarioErrors(parser.errors()) }
        return catalogue
    }
}
