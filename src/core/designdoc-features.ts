// Readable features that say whether a document is an ML system design doc (or a template of one).
// Each feature is bounded (roughly 0..1) so that learnt weights compare; `npm run train` fits them.
import type { Judged } from './judge.js';

/** Vocabulary that only ML work uses. */
const ML_TERMS =
  /\b(?:machine learning|ml|models?|training|trained|inference|predictions?|predict\w*|features?|labels?|labell?ing|datasets?|classif\w+|regression|embeddings?|llms?|neural|accuracy|precision|recall|f1|auc|fine-?tun\w+|retrain\w*|drift|baseline|ground truth)\b/gi;
/** Titles that say the document is a design, a proposal or a plan. */
const DESIGN_TITLE =
  /\b(?:design(?:[- ](?:doc(?:ument)?|review|proposal|spec(?:ification)?|write-?up))?|system design|proposal|one-?pager|rfc|kep|plan|project (?:definition|charter)|prd|product requirements|architecture|technical spec|report|write-?up|case study)\b/i;
/** Headings of a README or a user guide: how to install and use a piece of software. */
const README_HEADINGS =
  /^(?:installation|install(?:ing)?|getting started|quick ?start|usage|basic usage|examples?|how to (?:use|run)|set-?up|license|licen[cs]ing|contributing|contributors|acknowledg\w+|project structure|directory structure|repository structure|running (?:the )?(?:tests|app|project)|tests?|faq|changelog|table of contents|prerequisites|requirements|api(?: reference)?|documentation|supported \w+|roadmap|development)\b/i;
/** Headings of a model card or a dataset card. */
const CARD_HEADINGS =
  /^(?:model (?:card|details|description|summary|sources|architecture)|dataset (?:card|summary|description|structure|creation|curation)|intended uses?|(?:direct|downstream|out-of-scope|primary) uses?|uses|out-of-scope|limitations|bias(?:es)?(?:,? risks?)?|risks(?:,)? and limitations|ethical considerations|recommendations|citation|bibtex|how to get started|environmental impact|data (?:fields|instances|splits)|languages|licensing information|personal and sensitive information|social impact|caveats(?: and recommendations)?|factors|quantitative analyses|evaluation results|model examination|technical specifications|compute infrastructure)\b/i;
/** Text that names a card. */
const CARD_TEXT = /\b(?:model card|dataset card|data card|datasheet for|intended use|out-of-scope use|carbon emitted|hugging ?face hub|from_pretrained)\b/gi;
/** Cues of notes on a research paper: authors, abstract, what the paper proposes. */
const PAPER_HEADINGS =
  /^(?:abstract|authors?|tl;?dr|key (?:ideas?|contributions?|takeaways?|insights?)|contributions?|related (?:work|papers)|my (?:thoughts|notes|take)|personal notes|critique|strengths(?: and weaknesses)?|weaknesses|(?:paper|reading) (?:notes|summary)|notes on)\b/i;
const PAPER_TEXT = /\b(?:the paper|this paper|the authors|(?:they|authors) propose|et al\b|arxiv|neurips|icml|iclr|cvpr|emnlp|preprint|published (?:in|at))/gi;
/** Headings of a generic software RFC / ADR / enhancement proposal. */
const RFC_HEADINGS =
  /^(?:status|context|decision|consequences|motivation|alternatives(?: considered)?|drawbacks|prior art|unresolved questions|backwards? compatibility|compatibility|detailed design|design proposal|user benefit|api changes?|migration(?: plan)?|deprecation|rollout plan|test plan|graduation criteria|upgrade ?\/ ?downgrade|implementation plan|security considerations|performance implications|dependencies|engineering impact|platforms and environments|best practices|tutorials and examples|summary|goals|non-goals)\b/i;
/** Phrases of a lesson or guide that teaches design in general. */
const GUIDE_PHRASES =
  /\b(?:in this (?:lesson|chapter|course|section|post|article|guide|tutorial)|we(?:'ll| will) (?:learn|cover|discuss|explore)|you(?:'ll| will) learn|this (?:lesson|chapter|course)|learning objectives?|when designing|how to design|(?:this|next|previous) (?:lesson|module|unit)|students?|learners?)\b/gi;
/** Words that hedge: what a guide or a general proposal says, not what a design commits to. */
const HEDGES = /\b(?:can|could|may|might|typically|usually|often|e\.g\.|for example|for instance|such as)\b/gi;
const FIRST_PERSON = /\b(?:we|our|us|we'll|we're|we've)\b/gi;
const SECOND_PERSON = /\b(?:you|your|you're|you'll|yourself)\b/gi;
/** Commands that install or run software: what a README tells its reader to type. */
const INSTALL_CUES =
  /(?:\bpip3? install|\bconda (?:install|create|env)|\bgit clone|\bnpm (?:install|i|run)|\byarn add|\bdocker(?:-compose| compose| run| build)|\bbrew install|\bapt(?:-get)? install|\bmake \w+|\bpython3? (?:-m )?\S+|\bcargo (?:add|install)|\bgo get|\bcd \S+)/gi;

/** x / (x + k): 0 at 0, ½ at k, approaches 1. */
const squash = (x: number, k: number) => (x <= 0 ? 0 : x / (x + k));
const count = (re: RegExp, s: string) => (s.match(re) ?? []).length;
const clean = (h: string) => h.replace(/^[^\p{L}\p{N}]+/u, '').replace(/^(?:\d+(?:\.\d+)*\.?|[ivx]+\.)\s+/i, '').trim();

/**
 * The features, by name, in a fixed order (the generated weights use these names).
 * `path` is accepted for callers that have it; path features (design/, proposals/, README.md) were
 * tried and lowered leave-one-out accuracy, so the path does not enter the model.
 */
export function designDocFeatures(j: Judged, _path?: string): Record<string, number> {
  const m = j.model;
  const headings = m.headings.map((h) => clean(h.text));
  let body = m.units.map((u) => u.text).join('\n');
  // Text the parser did not turn into units (raw HTML blocks): read it with the tags removed.
  const raw = m.text.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]+>/g, ' ');
  if (body.split(/\s+/).length * 2 < raw.split(/\s+/).length && /<\/?(?:p|ul|ol|li|div|h\d|table)\b/i.test(m.text)) body = raw;
  const text = body + '\n' + headings.join('\n');
  const words = Math.max(1, text.split(/\s+/).filter(Boolean).length);
  const per100 = (n: number) => (100 * n) / words;
  const fm = m.frontMatter?.data;
  const title = (m.headings.find((h) => h.depth <= 2)?.text ?? m.headings[0]?.text ?? '') + ' ' + String(fm?.title ?? '');

  const mlRate = per100(count(ML_TERMS, text));
  const itemHeadings = new Set(j.items.filter((i) => i.heading).map((i) => i.id)).size;
  const found = j.items.filter((i) => i.status !== 'missing');
  const guidance = j.unitClass.filter((c) => c !== 'content').length / Math.max(1, j.unitClass.length);
  // The document's own statements (not template guidance): how it speaks to the reader.
  const content = j.unitClass.length ? m.units.filter((_, i) => j.unitClass[i] === 'content').map((u) => u.text).join('\n') : body;
  const contentWords = Math.max(20, content.split(/\s+/).filter(Boolean).length);
  const perContent100 = (n: number) => (100 * n) / contentWords;
  // Code: fenced blocks and inline code spans, where commands to install or run software live.
  const code = m.code.map((c) => m.text.slice(c.start, c.end)).join('\n') + '\n' + (m.text.match(/`[^`\n]+`/g) ?? []).join('\n');
  const rfcHeadings = headings.filter((h) => RFC_HEADINGS.test(h)).length;
  const mlVocab = squash(mlRate, 2);
  const template = j.templateLike || j.declaredTemplate ? 1 : 0;

  return {
    // ML words per 100 words, squashed (½ at 2 per 100).
    ml_vocab: mlVocab,
    // Share of the 15 checklist items that have a heading of their own.
    item_headings: itemHeadings / 15,
    // Share of the 15 checklist items the judge finds (addressed, partial or not applicable).
    items_found: found.length / 15,
    // Share of text units that are template guidance, placeholders or bare fragments.
    guidance_share: guidance,
    // "we / our" per 100 words of content, squashed: authors committing to a design (or a lesson's "we").
    first_person: squash(perContent100(count(FIRST_PERSON, content)), 1),
    // "you / your" per 100 words of content (not template prompts), squashed: guides and READMEs address the reader.
    second_person: squash(perContent100(count(SECOND_PERSON, content)), 1),
    // Hedging words per 100 words of content, squashed: guides speak in possibilities.
    hedging: squash(perContent100(count(HEDGES, content)), 1),
    // Headings of a README (installation, usage, license, API...), squashed count.
    readme_headings: squash(headings.filter((h) => README_HEADINGS.test(h)).length, 1),
    // Install / run commands (pip install, git clone, docker run...), squashed count.
    install_cues: squash(count(INSTALL_CUES, code), 2),
    // Model-card / dataset-card headings and phrases (intended use, limitations, citation...), squashed count.
    card_cues: squash(headings.filter((h) => CARD_HEADINGS.test(h)).length + count(CARD_TEXT, text), 2),
    // Paper-notes cues (abstract, authors, "the paper", "the authors", arXiv...), squashed count.
    paper_cues: squash(headings.filter((h) => PAPER_HEADINGS.test(h)).length + count(PAPER_TEXT, text), 2),
    // Guide / lesson phrases ("in this lesson", "you will learn"), squashed count.
    guide_phrases: squash(count(GUIDE_PHRASES, text), 1),
    // Generic RFC / ADR headings (motivation, alternatives, drawbacks...) in a document with little ML vocabulary.
    rfc_without_ml: squash(rfcHeadings, 2) * (1 - mlVocab),
    // The title says design doc, proposal, RFC, one-pager, plan, report.
    design_title: DESIGN_TITLE.test(title) ? 1 : 0,
    // A template (declared, or mostly guidance) times its ML vocabulary: generic RFC templates are templates too.
    ml_template: template * mlVocab,
  };
}
