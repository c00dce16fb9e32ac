// Quality rule: natural labels with no word on how long they take to arrive.
import { compilePhrases } from '../facets/phrases.js';
import { NATURAL_LABEL_PHRASES } from '../items/labelling-plan.js';
import { firstContentSentence, facetOf } from '../facets/query.js';

const NATURAL = compilePhrases(NATURAL_LABEL_PHRASES);
import type { Rule } from './rule.js';
import { firstLineEnd } from './business-metric-target.js';

export const naturalLabelDelay: Rule = {
  meta: {
    id: 'natural-label-delay',
    title: 'Natural labels need a feedback delay',
    checklistItem: 'labelling-plan',
    defaultSeverity: 'info',
    rationale:
      'Natural labels (clicks, purchases, chargebacks) arrive only after the fact: minutes for a click, months for a chargeback. The feedback delay sets how fast the model can be evaluated and retrained, and whether a missing signal means "negative" or "not yet".',
    howToFix: 'Say how long the label takes to arrive and when a missing label is treated as negative.',
  },
  check(doc) {
    const u = firstContentSentence(doc, NATURAL);
    if (!u || facetOf(doc, 'labelling-plan', 'delay')?.found) return [];
    return [
      {
        start: u.start,
        end: firstLineEnd(doc.model.text, u.start, u.end),
        checklistItem: 'labelling-plan',
        message: 'Natural labels with no feedback delay: say how long the label takes to arrive and how late labels are handled.',
      },
    ];
  },
};
