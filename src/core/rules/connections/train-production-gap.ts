// Connection: training data from another population, period or source than production, with no plan for the gap.
import type { Rule } from '../rule.js';
import { connection, hitAt, lineOf, phrases, place, sentencesWith, says } from './find.js';

/**
 * Training data that is not production data. (Not "scraped" or "crawled": that says how data was gathered,
 * not that it comes from another population; a chatbot's own site, scraped, is its production domain.)
 */
const OTHER_DATA = phrases([
  'public|open|open-source|benchmark|academic|research dataset*|corpus|corpora|data',
  'kaggle',
  'synthetic data|dataset*|examples|records|samples|telemetry',
  'simulated data|dataset*',
  'from another|other hospital*|region*|country|countries|market*|domain|population|platform|company|companies|site*|clinic*|language*|city|cities',
  'from a different hospital*|region*|country|market*|domain|population|platform|company|site*|clinic*|language*|city',
  'pre-pandemic',
  'lab|laboratory|controlled conditions',
]);
/** A plan to check or close the gap between training and production data. */
const GAP_PLAN = phrases([
  'distribution|domain|dataset|covariate shift',
  'domain adaptation',
  'fine-tun* ... our|own|in-house|production|real|internal|customer*|local|proprietary|collected',
  'validat*|evaluat*|test* ... on|against|with ... production|real|in-house|internal|our|customer|local|live|real-world|proprietary',
  'compare* ... distribution*',
  'pilot',
  'shadow',
  'gap between',
  'training|train-serving skew',
  'training|train-serve skew',
  'collect* ... our|in-house|production|real',
  'replace* ... with ... production|real|our',
  'validat*|evaluat*|test*|fine-tun* ... from ... partner*|target|deploy*|production|client*|customer*|site*|clinic*|hospital*|store*|users',
  'mirror* production',
  'same distribution',
  'reflect* ... production|real',
  // The author has seen the gap: inputs "outside the distribution of the training data".
  'out-of-distribution',
  'outside (of) the|its ... distribution',
  'incorporat*|add* ... user|production feedback|data ... training|dataset|database',
]);

export const trainProductionGap: Rule = {
  meta: {
    id: 'train-production-gap',
    title: 'Training data should look like production',
    group: 'connections',
    checklistItem: 'training-data',
    defaultSeverity: 'info',
    rationale:
      'A model can only predict what it has seen: its training data has to be reflective of what it will meet in production. Data from a public benchmark, another region, hospital or period, or a simulator, differs from production in ways that offline scores do not show. The design should say how the gap is checked (validation on production-like data, a pilot, distribution comparisons) and closed (fine-tuning on in-house data, collecting it).',
    howToFix:
      'Say how far the training data is from production and how that is checked (a validation set drawn from production, a shadow or pilot period, distribution comparisons), and how the gap is closed (fine-tuning or retraining on collected production data).',
  },
  check(doc) {
    // Data the model learns from (not, say, pages scraped at run time to be classified).
    const other = sentencesWith(doc, OTHER_DATA, (_, t) =>
      /\b(?:train\w*|dataset\w*|data ?set|corpus|corpora|fine-?tun\w*|learn\w*|label\w*|proxy for)\b/i.test(t),
    )[0];
    if (!other || says(doc, GAP_PLAN)) return [];
    // The other side: where the model meets production. A research write-up or a course project that
    // never deploys anything has no production data to differ from.
    const deployment = doc.items.find((i) => i.id === 'deployment');
    const span = deployment && deployment.status !== 'missing' ? deployment.evidence[0] : undefined;
    if (!span) return [];
    const production = hitAt(doc, span);
    return [
      connection(
        other,
        `${place(doc, 'The training data comes from elsewhere', other)}, while the model is to run in production (line ${lineOf(doc, production.start)}), but nothing says how the two compare or how the gap is checked or closed.`,
        [{ hit: production, message: 'where the model runs in production' }],
        'training-data',
      ),
    ];
  },
};
