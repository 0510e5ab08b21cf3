import PlanningDomain

/// The axes of a ``RecruitmentChart``: days across, people up.
struct ChartScale {
    /// The first day shown.
    let first: LocalDate
    /// The last day shown.
    let last: LocalDate
    /// The top of the people axis.
    let top: Int

    /// The scale of `figures` up to `today`: from the first day of the timeline (or two weeks before today) to
    /// today, at least a week; up to one above the largest of the count, the quorum and the maximum size.
    init(figures: RecruitmentFigures, today: LocalDate) {
        let start = figures.timeline.first?.date ?? today.adding(days: -14)
        first = min(start, today)
        last = max(today, first.adding(days: 7))
        top = max(figures.maximumSize, figures.quorum, figures.registered, figures.timeline.map(\.count).max() ?? 0) + 1
    }

    /// The horizontal position of a day.
    func x(_ date: LocalDate) -> Double {
        let plot = RecruitmentChart.plot
        let span = Double(max(1, first.days(to: last)))
        return plot.left + (plot.right - plot.left) * Double(first.days(to: date)) / span
    }

    /// The vertical position of a count.
    func y(_ count: Int) -> Double {
        let plot = RecruitmentChart.plot
        return plot.bottom - (plot.bottom - plot.top) * Double(count) / Double(max(1, top))
    }

    /// Counts labelled on the people axis: every 1, 2, 5, 10… so that there are at most 13 labels.
    var yTicks: [Int] {
        let step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].first { top / $0 <= 12 } ?? 10000
        return Array(stride(from: 0, through: top, by: step))
    }

    /// Days labelled on the time axis: the first, the last, and evenly spaced ones between (at most six).
    var xTicks: [LocalDate] {
        let span = first.days(to: last)
        let count = min(5, span)
        var dates = (0...count).map { first.adding(days: span * $0 / max(1, count)) }
        dates = dates.reduce(into: []) { kept, date in if kept.last != date { kept.append(date) } }
        return dates
    }
}
