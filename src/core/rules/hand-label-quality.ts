// Quality rule: hand labels with no plan for disagreement or lineage.
import { HAND_LABELS } from '../items/labelling-plan.js';
import type { Rule } from './rule.js';
import { firstLineEnd } from './business-metric-target.js';

const QUALITY = /\b(?:agreement|disagree\w*|kappa|adjudicat\w+|consensus|majority vote|(?:multiple|two|three|several) (?:annotators|labell?ers|raters|reviewers)|label multiplicity|lineage|provenance|quality (?:checks?|control|reviews?|assurance)|\bqa\b|gold (?:set|standard|labels)|audit\w*|second (?:review|reviewer|opinion)|double[- ]label\w*|labell?ing guidelines|annotation guidelines)\b/i;

export const handLabelQuality: Rule = {
  meta: {
    id: 'hand-label-quality',
    title: 'Hand labels need a plan for disagreement and lineage',
    checklistItem: 'labelling-plan',
    defaultSeverity: 'info',
    rationale:
      'People labelling the same example disagree (label multiplicity), more so when the task needs expertise. Without a way to resolve disagreement and a record of which labeller and which batch produced each label (data lineage), label noise cannot be traced or fixed.',
    howToFix: 'Say how disagreement is measured and resolved (guidelines, several labellers, adjudication) and how each label\'s origin is recorded.',
  },
  check(doc) {
    const content = doc.model.units.filter((_, k) => doc.unitClass[k] === 'content');
    const u = content.find((x) => HAND_LABELS.test(x.text));
    if (!u || content.some((x) => QUALITY.test(x.text))) return [];
    return [{ start: u.start, end: firstLineEnd(doc.model.text, u.start, u.end), checklistItem: 'labelling-plan', message: 'Hand labels with no plan for disagreement or lineage: say how labellers\' disagreements are resolved and how each label\'s origin is tracked.' }];
  },
};
