// Checklist item: how the system keeps working correctly when things go wrong.
import type { ChecklistItem } from './item.js';

export const reliability: ChecklistItem = {
  id: 'reliability',
  title: 'Reliability',
  area: 'requirements',
  question: 'How does it keep working correctly when things go wrong?',
  rationale:
    'A reliable system keeps performing the right function at the right level in the face of adversity: hardware or software faults, bad inputs, and the failures peculiar to ML, which are often silent (the service answers, but with wrong predictions). A design should say what happens when the model, its inputs or its dependencies fail.',
  howToFix:
    'State availability or error targets, the fallback when the model is down or unsure (a rule set, a previous model, a default), how bad or malformed inputs are handled, and how silent failures are caught.',
  heading: /\b(?:reliability|robustness|availability|fault[- ]tolerance|failure (?:modes?|handling|scenarios)|error handling|fallbacks?|resilience|disaster recovery)\b/i,
  facets: [
    {
      id: 'fallback', core: true,
      label: 'plans a fallback',
      lacking: 'no fallback when the model is down or unsure',
      phrases: [
        'fall-back*', 'falls|fell|falling back', 'use*|return*|serve*|revert*|switch* ... if|when|whenever ... unavailable|down|fails|times out|missing|unreachable', 'graceful* degrad*', 'degrade* gracefully', 'failover', 'redundant server*|instance*|replica*|node*|deployment*|copies|zones|regions', 'redundancy across',
        'retry|retries|retried', 'circuit breaker*', 'request|call|inference|model|api|service|upstream time-out*', 'time-out* ... fall*|default*|retr*|return*|serve*', 'rollback*', 'roll back', 'rolled|rolling back', 'safe default*',
        'default answer|response|value|prediction|score|model|rule*|ranking|list', 'manual override', 'kill switch',
        'previous|prior|older|stable model|version', 'last known good',
        'human review* ... low-confidence|uncertain|unsure', 'human review* ... low confidence', 'below (the) confidence threshold', 'escalat* ... human*|agent*|expert*|manual*',
      ],
    },
    {
      id: 'targets', core: true,
      label: 'sets availability or error targets',
      lacking: 'no availability or error targets',
      phrases: ['availability', 'uptime', 'sla|slas|slo|slos', '99.#|99%', 'error budget*', 'mtbf', 'mttr', 'recovery time', 'rto', 'rpo', 'nines'],
      unless: ['data availability', 'availability of'],
    },
    {
      id: 'bad-input', core: true,
      label: 'handles bad inputs and silent failures',
      lacking: 'nothing on bad inputs or silent failures',
      phrases: [
        'invalid|malformed|corrupt*|bad|unexpected|out-of-range|out-of-distribution|adversarial|unsupported input*|request*|values|file*|image*|payload*|queries',
        'input validation', 'validat* (the) input*|request*|payload*|schema*', 'schema check*|validation', 'silent* fail*', 'edge case*',
        'reject* (the|an|a) input|request|file|upload|image|query', 'wrong format*', 'sanity check*',
        'handl* (the) error*|failure*|exception*|outage*|invalid|missing|malformed|unknown', 'hallucinat*', 'confidence threshold*',
      ],
    },
    {
      id: 'resilience', core: true,
      label: 'plans for faults',
      lacking: 'nothing on faults and recovery',
      phrases: ['fault-toleran*', 'fault injection', 'disaster recovery', 'backup*', 'health-check*|healthcheck*', 'high-availability', 'outage*', 'incident response|management', 'chaos', 'replicated', 'multi-region|multi-zone'],
    },
    {
      id: 'mention',
      label: 'mentions reliability',
      lacking: 'only a generic statement',
      phrases: ['reliab*', 'resilien*', 'robust*', 'downtime', 'error handling', 'fail* gracefully', 'fail*', 'restart*', 'recover*'],
      anyInSection: true,
    },
  ],
  addressedWhen: [['fallback'], ['targets'], ['bad-input'], ['resilience']],
};
