// Quality rule: natural labels with no word on how long they take to arrive.
import { NATURAL_LABELS } from '../items/labelling-plan.js';
import type { Rule } from './rule.js';
import { firstLineEnd } from './business-metric-target.js';

const DELAY = /\b(?:feedback (?:delay|loop length|window)|delay(?:ed|s)?|lag|latency of (?:the )?labels?|(?:after|within|takes?|up to) (?:\w+ ){0,2}\d+\s*(?:minutes?|hours?|days?|weeks?|months?)|\d+\s*(?:minutes?|hours?|days?|weeks?|months?) (?:later|after|to (?:arrive|mature|settle|come in)))\b/i;

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
    const content = doc.model.units.filter((_, k) => doc.unitClass[k] === 'content');
    const u = content.find((x) => NATURAL_LABELS.test(x.text));
    if (!u || content.some((x) => DELAY.test(x.text))) return [];
    return [{ start: u.start, end: firstLineEnd(doc.model.text, u.start, u.end), checklistItem: 'labelling-plan', message: 'Natural labels with no feedback delay: say how long the label takes to arrive and how late labels are handled.' }];
  },
};
