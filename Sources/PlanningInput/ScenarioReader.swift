import Phrasebook
public import PlanningDomain

/// Reads a scenario file (YAML) into a `Scenario`, or reports every problem of the file at once.
///
/// Every value is read as the text written, never through YAML 1.1 typing: `yes` and `no` stay answers
/// and `18:30` stays a time (YAML 1.1 would turn them into Booleans and the integer 1110). The format is
/// described in the PlanningInput documentation (`ScenarioFile`); the shipped example is `Resources/Examples/proches-aidants-lausanne.yaml`.
///
/// With the centre's records (`centre`, the workspace's or a centre file's), a scenario may leave out
/// `organisation`, `facilitators` and `venues`: its candidates then name the centre's facilitators and venues,
/// the centre's organisation applies, and the centre's closures are added to the scenario's. A section the
/// scenario writes replaces the centre's; a facilitator or venue it defines replaces the centre's of that id.
public struct ScenarioReader: Sendable {
    /// A reader; it holds no state.
    public init() {}

    /// Reads the scenario file at `path` through `files` (the disk by default); errors name the file as `path`
    /// is written.
    ///
    /// The files the scenario names (polls, calendars) are not read: see ``document(contentsOf:centre:files:)``.
    public func read(
        contentsOf path: String,
        centre: Centre? = nil,
        files: any InputFiles = DiskFiles()
    ) throws(ScenarioErrors) -> Scenario {
        try document(contentsOf: path, centre: centre, files: files).scenario
    }

    /// Reads a scenario from its text; `fileName` is what errors show as the file.
    public func read(yaml: String, fileName: String, centre: Centre? = nil) throws(ScenarioErrors) -> Scenario {
        try document(yaml: yaml, fileName: fileName, centre: centre).scenario
    }

    /// Reads the scenario file at `path` through `files` (the disk by default), with the availability sources it
    /// names, not yet read.
    public func document(
        contentsOf path: String,
        centre: Centre? = nil,
        files: any InputFiles = DiskFiles()
    ) throws(ScenarioErrors) -> ScenarioDocument {
        try document(
            yaml: YAMLFile.text(contentsOf: path, noun: "scenario", files: files),
            fileName: path,
            centre: centre
        )
    }

    /// Reads a scenario and its sources from its text; `fileName` is what errors show as the file, and the
    /// folder that relative paths in it start from.
    public func document(
        yaml: String,
        fileName: String,
        centre: Centre? = nil
    ) throws(ScenarioErrors) -> ScenarioDocument {
        var parser = ScenarioParser(fileName: fileName, text: yaml, centre: centre)
        guard let root = try YAMLFile.compose(yaml, parser: &parser) else {
            let sections = Phrase.list(parser.requiredSections)
            throw YAMLFile.emptyFileError(
                fileName,
                expected: Phrase("scenario.expected.scenario", ["sections": sections])
            )
        }
        guard let scenario = parser.scenario(from: root) else {
            throw ScenarioErrors(parser.errors(), language: parser.language)
        }
        return ScenarioDocument(
            scenario: scenario,
            sources: parser.sources,
            fileName: fileName,
            travelBufferMinutes: parser.travelBufferMinutes ?? centre?.travelBufferMinutes
                ?? Centre.defaultTravelBufferMinutes,
            publicDescription: parser.publicDescription
        )
    }
}
