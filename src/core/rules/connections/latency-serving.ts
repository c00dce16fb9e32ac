// Connection: a per-request latency promise with batch prediction only, or online serving (or a wish for low
// latency) with no latency budget.
import type { Rule } from '../rule.js';
import { connection, lineOf, phrases, place, sentencesWith, says, saysLater } from './find.js';

/** A requirement that answers come per request, fast. */
const REALTIME = phrases([
  '# ms|milliseconds',
  'within # second*|sec|s',
  'real-time ... predict*|respon*|decision*|scor*|recommend*|answer*|result*|inference|request*|classif*|detect*|block*|rank*',
  'predict*|respon*|decision*|scor*|recommend*|answer*|result*|inference|classif*|detect*|rank* ... real-time',
  'per request',
  'at request time',
  'low-latency',
  'synchronous*',
  // "Immediate response" or "immediate action" is as often an on-call promise (P0: system down) as a
  // prediction's; decisions, answers and results are the prediction's.
  'immediate*|instant* decision*|block*|answer*|result*|prediction*|approval*|feedback',
]);
/** Batch prediction. */
const BATCH = phrases([
  'batch predict*|inference|scoring|job*|process*|pipeline|function|mode',
  'nightly|daily|hourly|weekly batch|job*|run*|scor*|predict*|inference',
  'pre-comput* ... predictions|scores|recommendations|results|rankings',
  'offline predict*|scoring|inference',
  'scheduled job*|batch*|run*',
  'cron',
  'predictions are written|stored|saved',
  'once a|per day',
  'every night',
]);
/** Online prediction. */
const ONLINE = phrases([
  'online predict*|inference|serving|scoring',
  'real-time inference|predict*|scor*|serving',
  'model|inference|prediction|serving|rest|api|http|sagemaker|vertex endpoint*',
  'rest|grpc|http api|service',
  'model server',
  'serving layer',
  'inference|prediction service',
  'serv* ... per request',
  'serv* ... on request|demand',
  // "Daily batch scores and on-demand scores for the UI": the on-demand half is online prediction.
  'on-demand|on-the-fly scor*|predict*|inference|serving|request*|answer*|result*|recommend*',
  'online latency',
  'streaming predict*|inference',
  'behind the|an api',
  'api call*',
  // A prediction endpoint is per-request serving (a web framework or model server alone is not: it may
  // run an asynchronous job, or a local prototype; nor is "train/inference skew").
  '/predict*|/classify',
  'prediction|inference|scoring|classification endpoint*',
]);
/**
 * The model's work done for each event as it happens ("the prediction is made per order"): not batch only,
 * whatever else runs nightly. (Read only to keep the batch-only finding quiet: premises widened from the
 * paraphrase set caught nothing more on unseen documents, see docs/connections.md.)
 */
const PER_EVENT = phrases([
  'on|for|at every|each page-view|page-load|request|query|search|order|transaction|message|scan|visit|call|keystroke',
  'per page-view|page-load|request|query|search|order|transaction|message|scan|visit',
  'synchronous* ... service|call*|request*|api',
]);
const MODEL_WORK = /\b(?:predict\w*|scor\w*|rank\w*|re-?rank\w*|infer\w*|model|classif\w*|estimat\w*|recommend\w*)\b/i;
/** Online serving put off to later ("Future enhancements: real-time stream processing"). */
const ONLINE_LATER = phrases(['real-time', 'online', 'stream*', 'live', 'per request', 'on-demand']);
/** A wish for fast answers with no number in it: latency matters, but how much? */
const LATENCY_WISH = phrases(['low-latency', 'reduce|minimi*|lower latency']);
/** A stated latency budget. */
const BUDGET = phrases([
  '# ms|milliseconds',
  '#ms|#msec',
  'latency ... #',
  '# ... latency',
  // A percentile or an SLA is a budget once it has a number: "track p95 latency" only names the metric.
  'p50|p90|p95|p99|p999 ... #',
  'sla|slo ... #',
  'latency budget|target|requirement*|slo',
  'within|under|below # second*|sec|s',
  '< # second*|sec|s|ms',
  'less than # second*|sec|s|ms|milliseconds',
  'at most # second*|sec|s|ms|milliseconds',
  'no more than # second*|sec|s|ms|milliseconds',
  'maximum|max # second*|sec|s|ms|milliseconds',
  'response time* ... #',
  '# second*|sec|s response*|latency',
  '# second*|sec|s per request',
  'time to first token',
]);

export const latencyServingMode: Rule = {
  meta: {
    id: 'latency-serving-mode',
    title: 'Latency and serving mode must agree',
    group: 'connections',
    checklistItem: 'deployment',
    defaultSeverity: 'warning',
    rationale:
      'Batch prediction computes predictions ahead of time on a schedule; online prediction computes them per request, when they are needed. A per-request latency requirement cannot be met by a nightly batch job alone (unless every request can be served from precomputed results), and online serving without a latency budget, or a wish for "low latency" with no number, leaves the model, the features and the infrastructure unsized.',
    howToFix:
      'Make the serving mode match the requirement: online prediction with a latency budget (p99 in ms at peak load) for per-request answers, or batch prediction with a stated freshness for answers that can wait.',
  },
  check(doc) {
    const realtime = sentencesWith(doc, REALTIME)[0];
    const batch = sentencesWith(doc, BATCH)[0];
    const online = sentencesWith(doc, ONLINE)[0];
    // Batch only: no online serving now, no per-event work of the model, none put off to later.
    const batchOnly = () => !online && !sentencesWith(doc, PER_EVENT, (_, t) => MODEL_WORK.test(t))[0] && !saysLater(doc, ONLINE_LATER);
    if (realtime && batch && batchOnly()) {
      return [
        connection(
          batch,
          `${place(doc, 'Answers are required per request', realtime)}, but prediction is batch only (line ${lineOf(doc, batch.start)}): serve online, or say how precomputed results meet the requirement.`,
          [{ hit: realtime, message: 'the latency requirement' }],
          'deployment',
        ),
      ];
    }
    if (online && !says(doc, BUDGET)) {
      return [
        connection(
          online,
          `${place(doc, 'Predictions are served online', online)}, but no latency budget is given anywhere: state the p99 latency the model and its features must meet.`,
          [],
          'deployment',
        ),
      ];
    }
    const wish = online ? undefined : sentencesWith(doc, LATENCY_WISH)[0];
    if (wish && !says(doc, BUDGET)) {
      return [
        connection(
          wish,
          `${place(doc, 'Low latency is wanted', wish)}, but no latency budget is given anywhere: say how fast (p99 in ms, or seconds per answer) so that the model and its serving can be sized.`,
          [],
          'deployment',
        ),
      ];
    }
    return [];
  },
};
