internal import PlanDocuments
public import PlanningDomain

/// "Registrations over time against the quorum" as a small self-contained SVG, for the recruitment page and
/// for reports: no script, no external font or style, the same bytes for the same figures.
///
/// Accessible: `role="img"` named by a `<title>` (the group) and described by a `<desc>` (the count, the
/// quorum, the maximum, in words), and every value that matters is also a `<text>` label (axes, the quorum and
/// maximum lines, the current count). The step line is the count at the end of each day; the dashed line is the
/// quorum, the dotted one the maximum size.
public struct RecruitmentChart: Sendable {
    /// What to draw.
    public let figures: RecruitmentFigures
    /// The group's title, in the chart's title.
    public let groupTitle: String
    /// The day the chart ends on: today in the centre's time zone.
    public let today: LocalDate
    /// The language of the labels.
    public let language: Language
    /// The prefix of the chart's element ids (`<group>-chart`), unique in the page it is embedded in.
    public let idPrefix: String

    /// A chart.
    public init(figures: RecruitmentFigures, groupTitle: String, today: LocalDate, language: Language, idPrefix: String)
    {
        self.figures = figures
        self.groupTitle = groupTitle
        self.today = today
        self.language = language
        self.idPrefix = idPrefix
    }

    /// The chart's size in CSS pixels (it scales with its `viewBox`).
    static let width = 640.0
    static let height = 320.0
    /// The plot area.
    static let plot = (left: 44.0, right: 480.0, top: 24.0, bottom: 276.0)

    /// The SVG document (UTF-8 text, no XML declaration: it embeds in HTML as it is).
    public var svg: String {
        let wording = Wording(language)
        let title = wording.text("recruitment.chart.title", ["group": groupTitle])
        let description = wording.text(
            "recruitment.chart.description",
            count: figures.registered,
            [
                "count": String(figures.registered), "date": wording.date(today),
                "quorum": String(figures.quorum), "maximum": String(figures.maximumSize),
            ]
        )
        let scale = ChartScale(figures: figures, today: today)
        let id = MarkupText.escaped(idPrefix)
        var parts: [String] = []
        parts.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.width.svg) \(Self.height.svg)\" "
                + "width=\"\(Self.width.svg)\" height=\"\(Self.height.svg)\" role=\"img\" "
                + "aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"DejaVu Sans, Verdana, sans-serif\" "
                + "font-size=\"12\">"
        )
        parts.append("<title id=\"\(id)-title\">\(MarkupText.escaped(title))</title>")
        parts.append("<desc id=\"\(id)-desc\">\(MarkupText.escaped(description))</desc>")
        parts.append("<rect width=\"\(Self.width.svg)\" height=\"\(Self.height.svg)\" fill=\"#ffffff\"/>")
        parts += axes(scale, wording: wording)
        parts += limits(scale, wording: wording)
        parts += curve(scale)
        parts.append("</svg>")
        return parts.joined(separator: "\n") + "\n"
    }

    // MARK: - Parts

    private func axes(_ scale: ChartScale, wording: Wording) -> [String] {
        let plot = Self.plot
        var parts = ["<g stroke=\"#767676\" stroke-width=\"1\">"]
        parts.append(line(plot.left, plot.bottom, plot.right, plot.bottom))
        parts.append(line(plot.left, plot.top, plot.left, plot.bottom))
        parts.append("</g>")
        parts.append("<g fill=\"#222222\">")
        for value in scale.yTicks {
            let y = scale.y(value)
            parts.append(text(String(value), x: plot.left - 6, y: y + 4, anchor: "end"))
        }
        for date in scale.xTicks {
            let x = scale.x(date)
            parts.append(text(Self.shortDate(date), x: x, y: plot.bottom + 18, anchor: "middle"))
        }
        parts.append(
            text(
                wording.text("recruitment.chart.registrations"),
                x: plot.left,
                y: plot.top - 8,
                anchor: "start",
                weight: "bold"
            )
        )
        parts.append("</g>")
        return parts
    }

    private func limits(_ scale: ChartScale, wording: Wording) -> [String] {
        let plot = Self.plot
        let quorumY = scale.y(figures.quorum)
        let maximumY = scale.y(figures.maximumSize)
        // Two labels on the same line would overlap: the maximum's goes above, the quorum's below.
        let isShared = abs(quorumY - maximumY) < 14
        return [
            "<line x1=\"\(plot.left.svg)\" y1=\"\(maximumY.svg)\" x2=\"\(plot.right.svg)\" y2=\"\(maximumY.svg)\" "
                + "stroke=\"#555555\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/>",
            "<line x1=\"\(plot.left.svg)\" y1=\"\(quorumY.svg)\" x2=\"\(plot.right.svg)\" y2=\"\(quorumY.svg)\" "
                + "stroke=\"#b3261e\" stroke-width=\"2\" stroke-dasharray=\"8 4\"/>",
            "<g fill=\"#222222\">",
            text(
                wording.text("recruitment.chart.maximum", ["maximum": String(figures.maximumSize)]),
                x: plot.right + 8,
                y: maximumY + (isShared ? -4 : 4),
                anchor: "start"
            ),
            "</g>",
            text(
                wording.text("recruitment.chart.quorum", ["quorum": String(figures.quorum)]),
                x: plot.right + 8,
                y: quorumY + (isShared ? 14 : 4),
                anchor: "start",
                weight: "bold",
                fill: "#b3261e"
            ),
        ]
    }

    private func curve(_ scale: ChartScale) -> [String] {
        let plot = Self.plot
        var x = plot.left
        var y = scale.y(0)
        var path = "M\(x.svg) \(y.svg)"
        for point in figures.timeline where point.date <= today {
            x = scale.x(point.date)
            path += "H\(x.svg)"
            y = scale.y(point.count)
            path += "V\(y.svg)"
        }
        path += "H\(plot.right.svg)"
        let area = path + "V\(scale.y(0).svg)Z"
        return [
            "<path d=\"\(area)\" fill=\"#00586a\" fill-opacity=\"0.12\" stroke=\"none\"/>",
            "<path d=\"\(path)\" fill=\"none\" stroke=\"#00586a\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>",
            text(
                String(figures.registered),
                x: plot.right - 4,
                y: y - 6,
                anchor: "end",
                weight: "bold",
                fill: "#00586a"
            ),
        ]
    }

    // MARK: - Elements

    private func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
        "<line x1=\"\(x1.svg)\" y1=\"\(y1.svg)\" x2=\"\(x2.svg)\" y2=\"\(y2.svg)\"/>"
    }

    private func text(
        _ string: String,
        x: Double,
        y: Double,
        anchor: String,
        weight: String? = nil,
        fill: String? = nil
    ) -> String {
        let weightAttribute = weight.map { " font-weight=\"\($0)\"" } ?? ""
        let fillAttribute = fill.map { " fill=\"\($0)\"" } ?? ""
        return "<text x=\"\(x.svg)\" y=\"\(y.svg)\" text-anchor=\"\(anchor)\"\(weightAttribute)\(fillAttribute)>"
            + MarkupText.escaped(string) + "</text>"
    }

    /// `12.01.`: the Swiss short date, the same in the four languages.
    static func shortDate(_ date: LocalDate) -> String {
        (date.day < 10 ? "0" : "") + "\(date.day)." + (date.month < 10 ? "0" : "") + "\(date.month)."
    }
}

extension Double {
    /// The number with at most one decimal, `.` as separator: what SVG attributes hold.
    var svg: String {
        let tenths = Int((self * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10
        let fraction = abs(tenths) % 10
        return sign + String(whole) + (fraction == 0 ? "" : ".\(fraction)")
    }
}
