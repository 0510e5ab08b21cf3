import OutputFiles
import Phrasebook

/// What an output folder's refusal or failure says, as a phrase.
enum OutputFolderWording {
    /// The sentence of `failure`.
    static func phrase(of failure: OutputFolder.Failure) -> Phrase { failure.phrase }
}
