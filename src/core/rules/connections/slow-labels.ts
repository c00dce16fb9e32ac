// Connection: labels that arrive late, and monitoring or retraining that assumes they are there.
import type { Rule } from '../rule.js';
import { connection, hitAt, phrases, place, sentencesWith, says } from './find.js';

/** Labels (or outcomes that become labels) that arrive after a long delay. */
const LABEL_WORDS = /\b(?:label\w*|ground[- ]truth|chargeback\w*|defaults?|readmi\w*|repaid|repayment|outcomes? (?:arrive|is known|are known))\b/i;
const DELAY =
  /\b(\d+(?:\.\d+)?|a few|several|two|three|four|five|six|seven|nine|ten|twelve|thirty|ninety)\s*(?:-|to\s+\d+\s*)?\s*(days?|weeks?|months?|quarters?|years?)\b|\b(weeks|months|quarters|years)\s+(?:later|after|to arrive|of delay)\b/gi;
const WORDS: Record<string, number> = {
  'a few': 3,
  several: 3,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  nine: 9,
  ten: 10,
  twelve: 12,
  thirty: 30,
  ninety: 90,
};
const DAYS: Record<string, number> = { day: 1, week: 7, month: 30, quarter: 90, year: 365 };

/** Whether the sentence gives a delay of a week or more. */
function longDelay(text: string): boolean {
  DELAY.lastIndex = 0;
  for (let m = DELAY.exec(text); m; m = DELAY.exec(text)) {
    if (m[3]) return true;
    const n = Number(m[1]) || WORDS[(m[1] as string).toLowerCase()] || 1;
    if (n * (DAYS[(m[2] as string).toLowerCase().replace(/s$/, '')] ?? 0) >= 7) return true;
  }
  return false;
}
/** Words that put a metric in production: watched, tracked, alerted on. */
const WATCH = /\b(?:monitor\w*|watch\w*|track\w*|alert\w*|dashboard\w*|in production|live)\b/i;
const DELAY_WORDS = phrases([
  'after',
  'within',
  'take*|took',
  'arriv*',
  'delay*',
  'lag*',
  'until',
  'later',
  'wait*',
  'feedback loop',
  'come* in|back',
  'available',
  'known',
  'settle*|matur*',
]);
/** Monitoring that does not wait for labels: distributions, drift, proxies. */
const PROXY = phrases([
  'proxy|proxies',
  'leading indicator*|signal*',
  'drift',
  'distribution*',
  'population stability',
  'psi',
  'kl divergence',
  'kolmogorov*|chi-square|wasserstein|jensen*',
  'ks test',
  'prediction|score|output ... histogram*|shift*|mean|rate*',
  'input|feature ... statistics|shift*',
  'data quality',
  'early warning',
  'without|before (the) labels',
]);
/** Quality metrics that need labels. */
const LABEL_METRIC = phrases([
  'precision',
  'recall',
  'accuracy',
  'auc',
  'f1',
  'error rate',
  'rmse|mae|mape',
  'model performance|quality',
  'performance metric*',
]);
/** A retraining cadence faster than weeks. */
const FAST_RETRAIN = phrases([
  're-train*|update*|refresh* ... daily|hourly|nightly|continuous*|real-time',
  're-train*|update*|refresh* ... every|each day|hour|night',
  're-train*|update*|refresh* ... online learning',
  'daily|hourly|nightly|continuous* re-train*|updates|training',
  'online learning',
]);

export const slowLabelsNoProxy: Rule = {
  meta: {
    id: 'slow-labels-no-proxy',
    title: 'Slow labels need proxy monitoring',
    group: 'connections',
    checklistItem: 'monitoring',
    defaultSeverity: 'info',
    rationale:
      'Natural labels arrive only after a feedback delay: a chargeback can take months, a loan default years. Until they arrive, label-based metrics (precision, recall, accuracy) cannot see a model that has started to fail, and a model retrained faster than its labels arrive learns from incomplete data. Such a system needs monitoring that does not wait for labels (input and prediction distributions, drift tests, proxy signals) and a retraining cadence the labels can support.',
    howToFix:
      'Monitor what is available before the labels (prediction and input distributions, drift, proxy signals such as user reports), and tie the retraining cadence to when labels are complete.',
  },
  check(doc) {
    // The delay the labelling plan states, else any sentence that says labels take a week or more.
    const long = (t: string) => LABEL_WORDS.test(t) && longDelay(t);
    const planned = doc.items.find((i) => i.id === 'labelling-plan')?.facets.find((f) => f.id === 'delay')?.evidence ?? [];
    const fromPlan = planned.map((e) => hitAt(doc, e)).find((h) => long(h.text));
    const slow = fromPlan ?? sentencesWith(doc, DELAY_WORDS, (_, t) => long(t))[0];
    if (!slow) return [];
    // A label-based metric that production watches (not the offline evaluation's).
    const monitoring = doc.items.find((i) => i.id === 'monitoring')?.heading;
    const section = monitoring ? doc.sections.find((s) => s.heading.start === monitoring.start) : undefined;
    const labelMetric =
      sentencesWith(doc, LABEL_METRIC, (_, t) => WATCH.test(t))[0] ??
      (section ? sentencesWith(doc, LABEL_METRIC).find((h) => h.start >= section.heading.end && h.start < section.end) : undefined);
    const noProxy = labelMetric !== undefined && !says(doc, PROXY);
    const fast = sentencesWith(doc, FAST_RETRAIN)[0];
    if (!noProxy && !fast) return [];
    const what = place(doc, 'Labels arrive late', slow);
    if (fast && noProxy) {
      return [
        connection(
          slow,
          `${what}, yet quality is watched only through label-based metrics and the model is retrained faster than its labels arrive: monitor input and prediction distributions, and retrain when labels are complete.`,
          [
            { hit: labelMetric, message: 'a label-based metric' },
            { hit: fast, message: 'the retraining cadence' },
          ],
          'monitoring',
        ),
      ];
    }
    if (fast)
      return [
        connection(
          fast,
          `${what}, but the model is retrained faster than that: each update learns from labels that are not in yet.`,
          [{ hit: slow, message: 'the label delay' }],
          'adaptability',
        ),
      ];
    return [
      connection(
        labelMetric!,
        `${what}, but monitoring relies on label-based metrics only: add drift or distribution monitoring, or a proxy that arrives sooner.`,
        [{ hit: slow, message: 'the label delay' }],
        'monitoring',
      ),
    ];
  },
};
