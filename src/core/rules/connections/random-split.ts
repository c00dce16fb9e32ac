// Connection: data ordered in time, split at random (the future leaks into training).
import type { Rule } from '../rule.js';
import { connection, lineOf, phrases, place, sentencesWith, says } from './find.js';

/** Data whose order in time matters: forecasts, sequences, behaviour that changes. */
/** Phrases that say the data is ordered in time. */
const TIME_ORDERED_LIST = [
  'forecast*',
  'time-series',
  'timestamp*',
  'temporal*',
  'seasonal*',
  'over time',
  'next # hours|days|weeks|months|quarters',
  'future sales|demand|churn|values|prices|behaviour|behavior|traffic|load',
  'churn*',
  'fraud*',
  'session-based',
  'sessions',
  'click-stream',
  'sequential',
  'sequence of',
  'historical ... transactions|orders|sales|events|logs|records|prices',
  'time-ordered',
  'event logs',
  'transaction|purchase history',
];
/** The loose ones: "over time" is as often an acronym's gloss or a figure of speech as a claim about the data. */
const LOOSE = new Set([
  'over time',
  'churn*',
  'fraud*',
  'session-based',
  'sessions',
  'sequential',
  'sequence of',
  'historical ... transactions|orders|sales|events|logs|records|prices',
]);
const TIME_ORDERED = phrases(TIME_ORDERED_LIST);
const TIME_ORDERED_CLEAR = phrases(TIME_ORDERED_LIST.filter((p) => !LOOSE.has(p)));
/** A split that ignores time. */
const RANDOM_SPLIT = phrases([
  'random* split*',
  'split* ... random*',
  'random* ... train ... test',
  'random # / #',
  'random #/#/#',
  'random #:#',
  'random #-#',
  'shuffl*',
  'randomly assign*|divid*|partition*|sampl*|select* ... train*|test*|validation|sets|folds',
  'train_test_split',
  'k-fold',
  'random hold-out',
]);
/** Words of a dataset split. */
const DATASET_WORDS = /\b(?:train\w*|test\w*|validat\w*|hold-?out|dev set|folds?|dataset|data set|data|rows|examples|samples|records)\b/i;
/** A split or validation that respects time. */
const TIME_SPLIT = phrases([
  'split* by|on time|date|week|month|day|timestamp|period',
  'time-based|temporal|chronolog*|time-aware|time-ordered split*|order*|validation|holdout|hold-out|cross-validation|evaluation|cut*',
  'out-of-time',
  'test*|validat*|evaluat*|hold* ... on|out ... last|latest|final|recent # days|weeks|months|years|quarters',
  'first|earliest # days|weeks|months|years|quarters ... train*',
  'train* on ... first|earliest # days|weeks|months|years|quarters',
  'hold-out the last|latest|final',
  'hold-out the most recent',
  'last|latest|final # days|weeks|months|years ... test*|validation|holdout|hold-out|evaluat*',
  'most recent # days|weeks|months|years',
  'train* on ... before|until|prior',
  'train* on ... up to',
  'test*|validat*|evaluat* on ... after|later|following|subsequent|future',
  'back-test*',
  'walk-forward',
  'rolling|expanding window*|origin',
  'timeseriessplit',
  'time-series split|cross-validation',
  'forward-chaining',
  'prequential',
  'train* ... earlier|older|before',
  'earlier|older than ... validat*|test*|holdout',
  'no|avoid* ... leakage',
  'leakage ... avoid*|prevent*',
  'cut-off date|time',
  // "The split is chronological."
  'split* is|are|was ... chronolog*|temporal|time-based|by time|by date',
]);

export const randomSplitTimeData: Rule = {
  meta: {
    id: 'random-split-time-data',
    title: 'Time-ordered data needs a split by time',
    group: 'connections',
    checklistItem: 'training-data',
    defaultSeverity: 'warning',
    rationale:
      'When the data is ordered in time (forecasting, fraud, churn, sessions), a random split puts later examples in training and earlier ones in the test set: the model learns from the future it is tested on, and the offline score overstates what production will see. Split by time (train on the past, validate and test on later periods) so the evaluation mirrors how the model is used.',
    howToFix:
      'Split train / validation / test by time (for example, train on months 1-10, validate on 11, test on 12), or say why order in time does not matter here.',
  },
  check(doc) {
    // The clearest statement of it (a timestamp, a forecast) before a loose one.
    const premise = sentencesWith(doc, TIME_ORDERED_CLEAR)[0] ?? sentencesWith(doc, TIME_ORDERED)[0];
    // A split of the data for training and testing, not the random groups of an online experiment.
    // (Not a split the doc rejects: "A random split would let future behaviour into training".)
    const split = sentencesWith(
      doc,
      RANDOM_SPLIT,
      (m, t) =>
        DATASET_WORDS.test(t) &&
        !/\b(?:control|treatment|target) groups?\b|\ba\/b\b/i.test(t) &&
        !/^\W*(?:\w+\W+){0,3}(?:would|could|might)\b/i.test(t.slice(m.index + m[0].length)),
    )[0];
    if (!premise || !split || says(doc, TIME_SPLIT)) return [];
    return [
      connection(
        split,
        `${place(doc, 'Data ordered in time', premise)}, but the split is random (line ${lineOf(doc, split.start)}): later examples leak into training; split by time instead.`,
        [{ hit: premise, message: 'data ordered in time' }],
        'training-data',
      ),
    ];
  },
};
