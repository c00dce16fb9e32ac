// Quality rule: hand labels with no plan for disagreement or lineage.
import { compilePhrases } from '../facets/phrases.js';
import { HAND_LABEL_PHRASES } from '../items/labelling-plan.js';
import { firstContentSentence, facetOf } from '../facets/query.js';

const HAND = compilePhrases(HAND_LABEL_PHRASES);
import type { Rule } from './rule.js';
import { firstLineEnd } from './business-metric-target.js';

export const handLabelQuality: Rule = {
  meta: {
    id: 'hand-label-quality',
    title: 'Hand labels need a plan for disagreement and lineage',
    checklistItem: 'labelling-plan',
    defaultSeverity: 'info',
    rationale:
      'People labelling the same example disagree (label multiplicity), more so when the task needs expertise. Without a way to resolve disagreement and a record of which labeller and which batch produced each label (data lineage), label noise cannot be traced or fixed.',
    howToFix: "Say how disagreement is measured and resolved (guidelines, several labellers, adjudication) and how each label's origin is recorded.",
  },
  check(doc) {
    const u = firstContentSentence(doc, HAND);
    if (!u || facetOf(doc, 'labelling-plan', 'quality')?.found) return [];
    return [
      {
        start: u.start,
        end: firstLineEnd(doc.model.text, u.start, u.end),
        checklistItem: 'labelling-plan',
        message: "Hand labels with no plan for disagreement or lineage: say how labellers' disagreements are resolved and how each label's origin is tracked.",
      },
    ];
  },
};
