// Checklist item: whether other people can work on the system and reproduce its results.
import type { ChecklistItem } from './item.js';

export const maintainability: ChecklistItem = {
  id: 'maintainability',
  title: 'Maintainability',
  area: 'requirements',
  question: 'Can other people work on it and reproduce it?',
  rationale:
    'Many people with different backgrounds work on an ML system: ML engineers, DevOps, subject-matter experts. Workloads and infrastructure should be structured so that they can all contribute with their own tools, and so that code, data and models are versioned and results can be reproduced when the original author is not around.',
  howToFix:
    'Cover versioning of code, data and models, how a run is reproduced, ownership, documentation, tests or CI, and how the code is split into modules.',
  heading: /\b(?:maintainab\w*|reproducib\w*|versioning|ownership|code quality|testing|ci\/cd|mlops|technical debt|documentation)\b/i,
  strong:
    /\b(?:version(?:ed|ing|s)?|git(?:hub|lab)?|mlflow|dvc|weights (?:&|and) biases|wandb|model registry|experiment tracking|reproduc\w+|docker\w*|containeri[sz]\w*|ci\/cd|\bci\b|continuous (?:integration|delivery|deployment)|unit tests?|integration tests?|test (?:suite|coverage)|code reviews?|documentation|documented|runbooks?|owners?(?:hip)?|owned by|maintain(?:ed|s) by|on-?call rotation|modular\w*|microservices?|separate (?:services|modules|components)|refactor\w*|linters?|type hints|infrastructure as code|terraform|helm|seeds?|pinned|lineage|audit (?:trail|logs?)|traceab\w+|technical debt|config(?:uration)? files?|yaml configs?)\b/i,
  weak: /\bmaintain(?:able|ability|ed|ing)?\b/i,
};
