// Connection: a domain where a wrong prediction is costly, with no human review, abstention or fallback.
import type { Rule } from '../rule.js';
import { connection, hitAt, phrases, place, sentencesWith, says } from './find.js';

/** Domains where a wrong prediction hurts someone: health, credit, safety, law, jobs. */
const COSTLY = phrases([
  'diagnosis|diagnoses',
  'patient*',
  'clinical',
  'medical',
  'disease*',
  'cancer*',
  'malignan*',
  'x-ray*|radiograph*|mammogra*',
  'ct|mri scan*',
  'tumor*|tumour*',
  'medical treatment*',
  'hospital*',
  'health-care',
  'credit scor*|decision*|limit*|risk|approval*',
  'credit card application*',
  'loan*',
  'lending',
  'mortgage*',
  'underwriting',
  'insurance claim*|pric*',
  'bail',
  'sentencing',
  'parole',
  'recidivism',
  'criminal',
  'legal advice|decision*',
  'hiring',
  'recruit*',
  'job applicant*',
  // Not "CV screening": in a vision pipeline that is computer vision.
  'resume|résumé screening',
  'safety-critical',
  'autonomous driving|vehicle*',
  'self-driving',
  'collision*',
  'pedestrian*',
  'self-harm',
  'suicid*',
  'child safety',
  'welfare|benefit* eligibility',
]);
/** Words that put the model to work: it predicts, classifies, scores or decides ("model" alone does not: "model metrics"). */
const DECIDES =
  /\b(?:predict\w*|classif\w*|detect\w*|diagnos\w*|decid\w*|decision\w*|scor\w*|recommend\w*|flag\w*|screen\w*|estimat\w*|identif\w*|assess\w*|approv\w*|risk)\b/i;
/** What a prediction does once made: it is sent, blocks, approves or denies, decides. */
const ACTS =
  /\b(?:sen(?:d|ds|t)|notif\w*|block\w*|den(?:y|ies|ied)|approv\w*|reject\w*|prescrib\w*|alert\w*|automatic\w*|automat(?:e|es|ed)|decid\w*|decisions?|triag\w*|dispatch\w*|admit\w*|discharg\w*)\b/i;
/** Safeguards: a person in the loop, a way to abstain, a fallback. */
const SAFEGUARD = phrases([
  'human review*|reviewer*|oversight|judg*',
  'human-in-the-loop',
  'in the loop',
  'manual* review*|check*|verif*|approv*|triage',
  'reviewed|checked|confirmed|approved|verified by',
  'clinician*|doctor*|physician*|radiologist*|nurse*|pathologist*|underwriter*|analyst*|recruiter*|officer*|expert* ... review*|confirm*|approv*|decid*|check*|verif*|sign*|final|overrid*',
  'abstain*|abstention',
  'defer*|refer*|route* to',
  'escalat*',
  'hand-off',
  'hand* off',
  'reject option',
  'confidence|probability threshold*',
  'threshold* ... confidence|uncertain*',
  'low-confidence',
  'uncertain*',
  'fallback',
  'fall|falls back',
  'override*',
  'appeal*',
  'second opinion',
  'decision support|aid*',
  'assist*',
  'not ... replace*',
  'final decision',
  'does not make the decision',
  'pre-screen*',
  'prescreen*',
  'screening|triage tool',
  'safety driver',
  'guardrail*',
  // The doc keeps the model out of real decisions: a research proof of concept, not a device in use.
  'not intended|designed|suitable|approved|validated|meant for ... clinical|diagnostic|production|deployment|decision*|patient*',
  'research purposes|use only',
  'not a medical device',
]);

export const costlyMistakesSafeguard: Rule = {
  meta: {
    id: 'costly-mistakes-safeguard',
    title: 'Costly mistakes need a safeguard',
    group: 'connections',
    checklistItem: 'reliability',
    defaultSeverity: 'warning',
    rationale:
      'ML fits best where a wrong prediction is cheap: a poor recommendation costs little, a missed cancer a great deal. In health, credit, safety, legal or hiring decisions a model will be wrong some of the time, so the design has to say what happens then: a person who reviews or can override, a threshold below which the model abstains and defers, a fallback.',
    howToFix:
      'Say who reviews or can override the prediction, when the model abstains (a confidence threshold) and to whom it defers, and what the fallback is when it is unsure or down.',
  },
  check(doc) {
    // The system's own decisions in such a domain, not a passing example ("regulated industries such as healthcare").
    const domain = sentencesWith(
      doc,
      COSTLY,
      // The model decides about the costly thing, close by in the sentence ("hiring managers care about
      // model metrics" is an audience, not a decision about hiring).
      (m, t) =>
        DECIDES.test(t.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60)) &&
        !/\b(?:e\.g\.|such as|for example|like)\b[^.]*\b(?:health|medical|credit|legal|safety)/i.test(t),
    )[0];
    if (!domain || says(doc, SAFEGUARD)) return [];
    // Its predictions act on someone: the doc deploys the model, or says what the prediction does. A
    // research proposal that compares models on a dataset makes no decision that a safeguard would catch.
    const deployed = doc.items.find((i) => i.id === 'deployment')?.status !== 'missing';
    if (!deployed && !ACTS.test(domain.text)) return [];
    const task = doc.items.find((i) => i.id === 'problem-framing')?.facets.find((f) => f.found)?.evidence[0];
    const others = task && task.start !== domain.start ? [{ hit: hitAt(doc, task), message: 'what the model decides' }] : [];
    return [
      connection(
        domain,
        `${place(doc, 'A wrong prediction is costly here', domain)}, but the doc has no human review, abstention threshold or fallback for when the model is wrong.`,
        others,
        'reliability',
      ),
    ];
  },
};
