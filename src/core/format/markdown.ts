// A review summary in Markdown, fit for a pull-request comment.
import { ruleMeta } from '../rules/index.js';
import { CHECKLIST, AREAS } from '../items/index.js';
import { LineIndex } from '../positions.js';
import { describeItem } from '../explain.js';
import { STATUS_LABEL, type FileError, type FileReport } from './report.js';
import { formatChanges, type DocChange } from './changes.js';

const ICON = { addressed: '✅', partial: '🟡', missing: '❌', 'not-applicable': '➖' } as const;

/** Escapes text from a document so it cannot break the table or inject markup. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]<>()#+!|~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** Escapes the analyser's own words for a table cell: only what could break the table or become markup. */
function escapeCell(s: string): string {
  return s.replace(/[\\`*_<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** Renders the review as Markdown; with `changes`, what a pull request changed comes first. */
export function formatMarkdown(files: FileReport[], errors: FileError[], changes?: { ref: string; docs: DocChange[] }): string {
  const out: string[] = ['## ML design review', ''];
  if (changes) out.push(...formatChanges(changes.ref, changes.docs));
  for (const { path, text, result } of files) {
    const index = new LineIndex(text);
    const addressed = result.checklist.filter((c) => c.status === 'addressed').length;
    out.push(`### \`${path.replace(/`/g, "'")}\``, '');
    if (!result.designDoc.designDoc) {
      out.push('Not detected as an ML design doc.', '');
      continue;
    }
    out.push(`**Score ${Math.round(result.score * 100)}%**: ${addressed} of ${CHECKLIST.length} checklist items addressed.`, '');
    out.push('| Area | Item | Status | Found | Still lacking |', '|---|---|---|---|---|');
    for (const item of CHECKLIST) {
      const r = result.checklist.find((c) => c.id === item.id);
      if (!r) continue;
      // The same words as the findings and the hover: each facet found with its line, then the ones lacking.
      const explained = describeItem(r, index);
      const cell = (xs: string[]) => xs.map(escapeCell).join('; ');
      out.push(`| ${AREAS[item.area]} | ${item.title} | ${ICON[r.status]} ${STATUS_LABEL[r.status]} | ${cell(explained.found)} | ${cell(explained.lacking)} |`);
    }
    out.push('');
    // The second read: findings that connect two places of the document, in a group of their own.
    const connections = result.findings.filter((f) => ruleMeta(f.ruleId)?.group === 'connections');
    if (connections.length) {
      out.push('#### Connections', '');
      for (const f of connections) {
        const see = (f.related ?? []).map((r) => `line ${index.lineColumn(r.start).line}: ${escapeMarkdown(r.message)}`).join('; ');
        out.push(`- line ${index.lineColumn(f.start).line}: ${escapeMarkdown(f.message)} (\`${f.ruleId}\`)${see ? ` (see ${see})` : ''}`);
      }
      out.push('');
    }
    const findings = result.findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && !connections.includes(f));
    if (findings.length) {
      out.push('<details><summary>' + `${findings.length} finding(s)` + '</summary>', '');
      for (const f of findings) out.push(`- line ${index.lineColumn(f.start).line}: ${escapeMarkdown(f.message)} (\`${f.ruleId}\`)`);
      out.push('', '</details>', '');
    }
  }
  for (const e of errors) out.push(`- ⚠️ \`${e.path.replace(/`/g, "'")}\`: ${escapeMarkdown(e.message)}`);
  return out.join('\n').trimEnd() + '\n';
}
