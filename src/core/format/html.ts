// A self-contained HTML report (also the webview's body): every string from a document is escaped.
import { ruleMeta } from '../rules/index.js';
import { CHECKLIST, AREAS, type Area } from '../items/index.js';
import { LineIndex } from '../positions.js';
import { describeItem, quoteSpan } from '../explain.js';
import { STATUS_LABEL, type FileReport } from './report.js';
import type { AnalysisResult, ItemStatus } from '../types.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const VALUE: Record<ItemStatus, number> = { addressed: 1, partial: 0.5, missing: 0, 'not-applicable': 0 };

/** Score per area, 0..1 (not-applicable items excluded). */
export function areaScores(result: AnalysisResult): Record<Area, number> {
  const out = {} as Record<Area, number>;
  for (const area of Object.keys(AREAS) as Area[]) {
    const items = result.checklist.filter((c) => CHECKLIST.find((i) => i.id === c.id)?.area === area && c.status !== 'not-applicable');
    out[area] = items.length ? items.reduce((a, c) => a + VALUE[c.status], 0) / items.length : 1;
  }
  return out;
}

/** The three most valuable things to write next: missing items first, then partial ones, in checklist order. */
export function nextSteps(result: AnalysisResult): string[] {
  const order = [...result.checklist]
    .filter((c) => c.status === 'missing' || c.status === 'partial')
    .sort((a, b) => (a.status === b.status ? 0 : a.status === 'missing' ? -1 : 1));
  return order.slice(0, 3).map((c) => {
    const item = CHECKLIST.find((i) => i.id === c.id)!;
    return `${item.title}: ${item.howToFix}`;
  });
}

export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: var(--vscode-foreground, #1f2328); --bg: var(--vscode-editor-background, #fff); --muted: var(--vscode-descriptionForeground, #59636e); --border: var(--vscode-panel-border, #d0d7de); --ok: var(--vscode-testing-iconPassed, #1a7f37); --part: var(--vscode-editorWarning-foreground, #9a6700); --miss: var(--vscode-editorError-foreground, #cf222e); --bar: var(--vscode-progressBar-background, #0969da); --focus: var(--vscode-focusBorder, #0969da); }
@media (prefers-color-scheme: dark) { :root { --fg: var(--vscode-foreground, #e6edf3); --bg: var(--vscode-editor-background, #0d1117); --muted: var(--vscode-descriptionForeground, #9198a1); --border: var(--vscode-panel-border, #3d444d); } }
body { font-family: var(--vscode-font-family, system-ui, sans-serif); color: var(--fg); background: var(--bg); margin: 1.5rem; line-height: 1.45; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; } h2 { font-size: 1.1rem; margin-top: 1.5rem; }
.path { color: var(--muted); overflow-wrap: anywhere; }
.score { font-size: 2rem; font-weight: 600; }
.areas { display: grid; grid-template-columns: max-content 1fr max-content; gap: .35rem .75rem; align-items: center; max-width: 36rem; }
.bar { height: .6rem; background: var(--border); border-radius: .3rem; overflow: hidden; } .bar > span { display: block; height: 100%; background: var(--bar); }
table { border-collapse: collapse; width: 100%; max-width: 60rem; } th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--border); vertical-align: top; }
.status-addressed { color: var(--ok); } .status-partial { color: var(--part); } .status-missing { color: var(--miss); } .status-not-applicable { color: var(--muted); }
a.reveal, button.reveal { color: inherit; background: none; border: 0; padding: 0; font: inherit; text-decoration: underline; cursor: pointer; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.finding { overflow-wrap: anywhere; } .sev { font-weight: 600; text-transform: uppercase; font-size: .75rem; }
ol.next li { margin-bottom: .35rem; }
ul.facets { margin: 0; padding-left: 1.1rem; } ul.facets li { margin: 0 0 .15rem; overflow-wrap: anywhere; }
blockquote.quote { margin: .3rem 0 0; padding-left: .5rem; border-left: 2px solid var(--border); color: var(--muted); overflow-wrap: anywhere; }
@media (forced-colors: active) { .bar > span { background: CanvasText; } }
`;

/** Renders one document's report as an HTML fragment; `reveal` makes line references into buttons. */
export function renderReportBody(report: FileReport, options: { reveal?: boolean } = {}): string {
  const { path, text, result } = report;
  const index = new LineIndex(text);
  const line = (offset: number) => index.lineColumn(offset).line;
  const ref = (offset: number) => {
    const l = line(offset);
    return options.reveal ? `<button class="reveal" data-line="${l}" aria-label="Reveal line ${l}">line ${l}</button>` : `line ${l}`;
  };
  const areas = areaScores(result);
  const parts: string[] = [];
  parts.push(`<header><h1>ML design review</h1><div class="path">${escapeHtml(path)}</div>`);
  parts.push(
    `<p><span class="score" data-testid="score">${Math.round(result.score * 100)}%</span> · ${result.checklist.filter((c) => c.status === 'addressed').length} of ${CHECKLIST.length} items addressed${result.designDoc.designDoc ? '' : ' · not detected as an ML design doc'}</p></header>`,
  );
  parts.push('<section aria-labelledby="areas"><h2 id="areas">Areas</h2><div class="areas" role="list">');
  for (const [area, name] of Object.entries(AREAS) as Array<[Area, string]>) {
    const pct = Math.round(areas[area] * 100);
    parts.push(
      `<span role="listitem">${escapeHtml(name)}</span><span class="bar" role="meter" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${pct}" aria-label="${escapeHtml(name)}"><span style="width:${pct}%"></span></span><span>${pct}%</span>`,
    );
  }
  parts.push('</div></section>');
  const next = nextSteps(result);
  if (next.length)
    parts.push(
      `<section aria-labelledby="next"><h2 id="next">Next to write</h2><ol class="next">${next.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ol></section>`,
    );
  parts.push(
    '<section aria-labelledby="checklist"><h2 id="checklist">Checklist</h2><table><thead><tr><th scope="col">Item</th><th scope="col">Status</th><th scope="col">Found</th><th scope="col">Still lacking</th></tr></thead><tbody>',
  );
  for (const item of CHECKLIST) {
    const r = result.checklist.find((c) => c.id === item.id);
    if (!r) continue;
    // The same words as the findings and the hover: each facet found with the line of its sentence, then the ones lacking.
    const explained = describeItem(r, index);
    const found = explained.foundFacets
      .map((f) => `<li data-facet="${escapeHtml(f.facet.id)}">${escapeHtml(f.facet.label)} (${ref(f.evidence.start)})</li>`)
      .join('');
    // The quote is the best evidence sentence, cut to about 140 characters.
    const ev = explained.foundFacets[0]?.evidence ?? r.evidence[0];
    const quote = ev ? `<blockquote class="quote">${ref(ev.start)}: ${escapeHtml(quoteSpan(text, ev))}</blockquote>` : '';
    const lacking = explained.lacking.map((l) => `<li>${escapeHtml(l)}</li>`).join('');
    parts.push(
      `<tr data-item="${item.id}"><td title="${escapeHtml(item.question)}">${escapeHtml(item.title)}</td><td class="status-${r.status}">${STATUS_LABEL[r.status]}</td><td>${found ? `<ul class="facets found">${found}</ul>` : ''}${quote}</td><td>${lacking ? `<ul class="facets lacking">${lacking}</ul>` : ''}</td></tr>`,
    );
  }
  parts.push('</tbody></table></section>');
  // The second read: findings that connect two places of the document, in a group of their own.
  const connections = result.findings.filter((f) => ruleMeta(f.ruleId)?.group === 'connections');
  if (connections.length) {
    parts.push('<section aria-labelledby="connections"><h2 id="connections">Connections</h2><ul>');
    for (const f of connections) {
      const see = (f.related ?? []).map((r) => `<li>${ref(r.start)}: ${escapeHtml(r.message)}</li>`).join('');
      parts.push(
        `<li class="finding"><span class="sev">${f.severity}</span> ${ref(f.start)}: ${escapeHtml(f.message)} <code>${escapeHtml(f.ruleId)}</code>${see ? `<ul class="related">${see}</ul>` : ''}</li>`,
      );
    }
    parts.push('</ul></section>');
  }
  parts.push('<section aria-labelledby="findings"><h2 id="findings">Findings</h2>');
  for (const sev of ['error', 'warning', 'info', 'hint'] as const) {
    const fs = result.findings.filter((f) => f.severity === sev && !connections.includes(f));
    if (!fs.length) continue;
    parts.push(`<h3>${sev} (${fs.length})</h3><ul>`);
    for (const f of fs)
      parts.push(`<li class="finding"><span class="sev">${sev}</span> ${ref(f.start)}: ${escapeHtml(f.message)} <code>${escapeHtml(f.ruleId)}</code></li>`);
    parts.push('</ul>');
  }
  if (result.findings.length === connections.length) parts.push('<p>No findings.</p>');
  parts.push('</section>');
  return parts.join('\n');
}

/** A whole self-contained HTML page with a strict content security policy (no scripts at all). */
export function formatHtml(reports: FileReport[]): string {
  const body = reports.map((r) => `<article>${renderReportBody(r)}</article>`).join('\n<hr>\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ML design review</title><style>${REPORT_CSS}</style></head>
<body>
${body}
</body></html>
`;
}
