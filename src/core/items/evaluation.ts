// Checklist item: how we will know the model is good, offline and online.
import type { ChecklistItem } from './item.js';

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
  strong:
    /\b(?:precision|recall|f1|f-?(?:score|measure)|auc|roc|pr[- ]?auc|accuracy|ndcg|map@?\d*|mrr|hit ?rate|rmse|mae|mape|smape|wape|mse|r2|r²|log[- ]?loss|perplexity|bleu|rouge|wer|iou|bertscore|faithfulness|a\/b[- ]?tests?(?:ing)?|ab[- ]tests?|online (?:experiments?|tests?|evaluation|metrics)|offline (?:evaluation|metrics?|tests?)|hold-?out|back-?test(?:s|ing)?|baselines?|benchmarks?|evaluat(?:e|ed|es|ion) (?:on|against|with|using|by)|interleaving|human (?:evaluation|judg\w+|ratings?)|confusion matrix|calibrat\w+|sensitivity|specificity|top-\d+|@\d+|error analysis|quantile loss|pinball)\b/i,
  weak: /\b(?:metrics?|evaluat\w+|measur\w+|performance)\b/i,
};
