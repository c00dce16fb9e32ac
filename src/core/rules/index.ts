// The registry: every rule the analyser runs, in the order findings are documented.
import { COVERAGE_RULES } from './require-item.js';
import { businessMetricTarget } from './business-metric-target.js';
import { noPlaceholder } from './no-placeholder.js';
import { noEmptySection } from './no-empty-section.js';
import { naNeedsReason } from './na-needs-reason.js';
import { combineObjectives } from './combine-objectives.js';
import { naturalLabelDelay } from './natural-label-delay.js';
import { handLabelQuality } from './hand-label-quality.js';
import { validSuppression } from '../suppress.js';
import { CONNECTION_RULES } from './connections/index.js';
import type { Rule, RuleMeta } from './rule.js';

export type { Rule, RuleMeta };

/** Quality rules (beyond checklist coverage). */
export const QUALITY_RULES: Rule[] = [
  businessMetricTarget,
  noPlaceholder,
  noEmptySection,
  naNeedsReason,
  combineObjectives,
  naturalLabelDelay,
  handLabelQuality,
];

/** All rules. `valid-suppression` is checked by the suppression pass but listed for docs and config. */
export const RULES: Rule[] = [...COVERAGE_RULES, ...QUALITY_RULES, ...CONNECTION_RULES, validSuppression];

/** Rule metadata by id. */
export function ruleMeta(id: string): RuleMeta | undefined {
  return RULES.find((r) => r.meta.id === id)?.meta;
}
