/// The page's only style sheet, written inline: no font, image or file is fetched.
///
/// Answers carry a symbol as well as a colour, so the grid reads in greyscale and for colour-blind
/// readers; colours are printed as shown (`print-color-adjust: exact`). Print: A4 landscape, 12 mm margins,
/// cards and table rows never split, grid headers repeated on every page.
enum ReportStyle {
    static let css = """
        @page { size: A4 landscape; margin: 12mm; }
        :root {
          --ink: #1c2430; --muted: #5b6675; --line: #d6dbe1; --soft: #f5f6f8;
          --accent: #1f4e8c; --accent-soft: #e7eef8;
          --yes: #17632a; --yes-bg: #d4efda; --maybe: #7a4b00; --maybe-bg: #fbe3a6; --no: #8d96a1;
          --alert: #b42318; --alert-soft: #fdf0ee;
        }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body {
          margin: 0 auto; max-width: 1520px; padding: 28px 36px; color: var(--ink); background: #fff;
          font: 14px/1.45 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
        }
        h1 { font-size: 26px; line-height: 1.2; margin: 2px 0 6px; }
        h2 { font-size: 17px; margin: 26px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 15px; margin: 18px 0 6px; }
        h3 .count { font-weight: normal; color: var(--muted); font-size: 13px; }
        header { border-left: 6px solid var(--accent); padding: 2px 0 2px 14px; }
        .overline { margin: 0; color: var(--muted); font-size: 13px; letter-spacing: .02em; }
        .facts { margin: 0; color: var(--muted); }
        .sources { font-size: 13px; color: var(--muted); margin: 14px 0 0; }
        .sources strong { color: var(--ink); }
        .sr {
          position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
          white-space: nowrap;
        }
        /* Chosen sessions */
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 14px; }
        .card {
          border: 1px solid var(--line); border-top: 5px solid var(--accent); border-radius: 6px;
          padding: 10px 14px 10px; break-inside: avoid;
        }
        .card p { margin: 0; }
        .card .kind { font-size: 13px; font-weight: 600; color: var(--accent); display: flex; gap: 8px;
          align-items: center; }
        .card .step {
          display: inline-block; min-width: 20px; height: 20px; border-radius: 10px; background: var(--accent);
          color: #fff; font-size: 12px; line-height: 20px; text-align: center;
        }
        .card .date { font-size: 18px; font-weight: 700; margin-top: 6px; }
        .card .time { font-size: 16px; }
        .card dl { margin: 8px 0; }
        .card dl div { margin-top: 5px; }
        .card dt { color: var(--muted); font-size: 11px; text-transform: uppercase; letter-spacing: .04em; }
        .card dd { margin: 0; line-height: 1.3; }
        .card .venue-name { display: block; }
        .card .address { display: block; color: var(--muted); font-size: 12px; }
        .card .slot-id { color: var(--muted); font-size: 11px; margin-top: 6px; }
        .bar { display: flex; height: 22px; border-radius: 4px; overflow: hidden; border: 1px solid var(--line); }
        .bar span {
          flex-basis: 0; min-width: 2.6em; overflow: hidden; white-space: nowrap; text-align: center;
          font-size: 12px; line-height: 20px; font-weight: 600;
        }
        .y { background: var(--yes-bg); color: var(--yes); }
        .m { background: var(--maybe-bg); color: var(--maybe); }
        .n { background: #fff; color: var(--no); }
        .bar .n { background: var(--soft); }
        .u { background: #fff; color: var(--muted); }
        .bar .u { background: repeating-linear-gradient(90deg, var(--soft) 0 2px, #fff 2px 5px); }
        /* Reasons and alternatives */
        .why ul { margin: 0; padding-left: 20px; }
        .why li { margin: 2px 0; }
        .alternatives table { border-collapse: collapse; width: 100%; font-size: 13px; }
        .alternatives th, .alternatives td {
          border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top;
        }
        .alternatives thead th { color: var(--muted); font-weight: 600; font-size: 12px; }
        .alternatives tr.chosen { background: var(--accent-soft); font-weight: 600; }
        .alternatives td.when { font-weight: 600; white-space: nowrap; }
        .alternatives td.same { color: var(--muted); white-space: nowrap; }
        .alternatives td.number { text-align: right; font-variant-numeric: tabular-nums; }
        .alternatives tr { break-inside: avoid; }
        /* Verdict of an infeasible scenario */
        .verdict {
          margin-top: 18px; border-left: 6px solid var(--alert); background: var(--alert-soft);
          padding: 4px 18px 10px; border-radius: 0 6px 6px 0;
        }
        .verdict h2 { color: var(--alert); border: 0; margin: 8px 0 4px; }
        .verdict p { margin: 0 0 6px; }
        .verdict ul { margin: 0; padding-left: 20px; font-size: 15px; }
        .verdict li { margin: 4px 0; }
        /* Availability grid */
        .legend { font-size: 12px; color: var(--muted); display: flex; flex-wrap: wrap; gap: 6px 18px;
          align-items: center; margin: 0 0 4px; }
        .key {
          display: inline-block; min-width: 22px; padding: 0 5px; border: 1px solid var(--line);
          border-radius: 3px; text-align: center; font-weight: 700; margin-right: 2px;
        }
        .key.c { background: var(--accent); color: #fff; border-color: var(--accent); font-weight: 600; }
        .key.x { background: repeating-linear-gradient(135deg, #e4e7eb 0 3px, #fff 3px 6px); color: var(--ink);
          font-weight: 400; }
        .key.short { color: var(--alert); font-style: italic; }
        .grid-block { overflow-x: auto; }
        table.grid { border-collapse: collapse; font-size: 12px; margin-bottom: 4px; }
        .grid th, .grid td { border: 1px solid #e3e6ea; padding: 2px 4px; }
        .grid td { text-align: center; min-width: 26px; font-weight: 700; font-size: 13px; }
        .grid td.n { font-weight: 400; }
        .grid td.u { font-weight: 400; font-style: italic; }
        .grid tbody th, .grid tfoot th {
          text-align: left; white-space: nowrap; font-weight: 600; padding-right: 10px; background: #fff;
        }
        .grid .badge { margin-left: 4px; font-weight: 400; color: var(--accent); }
        .grid thead th { vertical-align: bottom; font-weight: 400; line-height: 1.25; background: #fff; }
        .grid:not(.sideways) thead th:not(.corner) { width: 6.5em; }
        .grid thead th.corner { text-align: left; color: var(--muted); font-size: 11px; }
        .grid thead th span { display: block; }
        .grid thead .day { font-weight: 700; white-space: nowrap; }
        .grid thead .hour { white-space: nowrap; }
        .grid thead .place { color: var(--muted); font-size: 11px; max-width: 9em; }
        .grid thead .who { font-size: 11px; font-style: italic; max-width: 9em; }
        .grid thead .slot { color: var(--muted); font-size: 10px; }
        .grid thead .pencil { color: var(--maybe); font-weight: 700; }
        .card .pencilled { display: block; color: var(--maybe); font-size: 12px; }
        .grid thead .tag {
          font-size: 10px; font-weight: 700; border-radius: 3px; padding: 0 3px; margin-bottom: 3px;
          background: var(--soft); color: var(--ink);
        }
        .grid.sideways thead .tag { white-space: nowrap; }
        .grid.sideways thead th:not(.corner) { padding: 4px 1px; }
        .grid.sideways thead .label { display: inline-block; writing-mode: vertical-rl; transform: rotate(180deg);
          white-space: nowrap; text-align: left; }
        .grid.sideways thead .label span { display: inline; margin-bottom: 4px; }
        .grid.sideways thead .label .day, .grid.sideways thead .label .hour { margin-left: 0; }
        .grid.sideways thead .label .hour::before, .grid.sideways thead .label .place::before,
        .grid.sideways thead .label .who::before, .grid.sideways thead .label .slot::before { content: " · "; }
        .grid.sideways thead .place { max-width: none; }
        .grid.sideways td { min-width: 22px; }
        .grid th.c, .grid td.c { border-left: 3px solid var(--accent); border-right: 3px solid var(--accent); }
        .grid thead th.c { border-top: 3px solid var(--accent); background: var(--accent-soft); }
        .grid tfoot tr.total td.c { border-bottom: 3px solid var(--accent); }
        .grid thead th.c .tag { background: var(--accent); color: #fff; }
        .grid thead th.a .tag { background: #fff; color: var(--accent); border: 1px dashed var(--accent); }
        .grid thead th.x { background: repeating-linear-gradient(135deg, #e4e7eb 0 3px, #fff 3px 6px); }
        .grid thead th.x .tag { background: #fff; border: 1px solid #c4cad1; font-weight: 600; }
        .grid thead th.x .day, .grid thead th.x .hour { color: var(--muted); text-decoration: line-through; }
        .grid td.off { opacity: .45; }
        .grid tfoot td { font-weight: 400; font-size: 12px; background: var(--soft); font-variant-numeric: tabular-nums; }
        .grid tfoot th { background: var(--soft); font-weight: 400; font-size: 11px; }
        .grid tfoot tr.total td, .grid tfoot tr.total th { font-weight: 700; }
        .grid tfoot td.short { color: var(--alert); font-style: italic; }
        .note { font-size: 12px; color: var(--muted); margin: 2px 0 0; }
        /* Excluded candidates */
        .exclusions ul { list-style: none; padding: 0; margin: 0 0 8px; columns: 2; column-gap: 28px; font-size: 13px; }
        .exclusions li { margin: 0 0 4px; break-inside: avoid; }
        .exclusions .rule {
          display: inline-block; font-size: 11px; padding: 0 5px; border-radius: 3px; margin-right: 4px;
          background: repeating-linear-gradient(135deg, #e4e7eb 0 3px, #fff 3px 6px); border: 1px solid #c4cad1;
        }
        footer { margin-top: 28px; padding-top: 8px; border-top: 1px solid var(--line); color: var(--muted);
          font-size: 12px; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          h2 { margin-top: 16px; }
          h2, h3 { break-after: avoid; }
          .alternatives, .verdict { break-inside: avoid; }
          .answers.new-page { break-before: page; }
          .answers h2 { margin-top: 0; }
          .grid-block { overflow: visible; break-inside: auto; }
          thead { display: table-header-group; }
          tfoot { display: table-row-group; }
          tr { break-inside: avoid; }
        }
        """
}
