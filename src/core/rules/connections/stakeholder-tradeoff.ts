// Connection: stakeholders who want opposing things, and no stated priority or combination.
import type { Rule } from '../rule.js';
import { stakeholders } from '../../items/stakeholders.js';
import { connection, phrases, quote, says, lineOf, type Hit } from './find.js';
import { lastAtOrBefore } from '../../positions.js';

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
  'at the|a cost|expense of',
]);
/** A sentence that names a stakeholder: a team, a role, a group of users. */
const WHO =
  /\b(?:team|teams|users?|customers?|owners?|engineers?|engineering|product|managers?|PMs?|sales|marketing|legal|compliance|operations|ops|support|finance|leadership|executives?|advertisers?|sellers?|buyers?|merchants?|drivers?|riders?|restaurants?|clinicians?|doctors?|patients?|analysts?|data scientists?|stakeholders?|partners?|regulators?)\b/i;

/** A statement of what a stakeholder wants. */
export interface Stated {
  hit: Hit;
  wants: string[];
}

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
    // The stakeholders section: the first heading that names them, but not a title over the whole document
    // ("Customer support classifier" names the system, not its stakeholders).
    const section = doc.sections.find((s, k) => stakeholders.heading.test(s.heading.text) && !(k === 0 && s.end >= doc.model.text.length));
    // Stakeholder statements: under the stakeholders heading, or any sentence naming who wants what.
    const stated: Stated[] = [];
    doc.sentences.forEach((s, k) => {
      if (doc.sentenceClass[k] !== 'content') return;
      const inSection = section !== undefined && s.start >= section.heading.end && s.start < section.end;
      if (!inSection && !(WHO.test(s.text) && /\b(?:wants?|needs?|cares? about|expects?|optimi[sz]e\w* for|prefers?|asks? for)\b/i.test(s.text))) return;
      const wants = Object.keys(WANTS).filter((w) => WANTS[w]!.test(s.text));
      if (wants.length) stated.push({ hit: { start: s.start, end: s.end, text: s.text, match: '' }, wants });
    });
    const found = firstConflict(stated, (k) => lineOf(doc, stated[k]!.hit.start));
    if (!found) return [];
    const [a, b, pair] = found;
    if (says(doc, TRADE_OFF)) return [];
    return [
      connection(
        b.hit,
        `One stakeholder wants ${a.wants.includes(pair[0]) ? pair[0] : pair[1]} (line ${lineOf(doc, a.hit.start)}: "${quote(a.hit)}"), another ${b.wants.includes(pair[1]) ? pair[1] : pair[0]} (line ${lineOf(doc, b.hit.start)}: "${quote(b.hit)}"), and the doc never says which wins or how they are combined.`,
        [{ hit: a.hit, message: 'a conflicting want' }],
        'stakeholders',
      ),
    ];
  },
};

/**
 * The conflict between two wants' lists, if any: the first pair of CONFLICTS where each list wants one side
 * and not the other. A list that wants both sides ("less harm and more retention") agrees with either.
 */
export function conflictOf(a: string[], b: string[]): [string, string] | undefined {
  const sides = (p: string[], q: string[], x: string, y: string) => p.includes(x) && !p.includes(y) && q.includes(y) && !q.includes(x);
  return CONFLICTS.find(([x, y]) => sides(a, b, x, y) || sides(a, b, y, x));
}

/**
 * The first two statements, in document order (the earlier one first, then the nearest later one), on
 * different lines (two statements on one line are one person's list, not two stakeholders) whose wants
 * conflict, with the conflicting pair. Trying every pair is quadratic, and a long document has thousands of
 * statements; but a conflict depends only on which wants each states, and there are few such sets. So
 * for each statement, each set that conflicts with its own gives the first later statement with that
 * set on a later line by a binary search. Lines only grow in document order; were they ever to go back,
 * every pair is tried as before.
 */
export function firstConflict(stated: Stated[], line: (k: number) => number): [Stated, Stated, [string, string]] | undefined {
  const lines = stated.map((_, k) => line(k));
  if (lines.some((l, k) => k > 0 && l < (lines[k - 1] as number))) {
    for (let i = 0; i < stated.length; i++) {
      for (let j = i + 1; j < stated.length; j++) {
        if (lines[i] === lines[j]) continue;
        const pair = conflictOf(stated[i]!.wants, stated[j]!.wants);
        if (pair) return [stated[i]!, stated[j]!, pair];
      }
    }
    return undefined;
  }
  // The statements with each set of wants (listed in WANTS order, so one key per set), in document order.
  const bySet = new Map<string, { wants: string[]; at: number[] }>();
  stated.forEach((s, k) => {
    const key = s.wants.join(' ');
    const set = bySet.get(key);
    if (set) set.at.push(k);
    else bySet.set(key, { wants: s.wants, at: [k] });
  });
  // For each set, the sets that conflict with it.
  const opposed = new Map<string, Array<{ wants: string[]; at: number[] }>>();
  for (const [key, set] of bySet)
    opposed.set(
      key,
      [...bySet.values()].filter((other) => conflictOf(set.wants, other.wants)),
    );
  // Where the run of statements on statement i's line ends.
  let runEnd = 0;
  for (let i = 0; i < stated.length; i++) {
    if (runEnd <= i) for (runEnd = i + 1; runEnd < stated.length && lines[runEnd] === lines[i];) runEnd++;
    const a = stated[i]!;
    let best = -1;
    for (const { at } of opposed.get(a.wants.join(' '))!) {
      // The first statement of this set after the run: the one after the last that is inside it.
      const lo = lastAtOrBefore(at.length, (k) => at[k] as number, runEnd - 1) + 1;
      if (lo < at.length && (best < 0 || (at[lo] as number) < best)) best = at[lo] as number;
    }
    if (best >= 0) return [a, stated[best]!, conflictOf(a.wants, stated[best]!.wants)!];
  }
  return undefined;
}
