namespace FactLint.Reporting.Html;

/// <summary>The report's one style sheet: light and dark (the system's, or VS Code's theme in the webview), print-friendly.</summary>
internal static class ReportStyle
{
    public const string Css = """
:root { --fg: #1b1f24; --muted: #57606a; --bg: #ffffff; --panel: #f6f8fa; --line: #d0d7de; --link: #0550ae;
  --p0: #0969da; --p1: #1a7f37; --p2: #8250df; --p3: #9a6700; --p4: #bf3989; --p5: #0a7480; --alarm: #cf222e; }
@media (prefers-color-scheme: dark) { :root:not(.light) { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #161b22; --line: #30363d; --link: #58a6ff;
  --p0: #58a6ff; --p1: #3fb950; --p2: #bc8cff; --p3: #d29922; --p4: #f778ba; --p5: #39c5cf; --alarm: #ff7b72; } }
body.vscode-dark, body.vscode-high-contrast { --fg: #e6edf3; --muted: #9198a1; --bg: #1e1e1e; --panel: #252526; --line: #3c3c3c; --link: #4daafc;
  --p0: #58a6ff; --p1: #3fb950; --p2: #bc8cff; --p3: #d29922; --p4: #f778ba; --p5: #39c5cf; --alarm: #ff7b72; }
body.vscode-light { --fg: #1b1f24; --bg: #ffffff; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 1rem 1.5rem 3rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--link); }
.skip { position: absolute; left: -9999px; } .skip:focus { left: 1rem; top: .5rem; background: var(--bg); padding: .2rem .5rem; }
a:focus-visible, summary:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
header nav a { margin-right: 1rem; }
h1 { font-size: 1.6rem; margin: .5rem 0; } h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--line); } h3 { margin: 0 0 .4rem; font-size: 1.1rem; }
.muted, figcaption { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--panel); }
.counts td:nth-child(n+2), .counts th:nth-child(n+2) { text-align: right; }
article.group { border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; margin: 1rem 0; background: var(--bg); }
article.group.conflict { border-left: 5px solid var(--alarm); }
.verdict { margin: .2rem 0 .6rem; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 1rem; font-size: .8rem; border: 1px solid currentColor; margin-left: .4rem; }
.badge.conflict, .sev-error { color: var(--alarm); }
.sev-warning { color: var(--p3); }
figure { margin: .4rem 0; overflow-x: auto; }
figure svg { max-width: 100%; height: auto; }
svg text { fill: var(--fg); font: 12px system-ui, sans-serif; }
svg .tick { stroke: var(--line); } svg .tick-label { fill: var(--muted); font-size: 11px; }
svg .row .bar, svg .row .cap { stroke: currentColor; stroke-width: 4; stroke-linecap: round; }
svg .row .cap { stroke-width: 2; } svg .row .bar.approx { stroke-opacity: .45; stroke-width: 8; }
svg .row .mark { fill: currentColor; } svg .row .value { fill: currentColor; font-weight: 600; }
svg .row.outlier { color: var(--alarm) !important; } svg .row.outlier .label { fill: var(--alarm); font-weight: 700; }
svg .p0 { color: var(--p0); } svg .p1 { color: var(--p1); } svg .p2 { color: var(--p2); } svg .p3 { color: var(--p3); } svg .p4 { color: var(--p4); } svg .p5 { color: var(--p5); }
svg .node rect { fill: var(--panel); stroke: var(--muted); } svg .node.origin rect { stroke: var(--p1); stroke-width: 2; }
svg .link { stroke: var(--muted); stroke-width: 1.5; } svg .arrow { fill: var(--muted); }
tr.outlier td { color: var(--alarm); } tr.deprecated td { text-decoration: line-through; color: var(--muted); }
td.pos span { display: inline-block; width: .8rem; height: .8rem; border-radius: 50%; background: currentColor; }
td.pos.p0 { color: var(--p0); } td.pos.p1 { color: var(--p1); } td.pos.p2 { color: var(--p2); } td.pos.p3 { color: var(--p3); } td.pos.p4 { color: var(--p4); } td.pos.p5 { color: var(--p5); }
q { font-style: italic; }
details > summary { cursor: pointer; }
@media print { header nav, .skip { display: none; } body { max-width: none; padding: 0; } article.group { break-inside: avoid; } a { color: inherit; text-decoration: none; } figure { overflow: visible; } }
""";
}
