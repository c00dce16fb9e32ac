// Readable features that say whether a document is an ML system design doc (or a template of one).
// Each feature is bounded (0..1) so that learnt weights compare; `npm run train` fits them.
//
// What separates the classes, by the checklist's meaning ("Document level"):
// - a design doc (filled, partial, a case-study report) is about ONE specific ML system for a product or
//   business problem: the judge finds framing facets (business metric, problem framing, data sources,
//   labels, training data), and the authors commit ("we will", "our model");
// - an ML design-doc template has no answers yet, but its headings and prompts name ML topics
//   (data, features, model, evaluation, labels);
// - look-alikes: a guide or lesson teaches design in general (addresses "you", hedges, speaks of lessons
//   and courses); a software or ML-infrastructure RFC is about an API or a component (interfaces,
//   compatibility, code); a README tells how to install and run software; a model or dataset card, or
//   notes on a paper, describe an artefact or a publication.
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
/** "We" committing to a system: what the authors will build, use, chose, or found. */
const COMMITMENT =
  /\b(?:we(?:'ll| will| would| plan to| propose| intend to| aim to| decided| chose| use| used| built| trained| deploy(?:ed)?| collect(?:ed)?| label(?:l?ed)?| found| observed| achieved| expect| need| have)|our (?:model|system|solution|approach|pipeline|service|product|app(?:lication)?|platform|users|customers|clients|team|data(?:set)?|goal|baseline|classifier|predictions?|features?|company|business)s?)\b/gi;
const SECOND_PERSON = /\b(?:you|your|you're|you'll|you've|yourself)\b/gi;
/** Words that hedge: what a guide says in general, not what a design commits to. */
const HEDGES = /\b(?:can|could|may|might|typically|usually|often|generally|sometimes|e\.g\.|for example|for instance|such as|depending on)\b/gi;
/** A lesson, a course chapter or a guide that teaches design in general. */
const TEACHING =
  /\b(?:lessons?|learners?|interviewers?|(?<!of )courses?|you(?:'ll| will) learn|we(?:'ll| will) (?:learn|cover|explore)|(?:this|next|previous) (?:guide|chapter|tutorial|module)|how to design|common (?:mistakes|pitfalls))\b/gi;
/** Software-interface vocabulary of an API / component RFC. */
const API_TERMS =
  /\b(?:apis?|interfaces?|class(?:es)?|methods?|signatures?|arguments?|sdks?|backwards?[- ]compatib\w+|compatibility|deprecat\w+|breaking changes?|user-facing|developers?|migrat\w+|protobuf|subclass\w*|instantiat\w+|constructor)\b/gi;
/** Headings of a generic software RFC / ADR / enhancement proposal. */
const RFC_HEADINGS =
  /^(?:status|context|decision|consequences|motivation|alternatives?(?: considered)?|drawbacks|prior art|unresolved questions|(?:backwards? )?compatibility|detailed design|design (?:proposal|details)|user (?:benefits?|impact|stories)|(?:developer |user[- ]facing )?api changes?|migration(?: plan| strategy)?|deprecation|rollout(?: plan)?|test plan|graduation criteria|implementation (?:plan|history|details)|security considerations|performance implications|dependencies|engineering impact|platforms and environments|tutorials and examples|goals|non-?goals|scope|in[- ]scope|out[- ]of[- ]scope|open questions|questions and discussion topics|decision log|stewardship|faq|references)\b/i;
/** Headings of a README or a user guide: how to install and use a piece of software. */
const README_HEADINGS =
  /^(?:installation|install(?:ing)?|getting started|quick ?start|usage|basic usage|advanced usage|how to (?:use|run)|set-?up|setup|license|licen[cs]ing|contributing|contributors|acknowledg\w+|(?:project|directory|repository|folder) structure|running (?:the )?(?:tests|app|project)|changelog|table of contents|prerequisites|requirements\.txt|roadmap|authors?|key features)\b/i;
/** Commands that install or run software. */
const INSTALL_CUES =
  /(?:\bpip3? install|\bconda (?:install|create|activate)|\bgit clone|\bnpm (?:install|i)\b|\byarn add|\bbrew install|\bapt(?:-get)? install|\bcargo install|\bgo install|\bsource \S*activate)/g;
/** Step-by-step instructions to operate software or a console. */
const SETUP_STEPS = /^\W*(?:click|select|open|go to|navigate|log ?in(?:to)?|sign ?in|install|clone|download|copy|paste)\b/i;
/** Headings of a model card or a dataset card. */
const CARD_HEADINGS =
  /^(?:model (?:card|details|sources)|dataset (?:card|summary|structure|creation|curation)|intended uses?|(?:direct|downstream|out-of-scope|primary) uses?|out-of-scope|bias(?:es)?,? risks?|citation|bibtex|how to get started|environmental impact|data (?:fields|instances|splits)|licensing information|personal and sensitive information|caveats and recommendations|quantitative analyses|model examination)\b/i;
const CARD_TEXT = /\b(?:model card|dataset card|data card|datasheet for|intended use|out-of-scope use|carbon emitted|hugging ?face hub|from_pretrained)\b/gi;
/** Notes on a research paper: authors, abstract, what the paper proposes. */
const PAPER_HEADINGS =
  /^(?:abstract|tl;?dr|key (?:ideas?|contributions?|takeaways?)|related (?:work|papers)|my (?:thoughts|notes|take)|personal notes|critique|strengths(?: and weaknesses)?|weaknesses|(?:paper|reading) (?:notes|summary)|notes on)\b/i;
const PAPER_TEXT = /\b(?:the authors|(?:they|authors) (?:propose|show|introduce|present|argue)|the paper (?:proposes|shows|introduces|presents|argues))\b/gi;

/** The items of the checklist's framing area and data area that only a specific system can answer. */
const FRAMING_ITEMS = ['business-metric', 'problem-framing', 'data-sources', 'labelling-plan', 'training-data'];
/** Programming languages whose code shows an API or an implementation, not a design. */
const PROGRAM_LANGS = /^(?:python|py|java|scala|go|golang|rust|cpp|c\+\+|c|ts|typescript|js|javascript|proto|protobuf|kotlin|swift|r)$/i;
const SHELL_LANGS = /^(?:bash|sh|shell|console|zsh|powershell|ps1|cmd|bat)$/i;

/** x / (x + k): 0 at 0, ½ at k, approaches 1. */
const squash = (x: number, k: number) => (x <= 0 ? 0 : x / (x + k));
const count = (re: RegExp, s: string) => (s.match(re) ?? []).length;
const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean).length;
const clean = (h: string) => h.replace(/^[^\p{L}\p{N}]+/u, '').replace(/^(?:\d+(?:\.\d+)*\.?|[ivx]+\.|[a-z]\))\s*/i, '').trim();

/**
 * The features, by name, in a fixed order (the generated weights use these names).
 * `path` is accepted for callers that have it; it does not enter the model (see scripts/train.ts).
 */
export function designDocFeatures(j: Judged, _path?: string): Record<string, number> {
  const all = candidateFeatures(j, _path);
  return Object.fromEntries(FEATURES.map((n) => [n, all[n] as number]));
}

export const FEATURES = [
  'framing_found',
  'items_found',
  'ml_topic_headings',
  'ml_vocab',
  'guidance_share',
  'commitment',
  'second_person',
  'hedging',
  'teaching',
  'api_rfc',
  'program_code',
  'readme',
  'card_paper',
  'design_title',
] as const;

export function candidateFeatures(j: Judged, path?: string): Record<string, number> {
  const m = j.model;
  const headings = m.headings.map((h) => clean(h.text)).filter(Boolean);
  let body = m.units.map((u) => u.text).join('\n');
  // Text the parser did not turn into units (raw HTML blocks): read it with the tags removed.
  const raw = m.text.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]+>/g, ' ');
  const htmlBody = wordsOf(body) * 2 < wordsOf(raw) && /<\/?(?:p|ul|ol|li|div|h\d|table)\b/i.test(m.text);
  if (htmlBody) body = raw;
  const text = body + '\n' + headings.join('\n');
  const words = Math.max(20, wordsOf(text));
  const per100 = (n: number) => (100 * n) / words;
  const fm = m.frontMatter?.data;
  const title = (m.headings.find((h) => h.depth <= 2)?.text ?? m.headings[0]?.text ?? '') + ' ' + String(fm?.title ?? '');

  // The document's own statements (not template guidance or placeholders).
  const contentSentences = j.sentences.filter((_, i) => j.sentenceClass[i] === 'content').map((s) => s.text);
  const content = htmlBody ? body : contentSentences.join('\n');
  const contentWords = Math.max(30, wordsOf(content));
  const perContent100 = (n: number) => (100 * n) / contentWords;
  const guidance = j.sentences.length ? j.sentenceClass.filter((c) => c !== 'content').length / j.sentences.length : 0;

  const coreFound = (id: string) => j.items.some((i) => i.id === id && i.facets.some((f) => f.core && f.found));
  const framing = FRAMING_ITEMS.filter(coreFound).length / FRAMING_ITEMS.length;
  const itemsFound = j.items.filter((i) => i.facets.some((f) => f.core && f.found)).length / Math.max(1, j.items.length);
  const itemHeadings = new Set(j.items.filter((i) => i.heading).map((i) => i.id)).size / Math.max(1, j.items.length);

  // Code: fenced blocks by language; inline code spans.
  const blocks = m.code.map((c) => m.text.slice(c.start, c.end));
  const langOf = (b: string) => (b.match(/^\s*(?:```|~~~)[ \t]*\{?\.?([\w+#-]*)/) ?? [])[1] ?? '';
  const programBlocks = blocks.filter((b) => PROGRAM_LANGS.test(langOf(b)) || /^\s*(?:```|~~~)\s*\n[\s\S]*\b(?:def |class |import |from \w+ import|public |func |fn )/.test(b)).length;
  const shellBlocks = blocks.filter((b) => SHELL_LANGS.test(langOf(b))).length;
  const inline = (m.text.match(/`[^`\n]+`/g) ?? []).join('\n');
  const codeText = blocks.join('\n') + '\n' + inline;

  const mlVocab = squash(per100(count(ML_TERMS, text)), 2);
  const mlHeadings = headings.filter((h) => ML_TOPICS.test(h)).length;
  const mlTopicHeadings = headings.length ? mlHeadings / headings.length : 0;
  const rfcHeadings = headings.filter((h) => RFC_HEADINGS.test(h)).length;
  const readmeHeadings = headings.filter((h) => README_HEADINGS.test(h)).length;
  const setupSteps = contentSentences.filter((s) => SETUP_STEPS.test(s)).length;
  const badges = count(/!\[[^\]]*\]\([^)]*(?:shields\.io|badge)[^)]*\)/gi, m.text);
  const template = j.templateLike || j.declaredTemplate ? 1 : 0;
  const p = (path ?? '').toLowerCase();

  return {
    // Share of the five framing / data items (business metric, problem framing, data sources, labels,
    // training data) where the judge finds a core facet: what only a design for one system can state.
    framing_found: framing,
    // Share of all 15 checklist items with a core facet found.
    items_found: itemsFound,
    // Share of headings that name an ML design topic (data, features, model, labels, evaluation, metrics...):
    // an ML design-doc template has them even before anything is filled in; a generic RFC template does not.
    ml_topic_headings: mlTopicHeadings,
    // Share of the checklist items with a heading of their own.
    item_headings: itemHeadings,
    // ML words per 100 words, squashed (½ at 2 per 100).
    ml_vocab: mlVocab,
    // Share of sentences that are template guidance, placeholders or bare fragments.
    guidance_share: guidance,
    template,
    ml_template: template * mlTopicHeadings,
    // Authors committing to one system ("we will", "we trained", "our model"), per 100 content words, squashed.
    commitment: squash(perContent100(count(COMMITMENT, content)), 0.5),
    // "you / your" per 100 content words (template prompts excluded), squashed: guides and READMEs address the reader.
    second_person: squash(per100(count(SECOND_PERSON, body)), 1),
    second_person_nt: squash(per100(count(SECOND_PERSON, body)), 1) * (1 - template),
    first_person: squash(perContent100(count(/\b(?:we|our|us|we'll|we're|we've)\b/gi, content)), 1),
    singular: squash(perContent100(count(/\b(?:I|my|I'm|I've|I'll)\b/g, content)), 1),
    // Hedging words per 100 content words, squashed: guides speak in possibilities.
    hedging: squash(perContent100(count(HEDGES, content)), 1.5),
    // Lesson / course / guide vocabulary, squashed count.
    teaching: squash(count(TEACHING, text), 2),
    // Software-interface vocabulary per 100 words and generic RFC headings: an API or component proposal.
    api_rfc: squash(per100(count(API_TERMS, text)) + rfcHeadings, 3),
    api_terms: squash(per100(count(API_TERMS, text)), 1.5),
    rfc_headings: squash(rfcHeadings, 3),
    // Share of fenced code blocks in a programming language (an API or an implementation), squashed count.
    program_code: squash(programBlocks, 3),
    // A README: install / usage headings, shell blocks, install commands, badges, console set-up steps.
    readme: squash(readmeHeadings + shellBlocks + count(INSTALL_CUES, codeText) + badges + setupSteps, 3),
    readme2: squash(readmeHeadings + Math.min(2, count(INSTALL_CUES, codeText)) + Math.min(1, badges) + Math.min(2, setupSteps), 2),
    readme4: squash(Math.max(0, readmeHeadings + Math.min(2, count(INSTALL_CUES, codeText)) + Math.min(1, shellBlocks) + Math.min(1, badges) + Math.min(2, setupSteps) - 1), 2),
    readme3: squash(readmeHeadings + Math.min(2, count(INSTALL_CUES, codeText)) + Math.min(1, shellBlocks) + Math.min(1, badges) + Math.min(2, setupSteps), 1.5),
    readme_headings: squash(readmeHeadings, 1),
    business_found: coreFound('business-metric') ? 1 : 0,
    labels_found: coreFound('labelling-plan') ? 1 : 0,
    framing_any: FRAMING_ITEMS.filter((id) => j.items.some((i) => i.id === id && i.status !== 'missing')).length / FRAMING_ITEMS.length,
    generic_template: template * (1 - mlTopicHeadings) * (1 - mlVocab),
    // Model-card / dataset-card headings and phrases, paper-notes cues (abstract, authors, arXiv...).
    card_paper: squash(
      headings.filter((h) => CARD_HEADINGS.test(h) || PAPER_HEADINGS.test(h)).length + count(CARD_TEXT, text) + count(PAPER_TEXT, text),
      3,
    ),
    // The title says design doc, proposal, plan, report, architecture.
    design_title: DESIGN_TITLE.test(title) ? 1 : 0,
    path_design: /design/.test(p) ? 1 : 0,
    path_rfc: /(?:^|\/)(?:proposals?|rfcs?|reps|keps|enhancements|adrs?)\//.test(p) ? 1 : 0,
    path_readme: /(?:^|\/)readme\.md$/.test(p) ? 1 : 0,
  };
}
