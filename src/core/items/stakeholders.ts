// Checklist item: who has a stake in the system and what each of them wants.
import type { ChecklistItem } from './item.js';

/** People and teams who have a stake in an ML system. */
const ROLES: readonly string[] = [
  'stakeholder*',
  'product manager*|owner*|team*',
  'end-user*',
  'business|internal|external user*|customer*|owner*|team*|unit*|partner*',
  'sales|support|marketing|operations|ops|legal|compliance|risk|security|finance|clinical|medical|platform|infrastructure|engineering|product|data|growth|fraud|analytics|ml|research|content|moderation|editorial|underwriting|logistics|merchandising|procurement team*|department*|unit*',
  'trust and safety',
  'customer success team*',
  'data science team*',
  'supply chain team*',
  'data scientist*',
  'ml engineer*',
  'data engineer*',
  'software engineer*',
  'analyst*',
  'operator*',
  'regulator*',
  'auditor*',
  'doctor*|clinician*|physician*|nurse*|radiologist*|patient*|caregiver*',
  'merchant*|seller*|buyer*|shopper*|vendor*|supplier*',
  'driver*|rider*|passenger*',
  'advertiser*|publisher*',
  'sponsor*',
  'customer*|client*',
  'support agent*',
  'moderator*',
  'store manager*',
  'executive*',
  'leadership',
  'users',
  'people with|who',
  'general population|public',
  'community',
  'audience',
  'students|teachers',
  'viewers|listeners|players|subscribers',
  'employees',
  'investigator*',
  'underwriter*',
];

export const stakeholders: ChecklistItem = {
  id: 'stakeholders',
  title: 'Stakeholders',
  area: 'framing',
  question: 'Who has a stake, and what does each want?',
  rationale:
    'An ML system serves several stakeholders whose requirements often conflict: engineers may want speed, sales a higher commission, product lower latency. Naming them and what each needs is what lets a design make its trade-offs on purpose instead of by accident.',
  howToFix:
    'List the stakeholders (users, product, engineering, operations, legal or compliance, owners) and what each needs from the system; note where their needs conflict.',
  heading:
    /\b(?:stakeholders?|users?|personas?|customers?|audience|who (?:is|are) (?:it|this) for|target (?:users|audience)|owners?|ownership|team|roles?|raci|consumers)\b/i,
  facets: [
    {
      id: 'roles',
      core: true,
      label: 'names the stakeholders and what they need',
      lacking: 'no stakeholders named with what each needs (users, product, engineering, operations, owners)',
      phrases: [...ROLES],
      with: [
        'want*|need*|require*|expect*|care*|benefit*|rely|relies|own|owns|owned|responsible|accountable|interested|concern*|prefer*|ask*|request*|depend*|approv*|decide*|affected|face*|struggl*|frustrat*|pain*|challeng*|suffer*|demand*|value*',
        'stakeholder*',
        'for whom',
        'on behalf of',
        'serve*|serving',
        'relevant to',
        'give*',
        'their goal*|needs|priorit*',
        'in charge of',
        'sign-off',
        'signs off',
      ],
      inSection: [...ROLES, 'user*', 'people', 'team*'],
      unless: [
        'customer*|user*|patient*|driver*|merchant*|member*|client*|account* id|ids|identifier*|features|attributes|records|history|profile*|embedding*|segment*|table*|columns|fields',
      ],
    },
    {
      id: 'conflicts',
      label: 'notes where their needs conflict',
      lacking: 'nothing on where their needs conflict',
      phrases: [
        'conflict*|competing|tension*|trade-off*|tradeoff* ... stakeholder*|team*|user*|requirement*|goal*|objective*|needs',
        'stakeholder*|teams|goals|objectives|requirements|needs ... conflict*|compet*|tension|trade-off*|tradeoff*',
      ],
    },
    {
      id: 'mention',
      label: 'mentions stakeholders',
      lacking: 'only a passing mention',
      phrases: [
        'stakeholder*',
        'end user*',
        'target user*|audience|customers',
        'for (the|our) users|customers|clients|patients|analysts|doctors|clinicians|merchants|sellers|buyers|drivers|employees',
        'users|customers|clients|patients|employees|staff|agents|analysts|operators|clinicians|doctors',
      ],
      anyInSection: true,
      unless: [
        'customer*|user*|patient*|driver*|merchant*|member*|client*|account* id|ids|identifier*|features|attributes|records|history|profile*|embedding*|segment*|table*|columns|fields',
      ],
    },
  ],
  addressedWhen: [['roles']],
};
