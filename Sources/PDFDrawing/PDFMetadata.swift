/// The document information dictionary of a PDF (ISO 32000-1 §14.3.3), as cairo writes it.
///
/// No field may hold personal data: PDF readers show them in their document properties.
public struct PDFMetadata: Hashable, Sendable {
    /// `Title`: what a viewer shows in its title bar (with `DisplayDocTitle`).
    public var title: String
    /// `Subject`.
    public var subject: String
    /// `Author`: the centre.
    public var author: String
    /// `Creator`: `Entraide`.
    public var creator: String
    /// `CreationDate`, ISO 8601 (`2027-01-05T09:00:00Z`): an input, never the clock, so that the same document
    /// and date give the same bytes.
    public var creationDate: String

    /// The metadata of a document.
    public init(title: String, subject: String, author: String, creator: String = "Entraide", creationDate: String) {
        self.title = title
        self.subject = subject
        self.author = author
        self.creator = creator
        self.creationDate = creationDate
    }
}

/// A colour of the device RGB space, each component from 0 to 1.
public struct PDFColor: Hashable, Sendable {
    /// Red, 0 to 1.
    public var red: Double
    /// Green, 0 to 1.
    public var green: Double
    /// Blue, 0 to 1.
    public var blue: Double

    /// A colour from its components.
    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A gray: 0 is black, 1 is white.
    public static func gray(_ level: Double) -> PDFColor { PDFColor(red: level, green: level, blue: level) }

    /// Black.
    public static let black = PDFColor.gray(0)
    /// White.
    public static let white = PDFColor.gray(1)
}

/// A rectangle in points, from its top left corner.
public struct PDFRectangle: Hashable, Sendable {
    /// The left edge.
    public var x: Double
    /// The top edge.
    public var y: Double
    /// The width.
    public var width: Double
    /// The height.
    public var height: Double

    /// A rectangle.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}
