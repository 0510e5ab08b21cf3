/// Reads what the writer produced, for assertions only: physical lines and unfolded content lines.
struct ICSText {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The physical lines without their CRLF; `nil` when a line ends with a bare LF or CR.
    var physicalLines: [[UInt8]]? {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                guard index + 1 < bytes.count, bytes[index + 1] == 0x0A else { return nil }
                lines.append(current)
                current = []
                index += 2
            } else if byte == 0x0A {
                return nil
            } else {
                current.append(byte)
                index += 1
            }
        }
        return current.isEmpty ? lines : nil
    }

    /// Content lines with folding undone (RFC 5545 §3.1), decoded as UTF-8.
    var contentLines: [String] {
        var unfolded: [[UInt8]] = []
        for line in physicalLines ?? [] {
            if let first = line.first, first == 0x20 || first == 0x09, !unfolded.isEmpty {
                unfolded[unfolded.count - 1].append(contentsOf: line.dropFirst())
            } else {
                unfolded.append(line)
            }
        }
        return unfolded.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Content lines whose name (before `;` or `:`) is `name`.
    func lines(named name: String) -> [String] {
        contentLines.filter { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }
    }

    /// Content lines named `name` inside the `VEVENT`s (not their alarms), in order.
    func eventLines(named name: String) -> [String] {
        var inEvent = false
        var depth = 0
        var found: [String] = []
        for line in contentLines {
            if line == "BEGIN:VEVENT" {
                inEvent = true
                continue
            }
            if line == "END:VEVENT" {
                inEvent = false
                continue
            }
            guard inEvent else { continue }
            if line.hasPrefix("BEGIN:") { depth += 1 }
            if line.hasPrefix("END:") { depth -= 1 }
            if depth == 0, line.hasPrefix(name + ":") || line.hasPrefix(name + ";") { found.append(line) }
        }
        return found
    }

    /// The content lines between `BEGIN:<component>` and its `END:` (first occurrence), exclusive.
    func component(_ component: String) -> [String] {
        let lines = contentLines
        guard let begin = lines.firstIndex(of: "BEGIN:" + component),
            let end = lines[begin...].firstIndex(of: "END:" + component)
        else { return [] }
        return Array(lines[(begin + 1)..<end])
    }
}
