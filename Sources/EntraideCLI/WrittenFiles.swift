import Phrasebook

/// The report line of a command that wrote files: `Written: out/flyer-a4.pdf, out/flyer-a5.pdf`.
enum WrittenFiles {
    /// The line naming `paths`, as written, in the order given.
    static func phrase(_ paths: [String]) -> Phrase { Phrase("cli.written", ["paths": .list(paths)]) }
}
