// Connection: stakeholders who want opposing things, and no stated priority or combination.
import type { Rule } from '../rule.js';
import { connection, phrases, quote, says, lineOf, type Hit } from './find.js';

/** What stakeholders typically want, in groups that pull against each other. */
const WANTS: Record<string, RegExp> = {
  speed: /\b(?:fast\w*|latency|quick\w*|real[- ]time|speed|responsive\w*|instant\w*|low delay|millisecond\w*|\d+\s?ms)\b/i,
  quality: /\b(?:accura\w*|precision|recall|quality|relevan\w*|correct\w*|performance)\b/i,
  revenue: /\b(?:revenue|commission\w*|profit\w*|sales|monetis\w*|monetiz\w*|margin\w*|ads?|advertis\w*|sponsor\w*|upsell\w*)\b/i,
  cost: /\b(?:cost\w*|cheap\w*|budget\w*|spend\w*|infrastructure bill)\b/i,
  privacy: /\b(?:privacy|private|anonymi\w*|consent|gdpr|personal data)\b/i,
  engagement: /\b(?:engagement|retention|clicks?|time spent|watch time|dwell)\b/i,
  fairness: /\b(?:fair\w*|bias\w*|equit\w*)\b/i,
  safety: /\b(?:safety|safe|harm\w*|abuse|toxic\w*)\b/i,
};
/** Pairs of wants that conflict (the book's example: latency, commissions, model performance). */
const CONFLICTS: Array<[string, string]> = [
  ['speed', 'quality'],
  ['speed', 'revenue'],
  ['revenue', 'quality'],
  ['revenue', 'engagement'],
  ['cost', 'quality'],
  ['cost', 'speed'],
  ['privacy', 'quality'],
  ['privacy', 'revenue'],
  ['engagement', 'safety'],
  ['revenue', 'fairness'],
  ['quality', 'fairness'],
  ['revenue', 'safety'],
];
/** A stated way through the conflict. */
const TRADE_OFF = phrases([
  'trade-off*',
  'priorit*',
  'balanc*',
  'weigh*',
  'compromise',
  'conflict* ... resolv*|decid*|settl*|handl*',
  'combine* ... objective*|loss*|score*',
  'weighted sum|average',
  'multi-objective',
  'pareto',
  'constraint*',
  'guardrail*',
  'take* precedence',
  'first|second priority',
  'at the cost|expense of',
]);
/** A sentence that names a stakeholder: a team, a role, a group of users. */
const WHO =
  /\b(?:team|teams|users?|customers?|owners?|engineers?|engineering|product|managers?|PMs?|sales|marketing|legal|compliance|operations|ops|support|finance|leadership|executives?|advertisers?|sellers?|buyers?|merchants?|drivers?|riders?|restaurants?|clinicians?|doctors?|patients?|analysts?|data scientists?|stakeholders?|partners?|regulators?)\b/i;

export const stakeholderTradeoff: Rule = {
  meta: {
    id: 'stakeholder-tradeoff',
    title: 'Conflicting stakeholders need a trade-off',
    group: 'connections',
    checklistItem: 'stakeholders',
    defaultSeverity: 'info',
    rationale:
      'Stakeholders of an ML system often want things that pull against each other: engineers want model performance, sales wants commissions, product wants low latency because each millisecond costs revenue. A design that lists such wants without saying which wins, or how they are combined, leaves the conflict to be settled later, usually by whoever builds it.',
    howToFix:
      'Say which requirement takes priority, or how the objectives are combined (a constraint, a guardrail metric, a weighted objective), and who agreed to it.',
  },
  check(doc) {
    const h = doc.items.find((i) => i.id === 'stakeholders')?.heading;
    const section = h ? doc.sections.find((s) => s.heading.start === h.start) : undefined;
    // Stakeholder statements: under the stakeholders heading, or any sentence naming who wants what.
    const stated: Array<{ hit: Hit; wants: string[] }> = [];
    doc.sentences.forEach((s, k) => {
      if (doc.sentenceClass[k] !== 'content') return;
      const inSection = section !== undefined && s.start >= section.heading.end && s.start < section.end;
      if (!inSection && !(WHO.test(s.text) && /\b(?:wants?|needs?|cares? about|expects?|optimi[sz]e\w* for|prefers?|asks? for)\b/i.test(s.text))) return;
      const wants = Object.keys(WANTS).filter((w) => WANTS[w]!.test(s.text));
      if (wants.length) stated.push({ hit: { start: s.start, end: s.end, text: s.text, match: '' }, wants });
    });
    for (let i = 0; i < stated.length; i++) {
      for (let j = i + 1; j < stated.length; j++) {
        const a = stated[i]!;
        const b = stated[j]!;
        // Two statements on one line are one person's list, not two stakeholders.
        if (lineOf(doc, a.hit.start) === lineOf(doc, b.hit.start)) continue;
        const pair = CONFLICTS.find(
          ([x, y]) =>
            (a.wants.includes(x) && b.wants.includes(y) && !a.wants.includes(y)) || (a.wants.includes(y) && b.wants.includes(x) && !a.wants.includes(x)),
        );
        if (!pair) continue;
        if (says(doc, TRADE_OFF)) return [];
        return [
          connection(
            b.hit,
            `One stakeholder wants ${a.wants.includes(pair[0]) ? pair[0] : pair[1]} (line ${lineOf(doc, a.hit.start)}: "${quote(a.hit)}"), another ${b.wants.includes(pair[1]) ? pair[1] : pair[0]} (line ${lineOf(doc, b.hit.start)}: "${quote(b.hit)}"), and the doc never says which wins or how they are combined.`,
            [{ hit: a.hit, message: 'a conflicting want' }],
            'stakeholders',
          ),
        ];
      }
    }
    return [];
  },
};
