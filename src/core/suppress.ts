// Inline suppression comments: disable rules for a line, a section or the file, each with a reason.
import type { Judged } from './judge.js';
import type { Rule, RawFinding } from './rules/rule.js';
import type { Finding, Span } from './types.js';
import { sectionAt } from './sections.js';
import { lastAtOrBefore } from './positions.js';

/** The comment prefix every directive starts with. */
export const DIRECTIVE_PREFIX = 'ml-design-review-disable';

/** A parsed suppression directive and the span of text it covers. */
export interface Directive {
  scope: 'next-line' | 'line' | 'section' | 'file';
  /** Rule ids, or empty for all rules. */
  rules: string[];
  reason: string;
  /** The comment itself. */
  comment: Span;
  /** The 0-based UTF-16 offsets it suppresses findings in. */
  covers: Span;
}

const DIRECTIVE = /^<!--\s*ml-design-review-disable(?:-(next-line|line|section|file))?\b([\s\S]*?)-->$/;

/** Reads every directive in the document's comments. */
export function parseDirectives(doc: Judged): Directive[] {
  const text = doc.model.text;
  const out: Directive[] = [];
  // One HTML node may hold several comments on a line; each is its own directive.
  const comments = doc.model.comments.flatMap((node) =>
    htmlComments(node.text).map((c) => ({ text: c.text, start: node.start + c.start, end: node.start + c.end })),
  );
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.text);
    if (!m) continue;
    const scope = (m[1] ?? 'section') as Directive['scope'];
    const body = m[2] ?? '';
    const sep = body.indexOf('--');
    const ruleText = sep === -1 ? body : body.slice(0, sep);
    const reason = sep === -1 ? '' : body.slice(sep + 2).trim();
    const rules = ruleText.split(/[\s,]+/).filter(Boolean);
    let covers: Span;
    const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
    const nl = text.indexOf('\n', c.end);
    const lineEnd = nl === -1 ? text.length : nl;
    if (scope === 'file') covers = { start: 0, end: text.length };
    else if (scope === 'line') covers = { start: lineStart, end: lineEnd };
    else if (scope === 'next-line') {
      const nextEnd = text.indexOf('\n', lineEnd + 1);
      covers = { start: Math.min(text.length, lineEnd + 1), end: nextEnd === -1 ? text.length : nextEnd };
    } else {
      // To the end of the innermost section holding the comment (found by a search, not a scan per directive).
      const k = sectionAt(doc.sections, c.start);
      covers = { start: c.start, end: k >= 0 ? doc.sections[k]!.end : text.length };
    }
    out.push({ scope, rules, reason, comment: { start: c.start, end: c.end }, covers });
  }
  return out;
}

/** Whether a finding falls under a directive that names its rule (or all rules). */
export function isSuppressed(f: Finding, directives: Directive[]): boolean {
  return directives.some(
    (d) =>
      (d.rules.length === 0 || d.rules.includes(f.ruleId)) && f.start >= d.covers.start && f.start <= d.covers.end && f.ruleId !== validSuppression.meta.id,
  );
}

/**
 * `isSuppressed` for many findings: a long document can hold thousands of findings and of directives, and
 * checking each finding against every directive grows with their product. Here the covers of the
 * directives for all rules, and those of each rule, are sorted by start with the furthest end reached so
 * far, so a finding is covered when the last cover starting at or before it reaches it (a binary search).
 */
export function suppressor(directives: Directive[]): (f: Finding) => boolean {
  const forAll = coverIndex(directives.filter((d) => d.rules.length === 0));
  const byRule = new Map<string, Directive[]>();
  for (const d of directives) {
    for (const r of new Set(d.rules)) {
      const list = byRule.get(r);
      if (list) list.push(d);
      else byRule.set(r, [d]);
    }
  }
  const forRule = new Map([...byRule].map(([r, ds]) => [r, coverIndex(ds)]));
  return (f) => f.ruleId !== validSuppression.meta.id && (covered(forAll, f.start) || covered(forRule.get(f.ruleId), f.start));
}

/** Covers sorted by start, and the furthest end among each one and those before it. */
interface CoverIndex {
  starts: number[];
  reach: number[];
}

function coverIndex(directives: Directive[]): CoverIndex {
  const covers = directives.map((d) => d.covers).sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const c of covers) reach.push((furthest = Math.max(furthest, c.end)));
  return { starts: covers.map((c) => c.start), reach };
}

/** Whether some cover of the index holds `at` (start <= at <= end). */
function covered(index: CoverIndex | undefined, at: number): boolean {
  if (!index) return false;
  // The last cover that starts at or before `at`.
  const k = lastAtOrBefore(index.starts.length, (i) => index.starts[i] as number, at);
  return k >= 0 && (index.reach[k] as number) >= at;
}

/** Findings about the directives themselves: a missing reason, or a rule id nobody knows. */
export function directiveFindings(directives: Directive[], knownRules: ReadonlySet<string>): RawFinding[] {
  const out: RawFinding[] = [];
  for (const d of directives) {
    for (const r of d.rules) {
      if (!knownRules.has(r)) out.push({ ...d.comment, message: `Unknown rule "${r}" in a suppression comment.` });
    }
    if (!d.reason) {
      out.push({
        ...d.comment,
        message: `Suppression without a reason: write it after "--", e.g. <!-- ${DIRECTIVE_PREFIX}-${d.scope} ${d.rules.join(' ') || 'rule-id'} -- why -->.`,
      });
    }
  }
  return out;
}

/** Metadata for the findings `directiveFindings` reports (the check itself runs in the engine). */
export const validSuppression: Rule = {
  meta: {
    id: 'valid-suppression',
    title: 'Suppressions name known rules and give a reason',
    defaultSeverity: 'warning',
    rationale:
      'A suppression hides a finding from every later reader. The reason tells them the gap was a decision, not an oversight; an unknown rule id usually means a typo that suppresses nothing.',
    howToFix: `Write \`<!-- ${DIRECTIVE_PREFIX}-next-line rule-id -- reason -->\` with a rule id this tool knows and a reason after \`--\`.`,
  },
  check: () => [],
};

/**
 * The closed HTML comments in `text` (`<!-- ... -->`), in order. A scan with indexOf, not a lazy regular
 * expression: an unclosed `<!--` repeated on every line would make the expression quadratic.
 */
export function htmlComments(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  for (let at = text.indexOf('<!--'); at !== -1;) {
    const close = text.indexOf('-->', at + 4);
    if (close === -1) break;
    out.push({ text: text.slice(at, close + 3), start: at, end: close + 3 });
    at = text.indexOf('<!--', close + 3);
  }
  return out;
}
