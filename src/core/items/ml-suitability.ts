// Checklist item: is ML the right tool for this problem at all?
import type { ChecklistItem } from './item.js';

export const mlSuitability: ChecklistItem = {
  id: 'ml-suitability',
  title: 'ML suitability',
  area: 'framing',
  question: 'Is ML the right tool here?',
  rationale:
    'ML earns its cost only when there is a pattern to learn, data to learn it from, predictions are needed at scale or over and over, wrong predictions are cheap enough, and production data will look like training data. A design that never asks whether rules or a heuristic would do risks building a model nobody needed.',
  howToFix:
    'Say why ML fits (the pattern, the data, the scale, the cost of a wrong prediction) or compare against the non-ML alternative: the current manual process, a rule set or a heuristic baseline.',
  heading: /\b(?:why (?:ml|machine learning|a model)|ml suitability|(?:is )?ml (?:the right|needed|justified)|alternatives?(?: considered| approaches)?|non-ml|heuristics?|baselines?|current (?:state|solution|process|approach)|existing (?:solution|system|process)|status quo)\b/i,
  strong:
    /\b(?:rule[- ]based|rules engine|heuristics?|hand[- ]?(?:crafted|written|coded) rules|manual(?:ly)? (?:review|process|search|effort|labou?r|inspection|screening|triage|routing|categori[sz]ation|work)|non[- ]ml|without (?:ml|machine learning|a model)|simple rules|(?:dummy|naive|simple|heuristic|rule[- ]based|non-ml|trivial) (?:baselines?|approach|solution)|learnable pattern|patterns? (?:exists?|in (?:the )?data|that (?:humans|people))|cost of (?:a )?(?:wrong|incorrect|bad) predictions?|wrong predictions? (?:are|is) (?:cheap|costly|expensive)|too (?:many|large|complex|slow) (?:for|to) (?:humans?|people|manual|handle manually)|(?:humans?|people|experts?) (?:cannot|can't|struggle|miss)|accuracy of (?:a |an |the )?(?:human|expert|clinician|specialist|reviewer|doctor|radiologist)s?|(?:done|handled|performed|reviewed) (?:manually|by hand)|time[- ]consuming|labou?r[- ]intensive|does not scale|doesn't scale|(?:ml|machine learning) (?:is|fits|is a good fit|is suitable|is needed|can learn))\b/i,
  weak: /\b(?:currently|today|at the moment),? (?:\w+ ){0,6}(?:relies|rely|uses|use|done|handled)\b|\bwhy (?:ml|machine learning)\b/i,
};
