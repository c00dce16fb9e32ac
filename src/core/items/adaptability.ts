// Checklist item: how the system adapts when data or needs change.
import type { ChecklistItem } from './item.js';

/** Updates a product sends people (a newsletter, a weekly summary), not updates of the model. */
const PRODUCT_UPDATES: readonly string[] = [
  'update* about|on their|his|her|your',
  'status update*',
  'newsletter*',
  'receive* ... updates about',
  'email*|message*|notif* ... update*',
];

export const adaptability: ChecklistItem = {
  id: 'adaptability',
  title: 'Adaptability',
  area: 'requirements',
  question: 'How does it adapt when data or needs change?',
  rationale:
    'Data distributions and business needs keep shifting, so an ML system is never finished: it should discover what to improve and update without interrupting service. A design needs a plan for retraining or continual learning, what triggers an update, and how feedback flows back into the model.',
  howToFix:
    'Say how and when the model is updated (a schedule or a trigger such as drift or a metric drop), how feedback and new labels flow back, and how behaviour can be changed quickly (switching models, thresholds, feature flags).',
  heading: /\b(?:adaptab\w*|continual learning|retrain\w*|model updates?|updates|iterations?|feedback loops?|lifecycle|improvements?)\b/i,
  facets: [
    {
      id: 'retraining',
      core: true,
      label: 'plans retraining',
      lacking: 'no retraining or update plan',
      phrases: [
        're-train*|retrain*',
        'continual|continuous|online|incremental learning|training',
        'incremental update*',
        'model update*|refresh*',
        'updat* (the) model*|weights|index|embeddings',
        'refresh* (the) model*|index|embeddings|features',
        're-index*|reindex*',
        'fine-tun* ... periodically|regularly|again|new data',
        'champion*|challenger*',
      ],
    },
    {
      id: 'cadence',
      label: 'sets a cadence or trigger',
      lacking: 'no update cadence or trigger',
      unless: PRODUCT_UPDATES,
      phrases: [
        'daily|weekly|monthly|quarterly|nightly|periodic*|regular*|scheduled|automat* (re-)training|retraining|updates|refresh*|re-index*|reindex*',
        'retrain*|re-train*|update*|refresh*|re-index*|reindex*|redeploy*|fine-tun*|train* ... every # hours|days|weeks|months',
        'retrain*|re-train*|update*|refresh*|re-index*|reindex*|redeploy*|fine-tun*|train* ... every day|week|month|quarter|night',
        'update*|refresh*|retrain*|re-train* ... daily|weekly|monthly|quarterly|nightly|yearly|annually|regularly|periodically',
        'daily|weekly|monthly|quarterly|nightly|yearly|annual|regular|periodic updates|refresh*',
        'trigger* ... retrain*|update*|re-index*|rollback|refresh*',
        'retrain* ... when|if|once|after|every|on ... drift*|drop*|degrad*|fall*|threshold*|schedule*',
        'retrain* ... new data',
      ],
    },
    {
      id: 'feedback',
      label: 'feeds outcomes back',
      lacking: 'no feedback loop',
      phrases: [
        'feedback loop*',
        'user|human|customer|employee|analyst|reviewer|agent|clinician|doctor feedback',
        'human-in-the-loop',
        'active learning',
        'outcomes|labels|corrections|feedback flow|flows|feed|go|goes back',
        'outcomes|labels|corrections|feedback are fed back',
        'feed* back into',
      ],
    },
    {
      id: 'quick-change',
      core: true,
      label: 'can change behaviour quickly',
      lacking: 'no way to change behaviour quickly (feature flags, model switching)',
      phrases: [
        'feature flag*',
        'swap* (the) model*',
        'switch* between|to|from ... model*|algorithm*|versions',
        'hot-swap*',
        'configurable threshold*',
        'thresholds can be changed|adjusted|tuned',
      ],
    },
    {
      id: 'mention',
      label: 'mentions adapting over time',
      lacking: 'only a generic statement',
      unless: PRODUCT_UPDATES,
      phrases: [
        'adaptab*',
        'adapt*',
        'evolv*',
        'update*',
        'new data',
        'updat* (the) model*|system',
        'improv* over time',
        'concept drift',
        'real-time|online|incremental|continuous updates',
      ],
      anyInSection: true,
    },
  ],
  addressedWhen: [['retraining'], ['quick-change'], ['cadence']],
};
