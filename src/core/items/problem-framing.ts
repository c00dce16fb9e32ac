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
  facets: [
    {
      id: 'task-type', core: true,
      label: 'states the task type',
      lacking: 'no task type (regression, classification, ranking, generation)',
      phrases: [
        'regression', 'binary|multi-class|multiclass|multi-label|multilabel|multi-output classification|classifier', 'classif*',
        'ranking', 'learning to rank', 'rank* the|items|results|candidates|documents', 'recommender|recommendation system*|model*|engine*', 'forecast*',
        'anomaly|outlier|fraud|fault|defect|object|change detection', 'detect* anomal*|fraud*|fault*|defect*|objects|disease*|spam|harmful|abuse',
        'clustering', 'segmentation', 'named entity', 'question answering', 'time-series', 'time series', 'sequence-to-sequence|seq2seq',
        'remaining useful life', 'reinforcement learning', 'survival analysis', 'estimat* the probability|likelihood|number|time|price',
        'predict* (the) whether|if|how|which|probability|likelihood|number|price|demand|sales|churn|remaining|risk|duration|time|future|next',
      ],
    },
    {
      id: 'generative-task', core: true,
      label: 'states what the model generates, retrieves or recommends',
      lacking: 'no task type',
      phrases: ['recommend*', 'retriev*', 'generat*', 'summari*', 'translat*', 'answer* questions', 'extract* entities|fields|information'],
      with: ['model*', 'llm*', 'system', 'ml', 'algorithm*', 'classifier*', 'network*', 'rag', 'embedding*', 'pipeline*', 'assistant', 'chatbot', 'bot'],
    },
    {
      id: 'inputs-outputs', core: true,
      label: 'says what goes in and what comes out',
      lacking: 'no inputs and outputs',
      phrases: [
        '(the|model|system) input* is|are|include*|consist*|:', '(the|model|system) input* will be', '(the|model|system) output* is|are|include*|:', '(the|model|system) output* will be',
        'model|system|classifier|network takes|outputs|returns|produces|predicts|scores|classifies|ranks|generates|receives',
        'given (a|an|the) ... predict*|classif*|output*|return*|rank*|estimate*|generat*',
        'target variable', 'the target|label is', 'the target|label will be', 'outputs (a|an|the) probability|score|class|label|ranking|list',
        'input features', 'features are|include', 'the features'
      ],
    },
    {
      id: 'objective', core: true,
      label: 'names the objective or loss',
      lacking: 'no objective or loss being optimised',
      phrases: ['loss function*', 'cross-entropy', 'objective function*', 'optimi* for', 'minimi* (the) loss|error', 'maximi* (the) likelihood|reward', 'hinge loss', 'triplet|contrastive|focal|quantile|pinball loss', 'mse|rmse|mae|log loss'],
      with: ['loss', 'optimi*', 'minimi*', 'maximi*', 'objective', 'train*'],
    },
    {
      id: 'model-family', core: true,
      label: 'names the model family',
      lacking: 'no model family',
      phrases: [
        'llm*', 'large language model*', 'retrieval-augmented', 'rag', 'embedding*', 'transformer*', 'neural network*', 'deep learning',
        'gradient boost*', 'xgboost', 'lightgbm', 'catboost', 'random forest*', 'logistic regression', 'linear regression', 'decision tree*',
        'cnn*', 'rnn*', 'lstm*', 'resnet*', 'bert', 'gpt*', 'two-tower', 'collaborative filtering', 'matrix factori*', 'arima', 'prophet',
        'naive bayes', 'svm*', 'support vector', 'k-means', 'autoencoder*', 'isolation forest', 'yolo*', 'u-net', 'vision transformer*',
      ],
    },
    {
      id: 'mention',
      label: 'mentions the model',
      lacking: 'only a passing mention',
      phrases: ['predict*', 'machine learning model', 'ml model'],
      anyInSection: true,
    },
  ],
  addressedWhen: [['task-type'], ['generative-task'], ['inputs-outputs'], ['objective'], ['model-family']],
};
