// The shape of a rule: metadata that drives findings, hovers, docs and the config schema, plus a check.
import type { Judged } from '../judge.js';
import type { Finding, Severity } from '../types.js';

/** Everything a person or a tool needs to know about a rule. */
export interface RuleMeta {
  /** Kebab-case phrase, stable, never reused. */
  id: string;
  title: string;
  /** The checklist item the rule is about, if any. */
  checklistItem?: string;
  defaultSeverity: Severity;
  /** Why the rule exists, in Markdown (hover text and docs). */
  rationale: string;
  /** What satisfies the rule. */
  howToFix: string;
  /** Markdown the rule's fix inserts, if it has one. */
  fixTemplate?: string;
  /**
   * `connections`: a consistency rule that connects two places of the document ("prevalence 0.3% (line
   * 12) but the split is random (line 88)"); its findings carry the other places as `related`.
   */
  group?: 'connections';
}

/** A finding before configuration decides its severity. */
export type RawFinding = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity };

/** A rule: metadata and a pure check over the judged document. */
export interface Rule {
  meta: RuleMeta;
  check(doc: Judged): RawFinding[];
}
