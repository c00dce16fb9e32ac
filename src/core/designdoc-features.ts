// Readable features that say whether a document is an ML system design doc (or a template of one).
// Each feature is bounded (0..1) so that learnt weights compare; `npm run train` fits them.
//
// What separates the classes, by the checklist's meaning ("Document level"):
// - a design doc (filled, partial, a case-study report) is about ONE specific ML system for a product or
//   business problem: the judge finds core facets of many checklist items, often a business metric, and
//   the authors speak of their own system ("we", "our model");
// - an ML design-doc template has no answers yet, but its headings name ML topics (data, features,
//   model, evaluation, labels); a generic RFC template's do not;
// - look-alikes: a guide or lesson teaches design in general (hedges, speaks of lessons, courses and
//   interviewers); a software or ML-infrastructure RFC is about an API or a component (interfaces,
//   compatibility, code); a README tells how to install and run software; a model or dataset card, or
//   notes on a paper, describe an artefact or a publication.
import { htmlComments } from './suppress.js';
import type { Judged } from './judge.js';

/** Vocabulary that only ML work uses. */
const ML_TERMS =
  /\b(?:machine learning|ml|ai|models?|training|trained|inference|predictions?|predict\w*|features?|labels?|labell?(?:ing|ed)|annotat\w+|datasets?|classif\w+|regression|embeddings?|llms?|neural|accuracy|precision|recall|f1|auc|fine-?tun\w+|retrain\w*|drift|baseline|ground truth|data scien\w+|experiments?|forecast\w*|recommend\w*|rank(?:ing|er)|detection)\b/gi;
/** ML design topics, as a heading or a template prompt names them. */
const ML_TOPICS =
  /\b(?:machine learning|ml|ai|data(?:sets?)?|features?|models?|modell?ing|training|labels?|labell?ing|annotation|metrics?|evaluation|experiments?|baselines?|inference|predictions?|monitoring|drift|retraining|fairness|bias|problem (?:statement|definition|framing|formulation)|hypothes[ie]s|success (?:metrics?|criteria))\b/i;
/** Titles that say the document is a design, a proposal, a plan or a report on one system. */
const DESIGN_TITLE =
  /\b(?:design(?:[- ](?:doc(?:ument)?s?|review|proposal|spec(?:ification)?|write-?up))?|proposal|one-?pager|plan|project (?:definition|charter)|prd|product requirements|architecture|technical spec|report|write-?up|case study|blueprint)\b/i;
/** "We / our": authors speaking of their own system (lessons with a running example use it too). */
const FIRST_PERSON = /\b(?:we|our|us|we'll|we're|we've)\b/gi;
/** Words that hedge: what a guide says in general, not what a design commits to. */
const HEDGES = /\b(?:can|could|may|might|typically|usually|often|generally|sometimes|e\.g\.|for example|for instance|such as|depending on)\b/gi;
/**
 * A lesson, a course chapter or a guide that teaches design in general. Not the same words in another
 * role: a case study's "lessons learned", "the course of treatment" or "in the course of training", and
 * the learners of uplift modelling or boosting (T-learner, weak learners).
 */
const TEACHING =
  /\b(?:lessons?(?!\s+learn(?:ed|t)\b)|(?<!-|\b(?:weak|base|meta|strong|ensemble|shot) )learners?|interviewers?|(?<!of )courses?(?!\s+of\b)|you(?:'ll| will) learn|we(?:'ll| will) (?:learn|cover|explore)|(?:this|next|previous) (?:guide|chapter|tutorial|module)|how to design|common (?:mistakes|pitfalls))\b/gi;
/** Software-interface vocabulary of an API / component RFC. */
const API_TERMS =
  /\b(?:apis?|interfaces?|class(?:es)?|methods?|signatures?|arguments?|sdks?|backwards?[- ]compatib\w+|compatibility|deprecat\w+|breaking changes?|user-facing|developers?|migrat\w+|protobuf|subclass\w*|instantiat\w+|constructor)\b/gi;
/** Headings of a README or a user guide: how to install and use a piece of software. */
const README_HEADINGS =
  /^(?:installation|install(?:ing)?|getting started|quick ?start|usage|basic usage|advanced usage|how to (?:use|run)|set-?up|setup|license|licen[cs]ing|contributing|contributors|acknowledg\w+|(?:project|directory|repository|folder) structure|running (?:the )?(?:tests|app|project)|changelog|table of contents|prerequisites|requirements\.txt|roadmap|authors?|key features)\b/i;
/** Commands that install or run software. */
const INSTALL_CUES =
  /(?:\bpip3? install|\bconda (?:install|create|activate)|\bgit clone|\bnpm (?:install|i)\b|\byarn add|\bbrew install|\bapt(?:-get)? install|\bcargo install|\bgo install|\bsource \S*activate)/g;
/** Badges of a repository front page. */
const BADGES = /!\[[^\]]*\]\([^)]*(?:shields\.io|badge)[^)]*\)/gi;
/** Step-by-step instructions to operate a console or install software. */
const SETUP_STEPS = /^\W*(?:click|select|open|go to|navigate|log ?in(?:to)?|sign ?in|install|clone|download|copy|paste)\b/i;
/** Headings of a model card or a dataset card. */
const CARD_HEADINGS =
  /^(?:model (?:card|details|sources)|dataset (?:card|summary|structure|creation|curation)|intended uses?|(?:direct|downstream|out-of-scope|primary) uses?|out-of-scope|bias(?:es)?,? risks?|citation|bibtex|how to get started|environmental impact|data (?:fields|instances|splits)|licensing information|personal and sensitive information|caveats and recommendations|quantitative analyses|model examination)\b/i;
const CARD_TEXT = /\b(?:model card|dataset card|data card|datasheet for|intended use|out-of-scope use|carbon emitted|hugging ?face hub|from_pretrained)\b/gi;
/** Notes on a research paper: authors, abstract, what the paper proposes. */
const PAPER_HEADINGS =
  /^(?:abstract|tl;?dr|key (?:ideas?|contributions?|takeaways?)|related (?:work|papers)|my (?:thoughts|notes|take)|personal notes|critique|strengths(?: and weaknesses)?|weaknesses|(?:paper|reading) (?:notes|summary)|notes on)\b/i;
const PAPER_TEXT = /\b(?:the authors|(?:they|authors) (?:propose|show|introduce|present|argue)|the paper (?:proposes|shows|introduces|presents|argues))\b/gi;

const SHELL_LANGS = /^(?:bash|sh|shell|console|zsh|powershell|ps1|cmd|bat)$/i;

/** x / (x + k): 0 at 0, ½ at k, approaches 1. */
const squash = (x: number, k: number) => (x <= 0 ? 0 : x / (x + k));
const count = (re: RegExp, s: string) => (s.match(re) ?? []).length;
/** Whether a UTF-16 code unit is white space as `\s` means it. */
const isSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
/**
 * The number of words: runs of characters other than white space (as `s.split(/\s+/).filter(Boolean).length`
 * counts them, without making an array of every word of a document of megabytes).
 */
export function wordsOf(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
const clean = (h: string) =>
  h
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/^(?:\d+(?:\.\d+)*\.?|[ivx]+\.|[a-z]\))\s*/i, '')
    .trim();

/**
 * The features, by name, in a fixed order (the generated weights use these names).
 * `path` is accepted for callers that have it; path features (README.md, design/, rfcs/) were evaluated by
 * leave-one-document-out cross-validation and did not help, so the path does not enter the model.
 */
export function designDocFeatures(j: Judged, _path?: string): Record<string, number> {
  const m = j.model;
  const headings = m.headings.map((h) => clean(h.text)).filter(Boolean);
  let body = m.units.map((u) => u.text).join('\n');
  // Text the parser did not turn into units (raw HTML blocks): read it with the tags removed (made only when
  // the document has such tags: it is a copy of the whole text).
  const raw = /<\/?(?:p|ul|ol|li|div|h\d|table)\b/i.test(m.text) ? withoutTags(m.text) : undefined;
  const htmlBody = raw !== undefined && wordsOf(body) * 2 < wordsOf(raw);
  if (htmlBody) body = raw;
  const text = body + '\n' + headings.join('\n');
  const words = Math.max(20, wordsOf(text));
  const per100 = (n: number) => (100 * n) / words;
  const fm = m.frontMatter?.data;
  const title = (m.headings.find((h) => h.depth <= 2)?.text ?? m.headings[0]?.text ?? '') + ' ' + (typeof fm?.title === 'string' ? fm.title : '');

  // The document's own statements: sentences the judge classes as content (not guidance, placeholders, fragments).
  const contentSentences = j.sentences.filter((_, i) => j.sentenceClass[i] === 'content').map((s) => s.text);
  const content = htmlBody ? body : contentSentences.join('\n');
  const contentWords = Math.max(30, wordsOf(content));
  const perContent100 = (n: number) => (100 * n) / contentWords;

  const coreFound = (i: Judged['items'][number]) => i.facets.some((f) => f.core && f.found);
  const itemsFound = j.items.filter(coreFound).length / Math.max(1, j.items.length);
  const businessMetric = j.items.some((i) => i.id === 'business-metric' && coreFound(i)) ? 1 : 0;

  // Code: fenced blocks (shell blocks by their info string) and inline code spans.
  const blocks = m.code.map((c) => m.text.slice(c.start, c.end));
  const langOf = (b: string) => (b.match(/^\s*(?:```|~~~)[ \t]*\{?\.?([\w+#-]*)/) ?? [])[1] ?? '';
  const shellBlocks = blocks.filter((b) => SHELL_LANGS.test(langOf(b))).length;
  const codeText = blocks.join('\n') + '\n' + (m.text.match(/`[^`\n]+`/g) ?? []).join('\n');

  const template = j.templateLike || j.declaredTemplate ? 1 : 0;
  const mlTopicHeadings = headings.length ? headings.filter((h) => ML_TOPICS.test(h)).length / headings.length : 0;
  // README cues, each kind capped so that one kind alone cannot saturate; the first cue is free (a design
  // doc may have a "Setup" heading or one install line).
  const readmeCues =
    headings.filter((h) => README_HEADINGS.test(h)).length +
    Math.min(2, count(INSTALL_CUES, codeText)) +
    Math.min(1, shellBlocks) +
    Math.min(1, count(BADGES, m.text)) +
    Math.min(2, contentSentences.filter((s) => SETUP_STEPS.test(s)).length);
  const cardPaper = headings.filter((h) => CARD_HEADINGS.test(h) || PAPER_HEADINGS.test(h)).length + count(CARD_TEXT, text) + count(PAPER_TEXT, text);

  return {
    // Share of the 15 checklist items where the judge finds a core facet: a design for one system answers them.
    items_found: itemsFound,
    // The judge finds a business metric or its target: the system serves a product or business outcome.
    business_metric: businessMetric,
    // ML words per 100 words, squashed (½ at 2 per 100): the subject is machine learning.
    ml_vocab: squash(per100(count(ML_TERMS, text)), 2),
    // A template (declared, or mostly guidance) times the share of its headings that name ML design topics
    // (data, features, model, labels, evaluation...): an ML design-doc template, not a generic RFC template.
    ml_template: template * mlTopicHeadings,
    // "we / our" per 100 words of content, squashed: authors speaking of their own system.
    first_person: squash(perContent100(count(FIRST_PERSON, content)), 1),
    // Hedging words per 100 words of content ("can", "typically", "for example"), squashed: guides speak in possibilities.
    hedging: squash(perContent100(count(HEDGES, content)), 1.5),
    // Lesson / course / interview-guide vocabulary, squashed count.
    teaching: squash(count(TEACHING, text), 2),
    // Software-interface vocabulary (API, interface, class, method, compatibility, deprecation) per 100 words, squashed.
    api_terms: squash(per100(count(API_TERMS, text)), 1.5),
    // README cues beyond the first (install / usage / licence headings, install commands, shell blocks, badges,
    // console set-up steps), squashed: ½ at 3 cues.
    readme: squash(Math.max(0, readmeCues - 1), 2),
    // Model-card / dataset-card headings and phrases, paper-notes cues ("the authors propose", "Abstract"), squashed.
    card_paper: squash(cardPaper, 3),
    // The title says design doc, proposal, plan, report, architecture.
    design_title: DESIGN_TITLE.test(title) ? 1 : 0,
  };
}

/** The text outside HTML comments, with tags blanked. */
function withoutTags(text: string): string {
  let raw = '';
  let last = 0;
  for (const c of htmlComments(text)) {
    raw += text.slice(last, c.start) + ' ';
    last = c.end;
  }
  return (raw + text.slice(last)).replace(/<[^<>]+>/g, ' ');
}
