internal import PlanDocuments

/// Text made safe to write into HTML, and the report's style sheet.
enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as character references: safe in element content and in
    /// quoted attribute values.
    static func escaped(_ text: String) -> String { MarkupText.escaped(text) }

    /// The style sheet: plain on screen, one A4 column on paper, table headers repeated on every page.
    static let style = """
        @page { size: A4; margin: 15mm 14mm; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 10pt; line-height: 1.35;
          color: #111; max-width: 182mm; margin: 8mm auto; padding: 0 4mm; }
        h1 { font-size: 16pt; margin: 0 0 1mm; }
        h2 { font-size: 12pt; margin: 7mm 0 2mm; padding-bottom: 0.8mm; border-bottom: 0.35mm solid #444;
          break-after: avoid; page-break-after: avoid; }
        p { margin: 1.5mm 0; }
        .meta { color: #444; margin-bottom: 4mm; }
        .note { font-size: 8.5pt; color: #333; }
        .rate { font-size: 15pt; font-weight: bold; margin: 2mm 0 1mm; }
        table { border-collapse: collapse; width: 100%; margin: 2mm 0; }
        thead { display: table-header-group; }
        tfoot { display: table-row-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 0.25mm solid #999; padding: 0.8mm 1.5mm; text-align: left; vertical-align: top; }
        th { background: #ececec; font-weight: bold; }
        th small { font-weight: normal; }
        td small { color: #333; }
        tbody th { background: #f6f6f6; font-weight: normal; }
        table.sessions tbody th { width: 20%; }
        .nowrap { white-space: nowrap; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        td.c, th.c { text-align: center; }
        td.present { background: #e2f0e2; }
        td.excused { background: #fbf1d3; }
        td.absent { background: #f5dddd; }
        td.none { color: #777; }
        tfoot td { font-weight: bold; background: #f6f6f6; }
        th, td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        """
}
