// Quality rule: a business metric is named but nothing says how far it should move.
import { compilePhrases } from '../facets/phrases.js';
import { BUSINESS_METRICS } from '../items/business-metric.js';

const METRIC = compilePhrases(BUSINESS_METRICS);
import type { Rule } from './rule.js';

export const businessMetricTarget: Rule = {
  meta: {
    id: 'business-metric-target',
    title: 'Business metric needs a numeric target',
    checklistItem: 'business-metric',
    defaultSeverity: 'warning',
    rationale:
      'A business metric with no target cannot tell the team when the system is good enough, or when to stop investing in it. A target turns "improve retention" into a decision rule.',
    howToFix: 'Add a number and a time frame: "raise 7-day retention from 41% to 44% by Q3".',
  },
  check(doc) {
    const item = doc.items.find((i) => i.id === 'business-metric');
    if (!item || item.status !== 'partial') return [];
    const metricFacet = item.facets.find((f) => f.id === 'metric');
    const target = item.facets.find((f) => f.id === 'target');
    const at = metricFacet?.evidence[0];
    if (!at || target?.found) return [];
    const metric = METRIC.exec(doc.model.text.slice(at.start, at.end))?.[0] ?? 'the business metric';
    return [
      {
        start: at.start,
        end: firstLineEnd(doc.model.text, at.start, at.end),
        checklistItem: 'business-metric',
        message: `"${metric}" has no numeric target: say how much it should move and by when (e.g. "+3% in two quarters").`,
      },
    ];
  },
};

/** The end of the first line of a span, so a finding underlines one line, not a whole paragraph. */
export function firstLineEnd(text: string, start: number, end: number): number {
  const nl = text.indexOf('\n', start);
  const e = nl === -1 || nl > end ? end : nl;
  return text[e - 1] === '\r' ? e - 1 : e;
}
