/// The paper sizes of a flyer.
public enum FlyerSize: String, Hashable, Sendable, CaseIterable {
    /// A4 portrait, 210 × 297 mm: to pin on a notice board.
    case a4
    /// A5 portrait, 148 × 210 mm: to lay out on a counter, two to a sheet of A4.
    case a5
}

/// Where things go on a flyer, in PDF points (1/72 inch, about 0.353 mm), from the top left corner.
///
/// A5 is A4 scaled by 1/√2; its text is scaled less (``scale``), so that it stays readable at arm's length, and
/// its margins stay inside what office printers print.
struct FlyerGeometry {
    /// The page's width.
    let pageWidth: Double
    /// The page's height.
    let pageHeight: Double
    /// The margin on every side: 17 mm on A4, 12 mm on A5.
    let margin: Double
    /// The factor of every font size and gap, against A4.
    let scale: Double
    /// The side of the QR code: 42 mm on A4, 32 mm on A5 (a phone reads it from about 30 cm).
    let qrSide: Double

    /// The geometry of a paper size.
    init(_ size: FlyerSize) {
        switch size {
        case .a4:
            pageWidth = 595.2756
            pageHeight = 841.8898
            margin = 48.19
            scale = 1
            qrSide = 119.06
        case .a5:
            pageWidth = 419.5276
            pageHeight = 595.2756
            margin = 34.02
            scale = 0.76
            qrSide = 90.71
        }
    }

    /// The width between the margins.
    var contentWidth: Double { pageWidth - 2 * margin }

    /// The fitting factors tried, largest first: every font of the top part is multiplied by the first one with
    /// which everything fits, so that a short text is set large (a notice board is read from afar) and a long
    /// one smaller, down to a body text of 8.5 points.
    var fits: [Double] {
        [1.25, 1.15, 1.05, 1, 0.94, 0.88, 0.82, 0.76, 0.7, 0.66].filter { 13 * scale * $0 >= 8.5 }
    }
}
