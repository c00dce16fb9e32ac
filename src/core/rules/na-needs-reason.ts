// Quality rule: "N/A" with no reason.
import type { Rule, RawFinding } from './rule.js';

const BARE_NA = /^\W*(?:n\/?a|not applicable|none|nothing|-)\W*$/i;

export const naNeedsReason: Rule = {
  meta: {
    id: 'na-needs-reason',
    title: '"N/A" needs a reason',
    defaultSeverity: 'warning',
    rationale:
      'A bare `N/A` reads as "not thought about". Saying why an item does not apply ("no labels: the model is unsupervised clustering") shows the decision was made, and the checklist counts it as not applicable only then.',
    howToFix: 'Add the reason after the N/A: "N/A: predictions are made offline once a month, so there is no serving latency to budget."',
  },
  check(doc) {
    const out: RawFinding[] = [];
    doc.model.units.forEach((u) => {
      if (u.kind !== 'paragraph' || !BARE_NA.test(u.text)) return;
      out.push({ start: u.start, end: u.end, message: `"${u.text.trim()}" without a reason counts as missing: say why this does not apply.` });
    });
    return out;
  },
};
