// Checklist item: where the labels come from and how good they are.
import type { ChecklistItem } from './item.js';

/** Hand labelling by people. */
export const HAND_LABEL_PHRASES: readonly string[] = [
  'hand-label*', 'manual* label*|annotat*|tagg*', 'human label*|annotat*|raters|reviewers|experts|labelers|labellers', 'annotators', 'labelers|labellers',
  'crowd-sourc*|crowdsourc*|crowd workers', 'mechanical turk', 'expert annotation|review|labels|labelling|labeling',
  'graded|screened|annotated|labeled|labelled|reviewed|tagged|verified by ... experts|specialists|doctors|clinicians|annotators|analysts|contractors|humans|agents|moderators|radiologists',
  'labelbox', 'label studio', 'scale ai', 'annotation tool|platform|team|vendor',
];
/** Labels that come from the system's own outcomes. */
export const NATURAL_LABEL_PHRASES: readonly string[] = [
  'natural* label*', 'naturally occurring label*', 'label* are|is natural', 'implicit feedback|label*', 'explicit feedback',
  'clicks|purchases|chargebacks|returns|outcomes|conversions|actions|ratings|refunds|cancellations|interactions as|are|serve|become|provide ... label*|target*', 'clicks|purchases|chargebacks|returns|outcomes|conversions|actions|ratings|refunds|cancellations|interactions as|are|serve|become|provide ... ground truth',
  'label* (are|is) derived|inferred|taken from', 'label* is|are .... taken|derived|inferred|read|pulled|computed|extracted from', 'derived|inferred (directly) from (the) ... history|logs|outcomes|transactions|records',
  'chargeback*', 'confirmed fraud', 'user corrections', 'thumbs up|down',
];
/** Labels made by programs: heuristics, weak supervision, models. */
export const PROGRAMMATIC_LABEL_PHRASES: readonly string[] = [
  'weak* supervis*', 'programmatic* label*', 'label* function*', 'snorkel', 'pseudo-label*', 'distant supervision', 'semi-supervised', 'silver label*', 'auto-label*|autolabel*',
];
/** How label quality is checked. */
export const LABEL_QUALITY_PHRASES: readonly string[] = [
  'inter-annotator|inter-rater', 'agreement', 'disagree*', 'kappa', 'adjudicat*', 'consensus', 'majority vote',
  'multiple|two|three|several annotators|labelers|labellers|raters|reviewers', 'label multiplicity', 'label|annotation|data lineage', 'lineage of|for (the) labels|annotations', 'label|annotation provenance',
  'label* quality', 'quality check*|control|review*|assurance', 'gold set|standard|labels', 'label|annotation audit*', 'audit* ... label*|annotation*|tags|ratings|grades', 'second review*|reviewer|opinion',
  'double-label*', 'labeling|labelling|annotation guideline*', 'label noise', 'noisy label*', 'spot-check*',
];
/** How long natural labels take to arrive. */
export const LABEL_DELAY_PHRASES: readonly string[] = [
  'feedback delay|window|lag', 'feedback loop length', 'label delay|lag|latency', 'delayed label*|feedback', 'delay* of # (hours|days|weeks|months)',
  'after|within|takes|take (about) # minutes|hours|days|weeks|months', 'up to (about) # minutes|hours|days|weeks|months', '# minutes|hours|days|weeks|months later|after',
  '# minutes|hours|days|weeks|months to arrive|mature|settle|come', 'arrive* ... later|after|weeks|months|days',
];

export const labellingPlan: ChecklistItem = {
  id: 'labelling-plan',
  title: 'Labelling plan',
  area: 'data',
  question: 'Where do the labels come from, and how good are they?',
  rationale:
    'Supervised models need labels. Hand labels are expensive and slow, need subject-matter experts, and bring label multiplicity (annotators disagree), so a plan for disagreement and data lineage is needed. Natural labels come from the system\'s own outcomes but arrive after a feedback delay. Programmatic labelling trades quality for scale.',
  howToFix:
    'Name the label source: hand labels (who, cost, quality checks, how disagreement is resolved), natural labels (which signal, how long the feedback delay is) or programmatic labelling; or say why no labels are needed.',
  heading: /\b(?:label(?:l)?ing|labels|annotations?|ground truth|targets?)\b/i,
  facets: [
    {
      id: 'source', core: true,
      label: 'names the label source',
      lacking: 'no label source (hand labels, natural labels, programmatic labelling)',
      phrases: [...HAND_LABEL_PHRASES, ...NATURAL_LABEL_PHRASES, ...PROGRAMMATIC_LABEL_PHRASES, 'ground-truth', 'ground truth', 'labels come|comes|are from|from', 'labeled|labelled by|from', 'label* source*', 'create*|generat*|deriv*|build*|construct*|produce* (the) labels ... from|using|by|with|when|if', 'labels are created|generated|derived|built|constructed|produced ... from|using|by|with|when|if'],
      unless: ['labeled|labelled|classified|flagged|marked|tagged by (the|a|an|our) ... model|algorithm|system|classifier|detector'],
    },
    {
      id: 'quality', core: true,
      label: 'checks label quality',
      lacking: 'no label quality plan (agreement, review, disagreement)',
      phrases: [...LABEL_QUALITY_PHRASES],
      with: ['label*', 'annotat*', 'tag*', 'rating*', 'rater*', 'reviewer*', 'ground truth', 'gold', 'guideline*', 'kappa', 'adjudicat*', 'disagree*', 'lineage', 'provenance', 'expert*', 'clinician*', 'doctor*'],
    },
    {
      id: 'delay',
      label: 'states the feedback delay',
      lacking: 'no feedback delay for natural labels',
      phrases: [...LABEL_DELAY_PHRASES],
      with: ['label*', 'feedback', 'outcome*', 'ground truth', 'chargeback*', 'confirm*', 'arriv*'],
    },
    {
      id: 'cost',
      label: 'says who labels and at what cost',
      lacking: 'nothing on who labels and at what cost',
      phrases: ['label*|annotat* cost*|budget*|time|effort|hours', 'cost* ... per label|annotation|example|image|item|hour', 'cost* ... to annotate|label|review', '$#|€#|£# per label|annotation|image|example|item|hour', 'annotator*|labeler*|labeller*|experts|contractors|vendor ... hour*|cost*|paid|budget*|trained'],
    },
    {
      id: 'mention',
      label: 'mentions labels',
      lacking: 'only a passing mention',
      phrases: ['label*', 'annotat*'],
      anyInSection: true,
      unless: ['labeled|labelled|classified|flagged|marked|tagged by (the|a|an|our) ... model|algorithm|system|classifier|detector', 'label* (the) ... as|with (the) predict*', 'annotat* with metadata|tags|timestamps|coordinates', 'shelf|price|product|printed|shipping label*', 'label printer*'],
    },
  ],
  addressedWhen: [['source', 'quality'], ['source', 'delay'], ['source', 'cost']],
  notApplicable: [
    'no (extra|additional|manual) labels|labelling|labeling|annotation* (is|are) needed|required|necessary',
    'don\'t|do not|doesn\'t|does not|won\'t|will not need|require (extra|any|additional) (data) labels|labelling|labeling|annotation*',
    'model|approach|method|task is|are unsupervised|self-supervised', 'unsupervised|self-supervised ... so|therefore|hence|because ... no|without label*',
    'no labels are|is needed|required|necessary|used', 'no labels:', 'does not need|require labels', 'did|do not do any training|fine-tuning', 'without (any) training|fine-tuning', 'no training|fine-tuning (is|was) needed|done|required|necessary',
  ],
};
