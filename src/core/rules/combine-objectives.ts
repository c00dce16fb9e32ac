// Quality rule: several objectives and no plan for combining them.
import type { Rule } from './rule.js';
import { firstLineEnd } from './business-metric-target.js';

const MANY = /\b(?:(?:multiple|several|two|three|competing|conflicting) (?:\w+ )?(?:objectives|goals|losses|targets to optimi[sz]e)|multi-?objective)\b/i;
const PLAN =
  /\b(?:weighted (?:sum|average|combination)|combin(?:e|es|ed|ing) (?:the |both |these )?(?:\w+ )?(?:losses|objectives|scores|models)|trade-?offs?|α|β|alpha|beta|decoupl\w+|separate models|one model (?:per|for each)|pareto|weights? (?:between|for each|of each)|multi-?task|prioriti[sz]\w+|primary (?:objective|metric)|guardrail metrics?)\b/i;

export const combineObjectives: Rule = {
  meta: {
    id: 'combine-objectives',
    title: 'Several objectives need a plan for combining them',
    checklistItem: 'problem-framing',
    defaultSeverity: 'info',
    rationale:
      'When a system serves several objectives (engagement and quality, say), the design must say how they combine: one model trained on a combined loss, or one model per objective whose scores are weighted in production. Decoupling objectives lets the weights change without retraining.',
    howToFix: 'Say how the objectives combine: a weighted loss, or separate models combined as `α·score₁ + β·score₂` with the weights tuned in production.',
  },
  check(doc) {
    const content = doc.model.units.filter((_, k) => doc.unitClass[k] === 'content');
    if (content.some((u) => PLAN.test(u.text))) return [];
    const u = content.find((x) => MANY.test(x.text));
    if (!u) return [];
    return [
      {
        start: u.start,
        end: firstLineEnd(doc.model.text, u.start, u.end),
        checklistItem: 'problem-framing',
        message:
          'Several objectives, but no plan for combining them: say whether one model optimises a combined loss or separate models are weighted in production.',
      },
    ];
  },
};
