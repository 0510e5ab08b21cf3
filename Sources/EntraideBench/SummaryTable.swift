/// The Swift side of the benchmark as a markdown table, one row per instance.
struct SummaryTable {
    private var rows: [[String]] = []

    private static let header = [
        "size", "seed", "usable candidates (info/f1/f2/review)", "participants", "median ms", "min ms", "max ms",
        "CPU median ms",
        "nodes", "proven", "objective vector",
    ]

    mutating func append(_ record: InstanceRecord) {
        let swift = record.swift
        rows.append([
            record.size, String(record.seed),
            record.levels.map { "\($0.slots.count)/\($0.proposed)" }.joined(separator: " "),
            String(record.participantCount), Self.format(swift.milliseconds.median),
            Self.format(swift.milliseconds.min), Self.format(swift.milliseconds.max),
            Self.format(swift.milliseconds.cpuMedian), String(swift.nodes),
            swift.outcome == "planned" ? (swift.isProvenOptimal ? "yes" : "NO") : "infeasible",
            "[" + swift.objectiveVector.map(String.init).joined(separator: ", ") + "]",
        ])
    }

    /// A line about the last instance, for progress while the benchmark runs.
    var progressText: String {
        guard let row = rows.last else { return "" }
        return "\(row[0]) seed \(row[1]): \(row[4]) ms median (CPU \(row[7]) ms), \(row[8]) nodes, proven \(row[9])\n"
    }

    var text: String {
        Self.line(Self.header) + Self.line(Self.header.map { _ in "---" }) + rows.map(Self.line).joined()
    }

    private static func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }

    private static func format(_ milliseconds: Double) -> String {
        let hundredths = Int((milliseconds * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
