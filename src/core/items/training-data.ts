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
  strong:
    /\b(?:train(?:ing)?\s*[/,-]\s*(?:validation|val|dev|test)|(?:training|validation|test|holdout|hold-out|dev|eval(?:uation)?) (?:sets?|splits?|data(?:sets?)?|partitions?)|cross[- ]validation|k[- ]fold|\bk ?= ?\d+|split(?:s|ting)? (?:the )?(?:data|dataset|by|into|chronologically|randomly)|(?:time|date|temporal)[- ]based splits?|out-of-time|stratif(?:ied|y|ication)|(?:random|simple random|negative|weighted|importance|reservoir) sampling|(?:down|up|under|over)-?sampl\w+|smote|class (?:imbalance|weights?|balance|distribution)|(?:im)?balanced (?:classes|data(?:set)?)|augment(?:ation|ed|ing)|synthetic (?:data|samples|examples)|\d[\d,.]*\s*(?:k|m|million|thousand)?\s*(?:training )?(?:samples|examples|images|records|rows|instances|recordings|labell?ed|data points|pairs))\b/i,
  weak: /\b(?:training data|train(?:ed|ing)? on|dataset)\b/i,
  notApplicable:
    /\b(?:no (?:model )?training (?:is )?(?:needed|required)|(?:use|using|rely on|relies on|based on) (?:an? |the )?(?:existing |off-the-shelf |open[- ]source )?pre-?trained (?:models?|llms?|embeddings?)|not (?:be )?(?:fine-?tuned|trained|re-?trained)|without (?:any )?(?:training|fine-?tuning))\b/i,
};
