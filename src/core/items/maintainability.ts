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
  facets: [
    {
      id: 'versioning', core: true,
      label: 'versions code, data or models',
      lacking: 'no versioning of code, data or models',
      phrases: [
        'versioning', 'versioned', 'version control', 'version* (the|each|every) code|data|model*|dataset*|feature*|artifact*|artefact*|pipeline*|prompt*',
        'model registry', 'mlflow', 'dvc', 'git-tracked|git-versioned', 'in git', 'weights & biases', 'wandb', 'experiment tracking', 'lineage', 'artifact|artefact store|registry',
      ],
    },
    {
      id: 'reproducibility', core: true,
      label: 'makes runs reproducible',
      lacking: 'nothing on reproducing a run',
      phrases: ['reproducib*', 'reproducible', 'reproduce (the|a|an|each|any|every) ... run*|result*|experiment*|training|model*|pipeline*|environment*|build*', 'random seed*', 'fixed seed*', 'pinned', 'docker*', 'containeri*', 'container image*|registry', 'infrastructure as code', 'terraform', 'helm', 'config file*', 'configuration file*', 'yaml config*', 'declarative'],
    },
    {
      id: 'ownership', core: true,
      label: 'names owners and documentation',
      lacking: 'no owner or documentation',
      phrases: ['ownership', 'owned by', 'maintained by', 'on-call rotation', 'owner of|for (the) model|pipeline|service|system|component', 'documentation of|for (the) model*|system|pipeline*|code|api|service*', 'documented in|by', 'design doc* ... kept|maintained|updated', 'runbook*', 'playbook*', 'model card*', 'handover|hand-over'],
    },
    {
      id: 'testing', core: true,
      label: 'tests it in CI',
      lacking: 'no tests or CI',
      phrases: ['unit test*', 'integration test*', 'test suite*', 'test coverage', 'ci/cd', 'ci', 'continuous integration|delivery', 'code review*', 'linter*', 'linting', 'type hints', 'pre-commit', 'regression test*'],
    },
    {
      id: 'modularity', core: true,
      label: 'splits it into modules',
      lacking: 'nothing on structure (modules, services)',
      phrases: ['modular*', 'microservice*', 'separate services|modules|components|repositories', 'refactor*', 'technical debt', 'decoupl*', 'loosely coupled', 'plug-in|plugin architecture', 'reusable components|modules'],
    },
    {
      id: 'mention',
      label: 'mentions maintainability',
      lacking: 'only a generic statement',
      phrases: ['maintainab*', 'maintain* (the) model*|system|code|pipeline*', 'maintained', 'maintenance', 'modular', 'simplicity', 'simple to maintain|operate|debug', 'onboard*', 'new team member*|engineer*|contributor*', 'code quality', 'clean code', 'best practices'],
      anyInSection: true,
    },
  ],
  addressedWhen: [['versioning'], ['reproducibility'], ['ownership'], ['testing'], ['modularity']],
};
