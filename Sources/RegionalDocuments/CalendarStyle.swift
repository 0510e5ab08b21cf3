/// calendar.html's only style sheet, written inline: no font, image or file is fetched.
///
/// A group's session is a filled chip in its facilitator's colour; a workshop's run an outlined chip with a
/// diamond, so the two are told apart in greyscale too. Print: A4 landscape, 10 mm margins, four months to a
/// row, colours printed as shown, sections and months never split.
enum CalendarStyle {
    static let css = """
        @page { size: A4 landscape; margin: 10mm; }
        :root { --ink: #1c2430; --muted: #555f6d; --line: #d6dbe1; --soft: #f5f6f8; --accent: #1f4e8c;
          --alert: #a11d1d; --ok: #17632a; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0 auto; max-width: 1560px; padding: 24px 32px; color: var(--ink); background: #fff;
          font: 14px/1.45 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
        h1 { font-size: 26px; line-height: 1.2; margin: 2px 0 6px; }
        h2 { font-size: 17px; margin: 24px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 14px; margin: 0 0 4px; }
        header { border-left: 6px solid var(--accent); padding: 2px 0 2px 14px; }
        .overline, .facts { margin: 0; color: var(--muted); }
        .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .tiles { display: flex; flex-wrap: wrap; gap: 10px; margin: 0; padding: 0; list-style: none; }
        .tiles li { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 150px; }
        .tiles .n { display: block; font-size: 22px; font-weight: 700; }
        .tiles .ok { color: var(--ok); } .tiles .short { color: var(--alert); }
        .legend { display: flex; flex-wrap: wrap; gap: 8px 18px; margin: 0; padding: 0; list-style: none;
          align-items: center; }
        .sw { display: inline-block; width: 14px; height: 14px; border-radius: 3px; vertical-align: -2px;
          margin-right: 5px; }
        .months { display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; }
        .month { border-collapse: collapse; width: 100%; table-layout: fixed; break-inside: avoid; font-size: 11px; }
        .month caption { text-align: left; font-weight: 700; font-size: 13px; padding: 2px 0 4px; }
        .month th { color: var(--muted); font-weight: 600; font-size: 10px; padding: 1px; }
        .month td { border: 1px solid var(--line); vertical-align: top; height: 46px; padding: 1px 2px; }
        .month td.out { background: var(--soft); border-color: #eceff2; }
        .month td.closed { background: repeating-linear-gradient(135deg, #eef0f3 0 4px, #fff 4px 8px); }
        .day { display: block; color: var(--muted); font-size: 10px; }
        .e { display: block; border: 1.5px solid; border-radius: 3px; margin: 1px 0; padding: 0 2px;
          line-height: 1.2; overflow-wrap: anywhere; font-size: 10px; }
        .w { background: #fff; border-style: dashed; font-weight: 700; }
        .chip { display: inline-block; border: 1.5px solid; border-radius: 3px; padding: 0 4px; font-size: 12px; }
        .chip.w { border-color: var(--ink); color: var(--ink); }
        .chip.g { background: var(--ink); border-color: var(--ink); color: #fff; }
        .loads { display: grid; grid-template-columns: repeat(2, 1fr); gap: 10px 24px; }
        .loads figure { margin: 0; break-inside: avoid; }
        .loads figcaption { font-size: 12px; margin-bottom: 2px; }
        .loads svg { width: 100%; height: auto; display: block; }
        table.list { border-collapse: collapse; width: 100%; font-size: 13px; }
        table.list th, table.list td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left;
          vertical-align: top; }
        table.list thead th { color: var(--muted); font-size: 12px; }
        table.list tr { break-inside: avoid; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .fill { display: inline-block; width: 140px; height: 12px; border: 1px solid var(--muted); border-radius: 2px;
          vertical-align: -1px; background: #fff; position: relative; margin-right: 6px; }
        .fill span { display: block; height: 100%; background: var(--accent); }
        .fill i { position: absolute; top: -2px; bottom: -2px; border-left: 2px solid var(--alert); }
        code { font: 12px/1.3 "DejaVu Sans Mono", monospace; background: var(--soft); padding: 0 3px;
          border-radius: 3px; }
        ul.reasons { margin: 0; padding-left: 20px; } ul.reasons li { margin: 3px 0; }
        section { break-inside: auto; }
        footer { margin-top: 26px; color: var(--muted); font-size: 12px; }
        @media print {
          body { padding: 0; max-width: none; font-size: 12px; }
          h2 { break-after: avoid; }
          .months { grid-template-columns: repeat(3, 1fr); gap: 8px; }
          .month td { height: 34px; }
          .e { font-size: 8px; }
          .loads { grid-template-columns: repeat(2, 1fr); }
        }
        """
}
