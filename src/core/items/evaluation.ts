// Checklist item: how we will know the model is good, offline and online.
import type { ChecklistItem } from './item.js';

/** Metric words used of something other than a model: a product recall, the accuracy of records. */
const NOT_MODEL_METRICS: readonly string[] = ['data accuracy', 'product|safety|vehicle|food recall*', 'accuracy of (the) ... labels|records|addresses|inventory|entries|prices|printing|measurements|sensors'];

export const evaluation: ChecklistItem = {
  id: 'evaluation',
  title: 'Evaluation',
  area: 'lifecycle',
  question: 'How will we know the model is good?',
  rationale:
    'A model is only as good as the evidence for it: offline metrics on a held-out test set chosen to match the problem (precision and recall for imbalanced classes, NDCG for ranking, RMSE for regression), comparison against a simple baseline, and online evaluation (A/B tests, canaries) because offline gains do not always carry over to the business metric.',
  howToFix:
    'Name the offline metrics and the test set, the baseline the model must beat, and how it will be evaluated online (A/B test, shadow, canary) before full rollout.',
  heading: /\b(?:evaluation|metrics|offline metrics|online metrics|validation|testing|experiments?|results|a\/b|success criteria|model performance)\b/i,
  facets: [
    {
      id: 'offline-metric', core: true,
      label: 'names offline metrics',
      lacking: 'no offline metric matched to the task',
      phrases: [
        'precision', 'recall', 'f1', 'f-score|f-measure', 'auc', 'roc', 'pr-auc', 'accuracy', 'ndcg*', 'map@*', 'mean average precision', 'mrr', 'hit rate',
        'hitrate', 'rmse', 'mae', 'mape', 'smape', 'wape', 'mse', 'r2', 'r²', 'log-loss', 'logloss', 'perplexity', 'bleu', 'rouge*', 'wer', 'iou',
        'bertscore', 'faithfulness', 'groundedness', 'answer relevance', 'confusion matrix', 'calibrat*', 'sensitivity', 'specificity', 'top-#', '@#',
        'quantile loss', 'pinball', 'dice coefficient', 'exact match', 'brier',
      ],
      unless: NOT_MODEL_METRICS,
    },
    {
      id: 'online', core: true,
      label: 'plans online evaluation',
      lacking: 'no online evaluation (A/B test, canary, interleaving)',
      phrases: ['a/b', 'ab test*', 'online experiment*|test*|evaluation|metric*', 'interleav*', 'split test*', 'bandit*', 'user study|studies', 'pilot study|test|launch|group|deployment'],
    },
    {
      id: 'baseline', core: true,
      label: 'compares against a baseline or test set',
      lacking: 'no baseline or held-out test set',
      phrases: [
        'baseline*', 'benchmark*', 'hold-out|holdout', 'test set*', 'held-out', 'back-test*|backtest*', 'offline evaluation|metric*|test*',
        'evaluat* on|against|with|using|by', 'error analysis', 'human evaluation|judg*|rating*', 'golden set|dataset', 'eval set*', 'llm-as-a-judge',
      ],
      unless: ['split* ... into|by|chronologically|randomly|temporally'],
    },
    {
      id: 'mention',
      label: 'mentions evaluation',
      lacking: 'only a generic mention',
      phrases: ['evaluat*', 'metric*', 'accuracy', 'measure* success|performance|quality'],
      unless: NOT_MODEL_METRICS,
      anyInSection: true,
    },
  ],
  addressedWhen: [['offline-metric'], ['online'], ['baseline']],
};
