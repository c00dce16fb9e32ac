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
  strong:
    /\b(?:fallbacks?|falls? back|fell back|falling back|graceful(?:ly)? degrad\w*|degrades? gracefully|availability|uptime|slas?|slos?|9{2,3}(?:\.\d+)?\s?%|failover|redundan\w+|retr(?:y|ies|ied)|circuit[- ]breakers?|time-?outs?|roll ?backs?|roll(?:ed|ing)? back|error (?:rates?|budgets?|handling)|handl(?:e|es|ed|ing) (?:errors?|failures?|invalid|bad|malformed|missing|corrupt\w*|outages?|exceptions?)|invalid inputs?|input validation|validat(?:e|es|ed|ion of) (?:the )?(?:inputs?|requests?|payloads?|schemas?)|silent(?:ly)? fail\w*|fault[- ]toleran\w+|fault injection|disaster recovery|backups?|health[- ]?checks?|incidents?|outages?|reject(?:s|ed)? (?:the |an? )?(?:input|request|file|upload)|wrong (?:file )?formats?|edge cases?|robust(?:ness)?|high[- ]availability|hallucinat\w+|guardrails?|safe defaults?|manual override|human review of low[- ]confidence)\b/i,
  weak: /\breliab(?:le|ility)\b|\b(?:fails?|failures?|errors?)\b/i,
};
