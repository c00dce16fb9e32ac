// Checklist item: is ML the right tool for this problem at all?
import type { ChecklistItem } from './item.js';

/** Non-ML ways of doing the task, by name: rules, heuristics, doing without a model. */
const NON_ML_ALTERNATIVES: readonly string[] = [
  'rule-based',
  'rules engine',
  'heuristic*',
  'hand-crafted|handcrafted|hand-written|hand-coded rule*',
  'non-ml approach*|solution*|baseline*|alternative*|method*|system*',
  'simple|static|fixed|manual rules',
  'without (a) ml|model',
  'without machine learning',
  'if-then|if/else rules',
];
/** Work done by people rather than a system. */
const DONE_BY_HAND: readonly string[] = [
  'done|handled|performed|reviewed|checked|classified|categorized|routed|sorted manually',
  'done|handled|performed|reviewed|checked|classified|categorized|routed|sorted by hand',
];

export const mlSuitability: ChecklistItem = {
  id: 'ml-suitability',
  title: 'ML suitability',
  area: 'framing',
  question: 'Is ML the right tool here?',
  rationale:
    'ML earns its cost only when there is a pattern to learn, data to learn it from, predictions are needed at scale or over and over, wrong predictions are cheap enough, and production data will look like training data. A design that never asks whether rules or a heuristic would do risks building a model nobody needed.',
  howToFix:
    'Say why ML fits (the pattern, the data, the scale, the cost of a wrong prediction) or compare against the non-ML alternative: the current manual process, a rule set or a heuristic baseline.',
  heading:
    /\b(?:why (?:ml|machine learning|a model)|ml suitability|(?:is )?ml (?:the right|needed|justified)|alternatives?(?: considered| approaches)?|non-ml|heuristics?|baselines?|current (?:state|solution|process|approach)|existing (?:solution|system|process)|status quo)\b/i,
  facets: [
    {
      id: 'why-ml',
      core: true,
      label: 'argues why ML fits',
      lacking: 'no argument for why ML fits (a pattern to learn, data to learn it from, scale, the cost of a wrong prediction)',
      phrases: [
        'learnable',
        'complex pattern*',
        'patterns ... in|from (the) data',
        'learn* (the) pattern*',
        'too many|large|complex|slow|costly|expensive|subtle for|to ... humans|people|manual*|analysts|reviewers|experts',
        'too much|many|varied|diverse|complex|subtle|noisy ... for|to ... rules|heuristics|keywords',
        "cannot|can't be captured|expressed|written|encoded|handled ... rules",
        "rules cannot|can't|fail*|struggle*|miss*|break*",
        // "We cannot use an expert system or a rule engine": the argument for ML is that rules will not do.
        // (A hyphen also matches a space: "expert-system*" reads "expert system", "unable-to" reads "unable to".)
        "cannot|can't|couldn't|unable-to use|apply|write|rely-on ... rules|rule-based|heuristic*|expert-system*|rule-engine*|if-then|keyword*",
        "cannot|can't|couldn't be solved|handled|done|captured with|by ... rules|rule-based|heuristic*|expert-system*|rule-engine*|if-then|keyword*",
        "rules do not|don't scale",
        'hard|difficult|impossible|infeasible to write|hand-code|hand-craft|specify|maintain ... rules',
        'does|do not scale',
        "doesn't|don't|cannot|can't scale",
        'manual* ... time-consuming|labor-intensive|labour-intensive|error-prone|tedious',
        'time-consuming|labor-intensive|labour-intensive|error-prone|tedious ... manual*|by hand|humans|people|staff|analysts|experts|reviewers|agents|employees',
        'manual* ... is|are slow|costly|expensive|error-prone|inconsistent|subjective|tedious',
        'cost of (a|an) wrong|incorrect|bad|false prediction*|mistake*',
        'wrong|incorrect|false prediction* are|is cheap|costly|expensive|acceptable|tolerable|low-cost',
        'why ml',
        'why machine learning',
        'why (a) model',
        'ml|learning is|fits|suits|makes ... fit|suited|needed|justified|appropriate|right|sense|warranted',
        "humans|people|experts|analysts|reviewers|agents cannot|can't|struggle*|miss*",
        'humans|people|experts|analysts|reviewers|agents are unable',
        'repetitive task*|decision*|work',
        'at scale',
        'historical data ... available|exists|abundant',
      ],
    },
    {
      id: 'alternative',
      core: true,
      label: 'compares against a non-ML alternative',
      lacking: 'no comparison with rules, a heuristic or the current manual process',
      phrases: [
        ...NON_ML_ALTERNATIVES,
        'manual* review*|process*|search*|inspection*|screening|triage|routing|categori*|classification|tagging|work|effort|labor|labour|check*',
        ...DONE_BY_HAND,
        'naive|simple|heuristic|rule-based|non-ml|trivial|popularity|most-popular|random|constant baseline*',
        'status quo',
        'current process|approach|solution|system|workflow|practice',
        'existing process|solution|system|approach|workflow',
      ],
      // Naming an alternative is not weighing it: the sentence must compare or judge.
      with: [
        'instead of',
        'rather than',
        'compared to|with',
        'comparison',
        'versus',
        'vs',
        'better|worse|faster|slower|cheaper|more|less|fewer than',
        'outperform*|beat*|improve* on|over|upon',
        "fail*|struggle*|miss*|cannot|can't|unable|limited|limitation*|insufficient|inadequate|brittle|inflexible|rigid|break*|error-prone|slow|costly|expensive|time-consuming|labor-intensive|labour-intensive|tedious|inefficien*|inconsistent|subjective|frustrat*|bottleneck|does|do not scale",
        'replace*|replacing|automate*|automating',
        'baseline',
        'beyond',
        '# %',
        'too ... for|to',
        'takes|take|took|costs|cost|spend*|spent ... #',
        'but|however|although|yet',
        'ineffective',
        'not effective|accurate|good|fast|precise enough',
        'false positive*|negative*',
        'only|just catches|captures|handles|covers',
        'not enough|sufficient|scalable|flexible',
      ],
    },
    {
      id: 'names-alternative',
      label: 'names a non-ML alternative',
      lacking: 'no non-ML alternative named',
      phrases: [
        ...NON_ML_ALTERNATIVES,
        'manual* review*|process*|search*|inspection*|screening|triage|routing|categori*|classification|tagging|labor|labour',
        ...DONE_BY_HAND,
        'status quo',
        'current|existing process|approach|solution|workflow|practice',
      ],
    },
    {
      id: 'mention',
      label: 'touches on whether ML fits',
      lacking: 'only a passing mention',
      phrases: [
        'why ml',
        'why machine learning',
        'instead of|rather than|compared to|compared with|versus|vs ... rules|heuristic*|manual*',
        'currently|today ... done|handled|performed|relies|rely|uses|use ... manual*|rules|heuristic*|by hand|spreadsheet*',
        'machine-learning|ml|ai can|could|will|would|allows|enables|helps|lets',
        'automat* (the) ... manual*|process*|review*|triage|classification|routing|tagging',
        'traditional|conventional|existing method*|approach*|solution*|tool*',
      ],
      anyInSection: true,
    },
  ],
  addressedWhen: [['why-ml'], ['alternative']],
};
