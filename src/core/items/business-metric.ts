// Checklist item: the business outcome the system serves and the metric that measures it.
import type { ChecklistItem } from './item.js';

/** Business-level quantities a system can move (not model metrics such as accuracy). */
export const BUSINESS_METRICS: readonly string[] = [
  'revenue*', 'sales', 'profit*', 'margin*', 'gmv', 'arpu', 'ltv', 'lifetime value', 'conversion*', 'click-through (rate)', 'ctr',
  'retention', 'churn*', 'engagement', 'daily|monthly|weekly active users', 'dau|mau|wau', 'bookings', 'orders', 'basket size', 'order value',
  'operating|support|labor|labour|operational|customer-acquisition|acquisition|fulfil*|fulfill*|inventory|holding|claims cost*', 'cost savings|reduction', 'savings', 'time saved', 'hours saved',
  'handling|resolution|turnaround|waiting|wait time*', 'time to resolution|resolve|market|hire',
  'fraud|chargeback|financial|revenue loss*', 'downtime', 'stock-out*|stockout*', 'waste', 'write-off*', 'customer|user satisfaction',
  'csat', 'nps', 'net promoter', 'roi', 'return on investment', 'adoption (rate)', 'ticket*', 'escalation*', 'support requests|calls|contacts', 'complaints', 'manual review*|workload|effort',
  'sign-up*|signup*', 'watch time', 'dwell time', 'session length|duration', 'purchases', 'subscriptions', 'customer lifetime',
];
/** Words that put a metric in the role of an objective: something to move, measure or reach. */
export const OBJECTIVE_WORDS: readonly string[] = [
  'reduce*|increase*|improve*|decrease*|lower*|cut*|boost*|grow*|raise*|minimi*|maximi*|save*|drive*|lift*|uplift|move*|double|halve|prevent*|avoid*',
  'target*', 'goal*', 'objective*', 'kpi*', 'okr*', 'success', 'measure*', 'metric*', 'north star', 'aim*', 'impact', 'business value',
];

export const businessMetric: ChecklistItem = {
  id: 'business-metric',
  title: 'Business metric',
  area: 'framing',
  question: 'Which business outcome does this serve, measured how?',
  rationale:
    'An ML system exists to move a business objective. Without a clear business metric (revenue, conversion, retention, cost, time saved, fraud loss) it is hard to judge whether the project is worth its cost or should keep being funded, and model metrics drift away from what the business needs.',
  howToFix:
    'Name the business outcome, the metric that measures it, and a numeric target with a time frame, e.g. "reduce fraud losses by 20% within two quarters".',
  heading: /\b(?:business (?:goals?|objectives?|metrics?|value|impact|case|requirements?|context)|success (?:metrics?|criteria|measures?)|kpis?|okrs?|impact|value proposition|roi|return on investment|objectives?|goals?|why (?:now|this matters)|motivation)\b/i,
  facets: [
    {
      id: 'metric', core: true,
      label: 'names a business metric',
      lacking: 'no business-level metric (revenue, conversion, retention, cost, time saved)',
      phrases: [...BUSINESS_METRICS],
      with: [...OBJECTIVE_WORDS],
      inSection: [...BUSINESS_METRICS],
      unless: ['retention polic*|period*|window*', 'data retention', 'metrics and losses'],
    },
    {
      id: 'target', core: true,
      label: 'gives a numeric target',
      lacking: 'no numeric target (how much, by when)',
      phrases: [
        'reduce*|increase*|improve*|decrease*|lower*|cut*|boost*|grow*|raise*|lift*|save*|drop*|double|halve|move ... by|to|from #',
        'reduce*|increase*|improve*|decrease*|lower*|cut*|boost*|grow*|raise*|lift*|save*|saving* ... #',
        '# (%) increase|decrease|reduction|improvement|uplift|lift|growth|drop|fewer|more|less|lower|higher|saving*|savings',
        'target*|goal|aim|objective|kpi ... #', 'from # ... to #',
        'at least|most #', 'more|less|fewer than #', 'under|below|above|≥|≤|>|< #',
        '#x|#× (more|fewer|faster|higher|lower)', '$#|€#|£#',
      ],
      with: [...BUSINESS_METRICS],
      unless: ['target value*|variable*|column*|label*|class*', 'the target is'],
    },
    {
      id: 'objective',
      label: 'states the business objective',
      lacking: 'no business objective',
      phrases: [
        'business goal*|objective*|outcome*|value|impact|kpi*|okr*',
        'reduce*|increase*|improve*|decrease*|lower*|cut*|boost*|grow*|raise*|minimi*|maximi*|prevent*|avoid*|save* ... cost*|revenue|loss*|delay*|downtime|spend|risk|churn|workload|effort|sales|profit*|conversion*|engagement|retention|satisfaction|waste|stock-out*|stockout*|fraud|requests|tickets|calls|complaints|errors',
      ],
    },
    {
      id: 'time-frame',
      label: 'gives a time frame',
      lacking: 'no time frame',
      phrases: ['within|by|in|over (the) (next|first) # days|weeks|months|quarters|years', 'by q#', 'by (the) end of', 'year-over-year', 'in|within (the) next|first quarter|year'],
      with: [...BUSINESS_METRICS],
    },
  ],
  addressedWhen: [['metric', 'target']],
};
