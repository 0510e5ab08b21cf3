public import PlanningDomain

/// One colour per facilitator, for the month grids, the legend and the load charts.
///
/// Every colour holds white text at a contrast ratio of at least 7:1 and is itself readable on white at the same
/// ratio (WCAG 2.1 AA asks 4.5:1), so a group's session (white on the colour) and a workshop's run (the colour on
/// white, outlined) both pass. With more facilitators than colours, colours repeat; the legend names each one.
public struct CalendarPalette: Sendable {
    /// The colours, in the order facilitators receive them.
    public static let colours = [
        "#1f4e8c", "#8a3b00", "#17632a", "#7a1f5c", "#5a4a00", "#a11d1d", "#005f66", "#4b3a8c", "#6b4c2a",
        "#374151",
    ]

    private let index: [Facilitator.ID: Int]

    /// The palette of a centre's facilitators, in the centre's order.
    public init(facilitators: [Facilitator.ID]) {
        index = Dictionary(facilitators.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The CSS class of a facilitator's colour: `c0` … `c9`.
    public func colourClass(of facilitator: Facilitator.ID) -> String {
        "c\((index[facilitator] ?? 0) % Self.colours.count)"
    }

    /// The colour of a facilitator.
    public func colour(of facilitator: Facilitator.ID) -> String {
        Self.colours[(index[facilitator] ?? 0) % Self.colours.count]
    }

    /// The style rules of the colour classes.
    static var css: String {
        colours.enumerated().map { index, colour in
            ".g.c\(index) { background: \(colour); border-color: \(colour); color: #fff; } "
                + ".w.c\(index) { color: \(colour); border-color: \(colour); } "
                + ".sw.c\(index) { background: \(colour); }"
        }
        .joined(separator: "\n")
    }
}
