// Checklist item: the ML task, its inputs and outputs, or the objective being optimised.
import type { ChecklistItem } from './item.js';

export const problemFraming: ChecklistItem = {
  id: 'problem-framing',
  title: 'Problem framing',
  area: 'framing',
  question: 'What exactly is the ML task?',
  rationale:
    'An ML problem is defined by its inputs, its outputs and the objective that guides learning. The framing (regression, binary, multiclass or multilabel classification, ranking, generation) decides what data and labels are needed and how easily the system adapts: a framing that needs retraining whenever a class is added is costly.',
  howToFix:
    'State the task type, what goes in and what comes out (e.g. "binary classification: given a transaction, output the probability that it is fraudulent"), and the objective or loss being optimised.',
  heading: /\b(?:problem (?:framing|formulation|definition|statement)|ml (?:task|problem|formulation|objective)|framing|task (?:definition|type)|(?:modell?ing )?approach|methodology|model(?:l?ing)?(?: design| choice| selection)?|solution)\b/i,
  strong:
    /\b(?:regression|(?:binary|multi-?class|multi-?label|multi-?output) (?:classification|classifier)|classif(?:y|ies|ied|ication|ier)|ranking|rank(?:s|ed)? (?:the|items|results|candidates)|recommend(?:ation|er|s|ing)?|retriev(?:al|e|es)|generat(?:ion|ive|es?) |forecast(?:s|ing)?|predict(?:s|ed|ing)? (?:the|whether|if|how|which|a|an|future|demand|sales|churn|remaining|probability|likelihood|number|price|duration|time|risk)|anomaly detection|detect(?:s|ing|ion of)? (?:anomal|fraud|faults?|harmful|defects?|objects?|glaucoma|disease)|clustering|segmentation|object detection|named entity|question answering|summari[sz]ation|translation|time[- ]series|remaining useful life|learning to rank|reinforcement learning|(?:loss|objective) function|cross[- ]entropy|target (?:variable|is|will be)|(?:model|system) (?:takes|outputs|returns|predicts)|(?:inputs?|outputs?) (?:is|are|will be|:)|llms?\b|large language models?|retrieval[- ]augmented|\brag\b|embeddings?|transformers?|neural network|gradient boost|xgboost|lightgbm|random forest|logistic regression|cnn|resnet|bert|gpt)\b/i,
  weak: /\b(?:model|predict(?:ion|ions)?|machine learning|ml)\b/i,
};
