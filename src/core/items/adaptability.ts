// Checklist item: how the system adapts when data or needs change.
import type { ChecklistItem } from './item.js';

export const adaptability: ChecklistItem = {
  id: 'adaptability',
  title: 'Adaptability',
  area: 'requirements',
  question: 'How does it adapt when data or needs change?',
  rationale:
    'Data distributions and business needs keep shifting, so an ML system is never finished: it should discover what to improve and update without interrupting service. A design needs a plan for retraining or continual learning, what triggers an update, and how feedback flows back into the model.',
  howToFix:
    'Say how and when the model is updated (a schedule or a trigger such as drift or a metric drop), how feedback and new labels flow back, and how behaviour can be changed quickly (switching models, thresholds, feature flags).',
  heading: /\b(?:adaptab\w*|continual learning|retrain\w*|model updates?|updates|iterations?|feedback loops?|lifecycle|improvements?|future work)\b/i,
  strong:
    /\b(?:re-?train(?:s|ed|ing)?|continual (?:learning|training)|continuous (?:training|learning)|online learning|incremental (?:learning|training|updates?)|fine-?tun(?:e|ed|ing) (?:periodically|regularly|on new|again)|(?:daily|weekly|monthly|quarterly|nightly|yearly|periodic(?:al)?(?:ly)?|regular(?:ly)?|scheduled|automated|automatic(?:ally)?) (?:re-?)?(?:training|retraining|updates?|refresh\w*|evaluation)|updat(?:e|es|ed|ing) (?:the )?models?|model (?:updates?|refresh\w*)|refresh(?:es|ed)? (?:the )?(?:model|index|embeddings)|feedback loops?|(?:user|human|customer|employee|analyst) feedback|human[- ]in[- ]the[- ]loop|active learning|re-?index\w*|triggers? (?:a |an )?(?:re-?train\w*|update|re-?index\w*|rollback)|concept drift|champion|challenger|swap(?:ping)? (?:the )?models?|switch(?:ing)? (?:from one|between|to (?:a |another )?(?:new )?)(?:models?|algorithms?)|feature flags?|new (?:data|classes|categories|labels|outcomes) (?:arrive|appear|flow|are added)|(?:outcomes?|labels?|corrections?) (?:flow|are fed|feed|go) back|(?:updates?|releases?) (?:at least )?(?:every|each|quarterly|monthly|weekly)|model (?:is |are )?(?:re)?deployed (?:again|regularly))\b/i,
  weak: /\b(?:adapt(?:s|ed|able|ability|ive)?|evolv\w+|iterat\w+|improv(?:e|ed|es|ing) over time)\b/i,
};
