// Quality rule: a heading with nothing under it.
import type { Rule, RawFinding } from './rule.js';

export const noEmptySection: Rule = {
  meta: {
    id: 'no-empty-section',
    title: 'No empty sections',
    defaultSeverity: 'warning',
    rationale: 'An empty section promises a topic and delivers nothing; a reader cannot tell whether it was forgotten, deferred, or judged not to apply.',
    howToFix: 'Write the section, or replace it with a sentence saying why it does not apply.',
  },
  check(doc) {
    const out: RawFinding[] = [];
    const { units, code } = doc.model;
    let u = 0;
    let c = 0;
    doc.sections.forEach((s) => {
      const from = s.heading.end;
      while (u < units.length && (units[u] as { start: number }).start < from) u++;
      while (c < code.length && (code[c] as { start: number }).start < from) c++;
      const hasUnit = u < units.length && (units[u] as { start: number }).start < s.end;
      const hasCode = c < code.length && (code[c] as { start: number }).start < s.end;
      if (hasUnit || hasCode) return;
      // Read only when nothing else is there: the text runs to the end of the section with its sub-sections,
      // so reading it for every section would read a long document once per level of headings.
      const hasOther = /!\[|<img|\|/.test(doc.model.text.slice(from, s.end));
      if (!hasOther) {
        out.push({ start: s.heading.start, end: s.heading.end, message: `Section "${s.heading.text}" is empty: write it, or say why it does not apply.` });
      }
    });
    return out;
  },
};
