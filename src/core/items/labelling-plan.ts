// Checklist item: where the labels come from and how good they are.
import type { ChecklistItem } from './item.js';

/** Hand labelling by people. */
export const HAND_LABELS = /\b(?:hand[- ]?label\w*|manual(?:ly)? (?:label\w*|annotat\w*)|human (?:label\w*|annotat\w*|raters?|reviewers?|experts?)|annotators?|labell?ers?|crowd-?(?:sourc\w+|workers?)|mechanical turk|expert (?:annotation|review|labels?)|(?:graded|screened|annotated|labell?ed|reviewed) by (?:\w+ ){0,3}(?:experts?|specialists?|doctors?|clinicians?|annotators?|analysts?|contractors?|humans?))\b/i;
/** Labels that come from the system's own outcomes. */
export const NATURAL_LABELS = /\b(?:natural(?:ly occurring)? labels?|labels? (?:are|is) natural|implicit (?:feedback|labels?)|(?:clicks?|purchases?|chargebacks?|returns?|outcomes?|conversions?|user actions?) (?:as|are used as|serve as|become|provide) (?:the )?(?:labels?|ground truth|targets?)|labels? (?:come|comes|arrive|are derived|derived) (?:\w+ ){0,3}from|derived (?:directly )?from (?:the )?(?:\w+ ){0,2}(?:history|logs|outcomes|transactions))\b/i;

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
  strong: new RegExp(
    `${HAND_LABELS.source}|${NATURAL_LABELS.source}|\\b(?:ground[- ]truth|label(?:l)?(?:ed|ing) (?:data|process|guidelines|strategy|budget|cost|quality|tool|team|by|from|with)|labels? (?:quality|noise|source|delay|come)|weak(?:ly)? supervis\\w+|programmatic(?:ally)? label\\w*|labell?ing functions?|snorkel|chargebacks?|feedback delay|inter-?annotator|agreement|label multiplicity|annotation (?:guidelines|tool|platform|budget))\\b`,
    'i',
  ),
  weak: /\b(?:label(?:s|l?ed|l?ing)?|annotat\w+|tagg(?:ed|ing))\b/i,
  notApplicable:
    /\b(?:no (?:extra |additional |manual )?(?:labels?|label(?:l)?ing|annotations?) (?:is |are )?(?:needed|required|necessary)|(?:don't|do not|doesn't|does not|won't|will not) (?:need|require) (?:extra |any |additional )?(?:data )?(?:labels?|label(?:l)?ing|annotations?)|unsupervised|self-supervised)\b/i,
};
