// Plain-text output for people at a terminal: one line per finding, then the checklist per file.
import { ruleMeta } from '../rules/index.js';
import { CHECKLIST } from '../items/index.js';
import { LineIndex } from '../positions.js';
import { describeItem } from '../explain.js';
import { STATUS_LABEL, severityCounts, type FileError, type FileReport } from './report.js';

const MARK = { addressed: '✔', partial: '◐', missing: '✘', 'not-applicable': '–' } as const;

/** Renders findings and checklists as text. */
export function formatText(files: FileReport[], errors: FileError[]): string {
  const out: string[] = [];
  for (const { path, text, result } of files) {
    const index = new LineIndex(text);
    const addressed = result.checklist.filter((c) => c.status === 'addressed').length;
    out.push(
      `${path}: ${result.designDoc.designDoc ? 'ML design doc' : 'not an ML design doc'}, ${addressed} of ${CHECKLIST.length} checklist items addressed, score ${Math.round(result.score * 100)}%`,
    );
    for (const f of result.findings) {
      const p = index.lineColumn(f.start);
      out.push(`  ${p.line}:${p.column}  ${f.severity.padEnd(7)}  ${f.message}  ${f.ruleId}`);
      // A connection names the other places it connects: "see line 88: random 80/20 split".
      if (ruleMeta(f.ruleId)?.group === 'connections')
        for (const r of f.related ?? []) out.push(`        see line ${index.lineColumn(r.start).line}: ${r.message}`);
    }
    if (result.designDoc.designDoc) {
      for (const item of result.checklist) {
        const title = CHECKLIST.find((i) => i.id === item.id)?.title ?? item.id;
        const line = item.evidence[0] ? ` (line ${index.lineColumn(item.evidence[0].start).line})` : '';
        out.push(`  ${MARK[item.status]} ${title.padEnd(26)} ${STATUS_LABEL[item.status]}${line}`);
        // What the document shows, where, and what it still lacks (the same words as the findings).
        const explained = describeItem(item, index);
        if (explained.found.length) out.push(`      found: ${explained.found.join('; ')}`);
        if (explained.lacking.length) out.push(`      lacking: ${explained.lacking.join('; ')}`);
      }
    }
    out.push('');
  }
  for (const e of errors) out.push(`${e.path}: error: ${e.message}`);
  const c = severityCounts(files);
  out.push(
    `${files.length} file(s): ${c.error} error(s), ${c.warning} warning(s), ${c.info} info${errors.length ? `, ${errors.length} file(s) not read` : ''}`,
  );
  return out.join('\n') + '\n';
}
