package org.hpcsim.reports.html;

/** The page's style sheet, inlined into its head: system fonts only, readable on screen and on paper. */
final class PageStyle {
    /** The CSS. */
    static final String CSS = """
            :root { --ink: #1f2933; --muted: #5f6b7a; --rule: #d9dee4; --soft: #f4f6f8; --accent: #2a6cb0; }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body { margin: 0 auto; max-width: 1200px; padding: 24px 32px 48px; color: var(--ink); background: #fff;
                   font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            h1 { font-size: 28px; line-height: 1.2; margin: 8px 0 4px; overflow-wrap: anywhere; }
            h1 .kicker { display: block; font-size: 13px; font-weight: 600; letter-spacing: .06em;
                         text-transform: uppercase; color: var(--muted); margin-bottom: 4px; }
            h2 { font-size: 20px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--rule); }
            h3 { font-size: 15px; margin: 20px 0 8px; }
            p { margin: 6px 0; }
            .lede { color: var(--muted); font-size: 16px; margin: 0 0 16px; }
            .note { color: var(--muted); font-size: 13px; }
            nav { font-size: 14px; margin: 12px 0 0; }
            nav a { color: var(--accent); text-decoration: none; margin-right: 16px; }
            nav a:hover { text-decoration: underline; }
            .tiles { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
            .tile { flex: 1 1 0; display: flex; flex-direction: column; justify-content: space-between; gap: 2px;
                    border: 1px solid var(--rule); border-radius: 8px; padding: 10px 14px; background: var(--soft); }
            .tile .label { color: var(--muted); font-size: 13px; }
            .tile .value { font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 32px; }
            .columns h2 { margin-top: 32px; }
            table { border-collapse: collapse; width: 100%; font-size: 14px; font-variant-numeric: tabular-nums; }
            th, td { padding: 5px 10px; border-bottom: 1px solid var(--rule); vertical-align: top; }
            thead th { text-align: left; font-size: 13px; color: var(--muted); font-weight: 600;
                       border-bottom: 2px solid var(--rule); white-space: nowrap; }
            tbody tr:nth-child(even) { background: var(--soft); }
            tfoot td { font-weight: 600; border-top: 2px solid var(--rule); border-bottom: none; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            td.name { overflow-wrap: anywhere; }
            td.rank { color: var(--muted); text-align: right; width: 3em; }
            tr.others td, .none, tr.zero td { color: var(--muted); }
            .none, tr.others td.name { font-style: italic; }
            table.groups { table-layout: fixed; }
            table.groups th:nth-child(1) { width: 4%; }
            table.groups th:nth-child(2) { width: 18%; }
            table.groups thead th { white-space: normal; vertical-align: bottom; }
            table.groups th:nth-child(3) { width: 8%; }
            table.groups th:nth-child(4) { width: 12%; }
            table.groups th:nth-child(5) { width: 18%; }
            table.groups th:nth-child(6), table.groups th:nth-child(7) { width: 12%; }
            /* The cost tables' last three columns line up with those of table.paid above them. */
            table.costs th:nth-child(2) { width: 34%; }
            table.costs th:nth-child(3) { width: 10%; }
            table.costs th:nth-child(4), table.costs th:nth-child(5) { width: 14%; }
            table.costs th:nth-child(6) { width: 24%; }
            table.paid { margin: 16px 0 8px; table-layout: fixed; }
            table.paid th:nth-child(1) { width: 48%; }
            table.paid th:nth-child(2), table.paid th:nth-child(3) { width: 14%; }
            table.paid th:nth-child(4) { width: 24%; }
            td.share { white-space: nowrap; }
            .track { display: inline-block; width: 80px; height: 10px; margin-right: 8px; background: var(--rule);
                     border-radius: 2px; overflow: hidden; vertical-align: middle; }
            .bar { display: block; height: 100%; background: var(--accent);
                   -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            .pct { display: inline-block; min-width: 4.2em; text-align: right; }
            code { font: 12px/1.4 ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; color: var(--muted); }
            pre.yaml { margin: 0; padding: 12px 16px; background: var(--soft); border: 1px solid var(--rule); border-radius: 8px;
                       font: 13px/1.5 ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
                       white-space: pre-wrap; overflow-wrap: anywhere; }
            pre.yaml .k { color: var(--accent); }
            dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 4px 16px; margin: 0; font-size: 14px; }
            dl.facts dt { color: var(--muted); }
            dl.facts dd { margin: 0; overflow-wrap: anywhere; font-variant-numeric: tabular-nums; }
            figure { margin: 0 0 32px; }
            figure img { display: block; width: 100%; height: auto; border: 1px solid var(--rule); border-radius: 6px; }
            figcaption { font-size: 14px; color: var(--muted); margin-top: 6px; }
            figcaption strong { color: var(--ink); }
            footer { margin-top: 48px; padding-top: 12px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 13px; }
            @media (max-width: 900px) {
              body { padding: 16px; }
              .columns { grid-template-columns: minmax(0, 1fr); gap: 0; }
            }
            @page { margin: 15mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              nav { display: none; }
              h2 { break-after: avoid; page-break-after: avoid; }
              figure, tr, .tiles, dl.facts { break-inside: avoid; page-break-inside: avoid; }
              thead { display: table-header-group; }
              .tile, pre.yaml, tbody tr:nth-child(even) { background: none; }
            }
            """;

    private PageStyle() {}
}
