// Checklist item: how the training set is built: sampling, splits, size and balance.
import type { ChecklistItem } from './item.js';

export const trainingData: ChecklistItem = {
  id: 'training-data',
  title: 'Training data',
  area: 'data',
  question: 'How is the training set built?',
  rationale:
    'How training data is sampled decides what the model learns. Non-probability samples (convenience, expert choice) are biased; simple random sampling can miss rare classes; stratified sampling keeps each group represented. Splits must keep future data out of training, and class imbalance needs a plan (resampling, class weights, the right metric).',
  howToFix:
    'Say how examples are sampled, how train / validation / test are split (by time where leakage is possible), how big the set is, and how class imbalance is handled.',
  heading: /\b(?:training (?:data|set|dataset)|datasets?|data (?:splits?|sampling|preparation)|sampling|splits?|train(?:ing)?\/test)\b/i,
  facets: [
    {
      id: 'split', core: true,
      label: 'splits train / validation / test',
      lacking: 'no train / validation / test split',
      phrases: [
        'train/validation', 'train/val', 'train/dev', 'train/test', 'train/val/test', 'train-test', 'validation|test|holdout|hold-out|dev|eval|evaluation set*|split*|data|dataset*|partition*', 'training set*|split*|partition*',
        'cross-validation', 'k-fold', 'split* (the) data|dataset|examples|samples|records|rows|sessions|transactions|labels', 'split* chronologically|randomly|temporally|80/20|70/30|#/#', 'split* by time|date|user|customer|patient|week|month|day|timestamp', 'split* into train*',
        'time-based|date-based|temporal|chronological split*', 'out-of-time', '#/#/# split', '#/# split',
      ],
    },
    {
      id: 'sampling', core: true,
      label: 'says how examples are sampled',
      lacking: 'nothing on sampling',
      phrases: ['stratif*', 'random|negative|weighted|importance|reservoir|uniform|hard-negative sampling', 'sampl* ... from|per|uniformly|randomly', 'data augmentation', 'augment* (the) data|dataset|training|images|examples|samples|set', 'augmented data|examples|samples|images', 'synthetic data|samples|examples', 'deduplicat*', 'filter* ... examples|samples|records'],
    },
    {
      id: 'size', core: true,
      label: 'gives the dataset size',
      lacking: 'no dataset size',
      phrases: ['# (k|m|million|thousand) (training) samples|examples|images|records|rows|instances|recordings|labeled|labelled|datapoints|pairs|documents|transactions|sessions|conversations|tickets', '# hours of audio|speech|video|recordings'],
    },
    {
      id: 'balance', core: true,
      label: 'handles class balance',
      lacking: 'nothing on class balance',
      phrases: ['down-sampl*|downsampl*|up-sampl*|upsampl*|under-sampl*|undersampl*|over-sampl*|oversampl*', 'smote', 'class imbalance|weight*|balance|distribution|ratio', 'imbalanc*', 'balanced classes|data|dataset', 'rare class*|event*', 'minority class*', 'positive|minority class (is|are) small|tiny|rare'],
      // How rare the positives are is a fact about the problem; under the training data's heading it
      // describes the training set's balance.
      inSection: ['positive rate', 'are|is rare ... #', 'only|about|around|roughly #% (of) ... are|is|were positive*|fraud*|churn*|defect*|anomal*', 'prevalence', '#% (of) (the) positive*|negative*|fraud*'],
    },
    {
      id: 'mention',
      label: 'mentions training data',
      lacking: 'only a generic mention',
      phrases: ['training data', 'train* on', 'dataset*', 'training set'],
      anyInSection: true,
    },
  ],
  addressedWhen: [['split'], ['sampling'], ['size'], ['balance']],
  notApplicable: [
    'no (model) training (is) needed|required', 'use|using|rely on|relies on|based on (a|an|the) (existing) (off-the-shelf) (open-source) pre-trained|pretrained model*|llm*|embeddings',
    'not (be) fine-tuned|trained|re-trained|retrained', 'without (any) training|fine-tuning', 'did|do not do any training|fine-tuning', 'no training|fine-tuning (is|was) needed|done|required|necessary',
  ],
};
