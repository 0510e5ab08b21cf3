public import AvailabilityImport
public import PlanningDomain

/// Reading a scenario and every file it names, for the use cases that start from a scenario file.
public struct ScenarioSource: Sendable {
    /// Where files are read from.
    public let files: any InputFiles
    /// The holidays to add (the shipped catalogue by default).
    public let loader: ScenarioLoader

    /// A source reading through `files`.
    public init(files: any InputFiles, loader: ScenarioLoader = ScenarioLoader()) {
        self.files = files
        self.loader = loader
    }

    /// The scenario at `path` with its sources merged, every file read through ``files``, or every problem of
    /// every file.
    public func load(_ path: String) throws(ServiceError) -> LoadedScenario {
        do {
            return try loader.load(contentsOf: path, files: files)
        } catch {
            throw .invalid(error)
        }
    }
}
