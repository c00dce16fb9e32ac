// Connection: a rare positive class, and a training or evaluation plan that ignores it.
import type { Rule } from '../rule.js';
import { connection, lineOf, phrases, place, sentencesWith, says, type Hit } from './find.js';
import { sectionAt } from '../../sections.js';

/** Words that say a class is rare or the labels are skewed. */
const RARE = phrases([
  'rare event*|class*|case*|positives|outcome*|label*|fraud|events',
  'class imbalance',
  'imbalanced class*|data|dataset*|label*|classes|problem|classification',
  'highly|heavily|severely|extremely|very imbalanced|skewed',
  'skewed class*|label*',
  'class*|label*|dataset|data ... are|is imbalanced|skewed',
  'needle in a haystack',
]);
/** A small share of something that names a class: "0.3% of card payments are fraudulent". */
const SHARE = /\b(\d+(?:\.\d+)?)\s?%\s+of\s+(?:all\s+|the\s+|our\s+)?[a-z-]+/gi;
const ONE_IN = /\b1\s+(?:in|out of)\s+(\d[\d,]*)\b/gi;
const CLASS_WORDS =
  /\b(?:fraud\w*|spam\w*|positive\w*|defect\w*|churn\w*|click\w*|convert\w*|conversion\w*|default\w*|anomal\w*|fail\w*|abus\w*|toxic\w*|harmful|attack\w*|intrusion\w*|disease\w*|cancer\w*|malignant|readmi\w*|incident\w*|outage\w*|chargeback\w*|scam\w*|bot\w*|fake\w*|violat\w*|flagged|malicious|phishing|events?|cases?|labell?ed)\b/i;
/** A plan for the imbalance: sampling, weighting, or metrics that see the rare class. */
const HANDLED = phrases([
  'stratif*',
  're-sampl*',
  'over-sampl*',
  'under-sampl*',
  'down-sampl*',
  'up-sampl*',
  'sub-sampl*',
  'smote',
  'adasyn',
  'class weight*',
  'class-weighted',
  'weighted (cross-entropy|binary) loss',
  're-weight*',
  'focal loss',
  'balanced mini-batch*|batch*|sampl*|dataset|classes|class',
  'cost-sensitive',
  'imbalance ... handl*|address*|correct*|mitigat*|deal*|account*',
  'handl*|address*|correct*|mitigat*|tackl*|counter* ... imbalance*|imbalanced',
  'imbalanced-learn|imblearn',
  'negative sampling',
  'hard negative*',
  'anomaly detection',
  'up-weight*|down-weight*',
  'balance|rebalance ... classes|class|labels|dataset|positives',
  // In other words: the rare examples count for more, or the common ones are thinned out.
  'weight of|equal to #',
  'higher|larger|extra|more|bigger weight*',
  'weight* ... in the loss',
  'count* (for) more',
  'keep* every|all ... and|plus ... random|fraction|share|#',
  'random # of the ... clean|negative*|healthy|majority|normal|legitimate|good',
]);
/** Metrics that see a rare class (or a regression's errors); accuracy alone does not. */
const RARE_AWARE_METRIC = phrases([
  'precision',
  'recall',
  'f1*',
  'f-score|f-measure|f-beta',
  'auc*',
  'roc',
  'pr-auc|auprc|aucpr',
  'average precision',
  'mcc',
  'matthews',
  'sensitivity',
  'specificity',
  'false|true positive*|negative*',
  'fpr|tpr|fnr',
  'kappa',
  'balanced accuracy',
  'detection|catch|hit|miss rate',
  'log-loss',
  'cross-entropy',
  'brier',
  'ndcg|mrr',
  'lift',
  'ks statistic',
  'confusion matrix',
  'false decline*|alarm*',
  // A regression's errors are not fooled by a majority class either.
  'wape|wmape|mape|mae|mse|rmse|smape',
  'mean absolute|squared error',
  'r-squared',
  'quantile|pinball loss',
  // The same, in words: how many of the rare cases are caught, how many flags are real.
  'share|fraction|proportion|percentage|number|how many ... caught|detected|flagged|found|missed|preceded',
  'share|fraction|proportion|percentage|number|how many ... of the|all ... alerts|flags|flagged|held ... are|were|turn* out|followed',
]);
const ACCURACY = phrases(['accuracy']);
/** A sentence that rejects accuracy ("is useless here", "would score 99.7%") does not use it. */
const REJECTS_ACCURACY =
  /\b(?:useless|misleading|meaningless|uninformative|not (?:a )?(?:good|useful|meaningful)|poor (?:metric|measure)|do(?:es)? not use|would score|would get|gets? \d)/i;

export const rareClassImbalance: Rule = {
  meta: {
    id: 'rare-class-imbalance',
    title: 'A rare class needs an imbalance plan',
    group: 'connections',
    checklistItem: 'training-data',
    defaultSeverity: 'warning',
    rationale:
      'When the positive class is rare (fraud, defects, churn), simple random sampling can leave too few positives in a training or test set, and a model that always predicts "no" scores a high accuracy while catching nothing. The doc that states a low prevalence should say how training copes with it (stratified sampling, re-weighting, resampling) and judge the model with metrics that see the rare class (precision and recall, PR-AUC), not accuracy alone.',
    howToFix:
      'Where the training data is described, say how the imbalance is handled (stratified splits, class weights, over- or under-sampling), and evaluate with precision / recall or PR-AUC at the operating point, not accuracy alone.',
  },
  check(doc) {
    const rare: Hit[] = [
      ...sentencesWith(doc, RARE),
      ...sentencesWith(doc, SHARE, (m, text) => Number(m[1]) > 0 && Number(m[1]) <= 10 && CLASS_WORDS.test(text)),
      // A small share under a heading that names the class ("Fraud rate": "~0.4% of transactions").
      ...sentencesWith(doc, SHARE, (m, text) => Number(m[1]) > 0 && Number(m[1]) <= 10 && !CLASS_WORDS.test(text)).filter((h) =>
        CLASS_WORDS.test(headingOver(doc, h.start)),
      ),
      ...sentencesWith(doc, ONE_IN, (m, text) => Number((m[1] as string).replace(/,/g, '')) >= 20 && CLASS_WORDS.test(text)),
    ].sort((a, b) => a.start - b.start);
    const premise = rare[0];
    if (!premise) return [];
    const handled = says(doc, HANDLED);
    // Accuracy as the model's metric ("data accuracy" of a record is something else).
    const accuracy = sentencesWith(
      doc,
      ACCURACY,
      (_, t) =>
        /\b(?:model|metric\w*|evaluat\w*|score\w*|test\w*|validat\w*|classif\w*|predict\w*|judged|measured)\b|\d\s?%/i.test(t) &&
        !/\bdata accuracy\b/i.test(t) &&
        !REJECTS_ACCURACY.test(t),
    );
    const accuracyOnly = accuracy.length > 0 && !says(doc, RARE_AWARE_METRIC);
    if (handled && !accuracyOnly) return [];
    const what = place(doc, 'a rare class', premise);
    if (!handled && accuracyOnly) {
      return [
        connection(
          accuracy[0]!,
          `${what}, but nothing on handling the imbalance, and accuracy (line ${lineOf(doc, accuracy[0]!.start)}) is the only metric: stratify or re-weight, and report precision / recall or PR-AUC.`,
          [{ hit: premise, message: 'the rare class' }],
          'training-data',
        ),
      ];
    }
    if (accuracyOnly) {
      return [
        connection(
          accuracy[0]!,
          `${what}, but accuracy is the only metric (line ${lineOf(doc, accuracy[0]!.start)}): a model that never predicts the rare class scores high on it; report precision / recall or PR-AUC.`,
          [{ hit: premise, message: 'the rare class' }],
          'evaluation',
        ),
      ];
    }
    return [
      connection(premise, `${what}, but the doc says nothing on handling the imbalance (stratified sampling, class weights, resampling).`, [], 'training-data'),
    ];
  },
};

/** The text of the innermost heading over an offset (not the title's: "Churn model" does not make every share a churn rate). */
function headingOver(doc: Parameters<Rule['check']>[0], offset: number): string {
  // A search, not a scan of every section per share: a long document has thousands of each.
  const k = sectionAt(doc.sections, offset);
  return k >= 0 && doc.sections[k]!.parent >= 0 ? doc.sections[k]!.heading.text : '';
}
