// Checklist item: the business outcome the system serves and the metric that measures it.
import type { ChecklistItem } from './item.js';

/** Business-level quantities a system can move (not model metrics such as accuracy). */
export const BUSINESS_METRIC =
  /\b(?:revenue|sales|profit|margin|gmv|arpu|ltv|lifetime value|conversions?(?: rate)?|click[- ]?through(?: rate)?|ctr|retention(?! team)|churn|engagement|(?:daily|monthly|weekly) active users|dau|mau|bookings|orders|basket size|(?:operating |support |labou?r |maintenance )?costs?|savings?|saved|time saved|time to \w+|handling time|resolution time|turnaround|(?:fraud(?:ulent)?|financial|chargeback) (?:loss(?:es)?|rate)|losses|downtime|uptime of (?:the )?plant|stock-?outs?|waste|write-?offs?|customer satisfaction|csat|nps|net promoter|roi|return on investment|adoption|tickets?|escalations?|throughput of (?:staff|agents|analysts)|manual (?:review|workload|effort)|false (?:alarms|declines) cost|sign-?ups?|watch time|dwell time|session length|prevalence|impressions)\b/i;

/** A numeric target: a number with a unit, a comparison, or a change by an amount. */
export const NUMERIC_TARGET =
  /(?:\d[\d,.]*\s*(?:%|percent|pp|percentage points|x\b|k\b|m\b|bn?\b|million|billion|thousand|hours?|minutes?|days?|weeks?|seconds?|ms)|[$€£¥]\s?\d|\d\s?[$€£¥]|(?:by|to|at least|at most|under|below|above|over|than|≥|≤|>|<)\s*[$€£]?\d)/i;

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
  strong: new RegExp(`(?:${BUSINESS_METRIC.source}).{0,80}?${NUMERIC_TARGET.source}|${NUMERIC_TARGET.source}.{0,60}?(?:${BUSINESS_METRIC.source})`, 'i'),
  weak: new RegExp(
    `${BUSINESS_METRIC.source}|\\b(?:business (?:goal|objective|value|impact|metric|outcome)s?|(?:reduce|increase|improve|decrease|lower|cut|boost|grow|raise|minimi[sz]e|maximi[sz]e|prevent|avoid) (?:the )?(?:\\w+ ){0,3}(?:costs?|revenue|losses|delays|downtime|time|spend|spread|risk|churn|workload|effort|errors))\\b`,
    'i',
  ),
};
