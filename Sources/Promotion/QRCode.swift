internal import CQRencode
internal import PlanDocuments

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// A QR code (ISO/IEC 18004) made by libqrencode: a square of dark and light modules.
///
/// The text is encoded byte by byte (8-bit mode, UTF-8) at error correction level M (about 15 % of the code
/// may be damaged), the smallest version that holds it. libqrencode's `QRcode` is copied into this value and
/// freed at once, so no C pointer outlives the initialiser. Drawn as vector rectangles (``darkRuns``), a code
/// stays sharp at any size; it needs a light margin of four modules around it (the quiet zone).
public struct QRCode: Hashable, Sendable {
    /// The version, 1 to 40 (the size grows by 4 modules per version).
    public let version: Int
    /// Modules per side: `17 + 4 × version`.
    public let size: Int
    /// The modules row by row, `true` for dark.
    private let modules: [Bool]

    /// The light margin a reader needs around the code, in modules.
    public static let quietZone = 4

    /// The QR code of `text`.
    ///
    /// - Throws: ``PromotionError/Code-swift.struct/qrEncodingFailed`` when libqrencode refuses (a text too long
    ///   for any version, no memory).
    public init(encoding text: String) throws(PromotionError) {
        errno = 0
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M) else {
            let reason =
                switch errno {
                case ERANGE: "the text is too long for a QR code"
                case ENOMEM: "out of memory"
                default: "libqrencode failed (errno \(errno))"
                }
            throw PromotionError(code: .qrEncodingFailed, value: reason)
        }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let data = UnsafeBufferPointer(start: code.pointee.data, count: width * width)
        version = Int(code.pointee.version)
        size = width
        // Bit 0 of each byte is the module's colour (1 is dark); the other bits describe its role.
        modules = data.map { $0 & 1 == 1 }
    }

    /// Whether the module at `row`, `column` (from the top left, 0-based) is dark; outside the code, light.
    public func isDark(row: Int, column: Int) -> Bool {
        guard (0..<size).contains(row), (0..<size).contains(column) else { return false }
        return modules[row * size + column]
    }

    /// The dark modules as horizontal runs: row, first column, length.
    ///
    /// Drawing one rectangle per run gives the same picture with fewer shapes than one per module.
    public var darkRuns: [(row: Int, column: Int, length: Int)] {
        var runs: [(row: Int, column: Int, length: Int)] = []
        for row in 0..<size {
            var column = 0
            while column < size {
                guard isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                let first = column
                while column < size, isDark(row: row, column: column) { column += 1 }
                runs.append((row, first, column - first))
            }
        }
        return runs
    }

    /// The code as a self-contained SVG (quiet zone included), for a web page: one path of the dark runs,
    /// `role="img"` with `title` as its accessible name.
    public func svg(title: String, pixelsPerModule: Int = 4) -> String {
        let side = size + 2 * Self.quietZone
        let path = darkRuns.map { run in
            "M\(run.column + Self.quietZone) \(run.row + Self.quietZone)h\(run.length)v1h-\(run.length)z"
        }.joined()
        let pixels = side * max(1, pixelsPerModule)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" width="\(pixels)" height="\(pixels)" \
            role="img" aria-label="\(MarkupText.escaped(title))" shape-rendering="crispEdges">\
            <title>\(MarkupText.escaped(title))</title>\
            <rect width="\(side)" height="\(side)" fill="#fff"/><path d="\(path)" fill="#000"/></svg>
            """
    }
}
