public import Phrasebook

/// A relative path inside an output folder, checked so that joining it under the folder stays inside it.
///
/// Every component is non-empty, is not `.` or `..`, holds no `/`, no NUL and no control character, and is at
/// most 255 bytes (the longest file name Linux and macOS allow). Paths are built from components
/// (`BundlePath("participants", id, "information.ics")`), never by concatenating text, so an id cannot add a
/// folder level or climb out; ids are safe by construction already (`IdentifierRule`), and this is the second
/// lock on the same door.
public struct BundlePath: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The components, outermost first.
    public let components: [String]

    /// Why a path was refused.
    public struct Invalid: Error, Hashable, Sendable, CustomStringConvertible {
        /// The refused component, as given.
        public var component: String
        /// A full sentence, to be worded in the reader's language.
        public var phrase: Phrase { Phrase("output.invalidComponent", ["component": .verbatim(component)]) }

        /// The sentence in English.
        public var description: String { phrase.english }
    }

    /// A path from its components.
    public init(components: [String]) throws(Invalid) {
        guard !components.isEmpty else { throw Invalid(component: "") }
        for component in components where !Self.isSafe(component) { throw Invalid(component: component) }
        self.components = components
    }

    /// A path from its components: `BundlePath("sheets", "information.pdf")`.
    public init(_ components: String...) throws(Invalid) { try self.init(components: components) }

    /// A path written with `/` between components (`invites/p01.ics`).
    public init(relative text: String) throws(Invalid) {
        try self.init(components: text.split(separator: "/", omittingEmptySubsequences: false).map(String.init))
    }

    /// `invites/p01.ics`.
    public var description: String { components.joined(separator: "/") }

    /// The outermost component.
    public var first: String { components[0] }

    /// This path under `folder`: `BundlePath("p01.ics").inside("invites")` is `invites/p01.ics`.
    public func inside(_ folder: String) throws(Invalid) -> BundlePath {
        try BundlePath(components: [folder] + components)
    }

    /// Text order of the written form, so listings are stable.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }

    /// Whether a single component may name a file or folder.
    static func isSafe(_ component: String) -> Bool {
        guard !component.isEmpty, component != ".", component != "..", component.utf8.count <= 255 else {
            return false
        }
        return component.unicodeScalars.allSatisfy { scalar in
            scalar != "/" && scalar.value >= 0x20 && scalar.value != 0x7F
        }
    }
}

extension BundlePath {
    /// A path written in the code as a literal of safe components (`"plan.json"`, `"sheets/info.pdf"`).
    ///
    /// For names fixed in the source only; a name that comes from input goes through the throwing
    /// initialisers.
    public init(fixed text: StaticString) {
        let components = "\(text)".split(separator: "/").map(String.init)
        precondition(components.allSatisfy(Self.isSafe), "'\(text)' is not a safe fixed path")
        self.components = components
    }
}
