// Quality rule: template placeholders (TBD, TODO, <describe ...>) left in the text.
import { PLACEHOLDER } from '../guidance.js';
import type { Rule, RawFinding } from './rule.js';

export const noPlaceholder: Rule = {
  meta: {
    id: 'no-placeholder',
    title: 'No leftover placeholders',
    defaultSeverity: 'warning',
    rationale:
      'A placeholder (`TBD`, `TODO`, `<describe ...>`, `[More Information Needed]`) marks a decision nobody has made yet. Reviewers read the section as missing, and so does this review.',
    howToFix: 'Replace the placeholder with the decision, or say explicitly why the section does not apply.',
  },
  check(doc) {
    const out: RawFinding[] = [];
    const text = doc.model.text;
    const spans = [...doc.model.units, ...doc.model.headings].sort((a, b) => a.start - b.start);
    for (const s of spans) {
      const raw = text.slice(s.start, s.end);
      const re = new RegExp(PLACEHOLDER.source, 'gi');
      for (let m = re.exec(raw); m; m = re.exec(raw)) {
        if (/^<\/?(?:br|p|div|span|img|a|b|i|em|strong|sub|sup|details|summary|kbd|code|pre|hr|table|tr|td|th|ul|ol|li|center|font|u|s|small|picture|source|video|iframe)\b/i.test(m[0])) continue;
        if (/^<(?:https?:|mailto:)/i.test(m[0])) continue;
        const start = s.start + m.index;
        const end = start + m[0].length;
        // Removing a placeholder that is all the text there is would only leave an empty section behind.
        const alone = raw.replace(m[0], '').replace(/[\s\-*+>#:|]/g, '') === '';
        out.push({
          start, end,
          message: `Placeholder "${m[0]}" left in the text: replace it with the real decision.`,
          ...(alone ? {} : { fixes: [{ title: `Remove placeholder "${m[0]}"`, edits: [{ start, end, text: '' }] }] }),
        });
      }
    }
    return out;
  },
};
