// Checklist item: who has a stake in the system and what each of them wants.
import type { ChecklistItem } from './item.js';

export const stakeholders: ChecklistItem = {
  id: 'stakeholders',
  title: 'Stakeholders',
  area: 'framing',
  question: 'Who has a stake, and what does each want?',
  rationale:
    'An ML system serves several stakeholders whose requirements often conflict: engineers may want speed, sales a higher commission, product lower latency. Naming them and what each needs is what lets a design make its trade-offs on purpose instead of by accident.',
  howToFix:
    'List the stakeholders (users, product, engineering, operations, legal or compliance, owners) and what each needs from the system; note where their needs conflict.',
  heading: /\b(?:stakeholders?|users?|personas?|customers?|audience|who (?:is|are) (?:it|this) for|target (?:users|audience)|owners?|ownership|team|roles?|raci|consumers)\b/i,
  strong:
    /\b(?:stakeholders?|[a-z]+ team (?:wants?|needs?|owns?|uses?)|product (?:managers?|owners?|team)|end[- ]users?|(?:business|internal|external) (?:users?|customers?|owners?|teams?|units?)|customers?|clients?|operators?|analysts?|data scientists?|ml engineers?|engineers|(?:sales|support|marketing|operations|ops|legal|compliance|risk|security|finance|clinical|medical|platform|infrastructure|engineering|product|data|retention|growth|fraud|trust and safety|customer success|business) teams?|^\W*(?:sales|support|marketing|operations|legal|compliance|risk|security|finance|product|retention|growth|customer success)\s*(?:[:(]\s*(?=\w)|wants?|needs?|owns?)|sales (?:managers?|reps?)|support agents?|regulators?|auditors?|doctors?|clinicians?|physicians?|patients?|merchants?|sellers?|buyers?|shoppers?|drivers?|riders?|employees?|managers|executives?|leadership|sponsors?|maintainers?|contributors?|population|students?|teachers?|viewers?|listeners?|players?|advertisers?|partners?)\b/i,
  weak: /\b(?:users?|people|team)\b/i,
};
