// Judges each checklist item on a document: addressed, partial, missing or not applicable, with the
// facets found and the sentences that show them.
import { CHECKLIST, type ChecklistItem } from './items/index.js';
import { classifyText, fragmentIsContent, hasPlaceholder, isQuestionHeading, type UnitClass } from './guidance.js';
import { buildSections, sectionOfUnits, ancestors, type Section } from './sections.js';
import { splitSentences, type Sentence } from './sentences.js';
import { compileItem, FACET_ANCHORS, isDeferred, matchFacet } from './facets/compile.js';
import type { DocumentModel, Unit } from './model.js';
import type { FacetResult, ItemResult, ItemStatus, Span } from './types.js';

/** For sentences whose facets are never matched. */
const NO_CANDIDATES = new Uint8Array(0);

/** The model plus what the judge learnt about each unit; rules read it too. */
export interface Judged {
  model: DocumentModel;
  sections: Section[];
  /** Innermost section of each unit (-1 before the first heading). */
  unitSection: number[];
  unitClass: UnitClass[];
  /** The sentences of all units, in document order, and what each is. */
  sentences: Sentence[];
  sentenceClass: UnitClass[];
  /** Most of the document's text is template guidance: a template nobody has filled in. */
  templateLike: boolean;
  /** The title or opening says the document is a template. */
  declaredTemplate: boolean;
  items: ItemResult[];
}

/** A statement that says an item does not apply, with a reason after it. */
const NOT_APPLICABLE_WITH_REASON =
  /^\W*(?:n\/a|not applicable|none|not needed|not required|out of scope)\b\W*(?:\s*[-:—–(,]\s*|\s+(?:because|since|as)\s+)(\S+(?:\s+\S+){2,})/i;

/** A sentence that illustrates rather than states: in a template, an example of what to write. */
const TEMPLATE_EXAMPLE =
  /^\W*(?:usually|typically|often|sometimes|generally|for example|for instance|example|e\.g\.|such as|this (?:could|can|may|might)|it (?:could|can|may|might))\b|\be\.g\./i;

/** A short label before a colon at the start of a sentence ("Scalability: ...", "**Data**: ..."). */
const LEADING_LABEL = /^\W*([A-Za-z][^.:?!]{0,38}?)\s*:\s+\S/;

/** A heading over what is left for later: future work, roadmap, next steps, non-goals. */
const LATER_HEADING =
  /\b(?:future (?:work|improvements?|directions?|plans?|enhancements?|steps|iterations?)|roadmap|next steps|non-?goals|out of scope|later (?:phases?|stages?|versions?)|backlog|wish ?list|open questions)\b/i;

/** A question as a block's opening label: it starts with a question word. */
const OPENING_QUESTION = /^\W*(?:what|how|why|who|whom|which|when|where|whether|is|are|was|were|do|does|did|can|could|should|will|would|has|have|may)\b/i;

/** Most sentences kept as evidence per facet. */
const EVIDENCE_PER_FACET = 4;
/** Matches looked at per facet before choosing its evidence (sentences under the item's heading first). */
const CANDIDATES_PER_FACET = 16;

export function judge(model: DocumentModel): Judged {
  const sections = buildSections(model);
  const unitSection = sectionOfUnits(model.units, sections);
  const unitSentences = model.units.map((u, i) => splitSentences(u, i));
  // Each sentence on its own, so a question does not void the statements beside it.
  const rawSentence = unitSentences.map((own) => (own.length > 1 ? own.map((x) => classifyText(x.text)) : undefined));
  const raw = model.units.map((u, i) => {
    const c = classifyText(u.text);
    // A question answered in the same block ("Is ML the right fit? Yes: ...") is content, not a prompt.
    const own = rawSentence[i];
    if (c === 'guidance' && own && own.some((x, k) => x === 'content' && !/\?\s*$/.test((unitSentences[i] as Sentence[])[k]!.text))) return 'content';
    return c;
  });
  // A question heading with statements under it is answered; one with none is a prompt.
  const answered = new Set<number>();
  raw.forEach((c, i) => {
    const k = unitSection[i] as number;
    if (k >= 0 && c === 'content') answered.add(k);
  });
  let prompts = sections.filter((s, k) => isQuestionHeading(s.heading.text) && !answered.has(k)).length;
  let statements = 0;
  raw.forEach((c, i) => {
    // Placeholders count for less: a draft being filled in has them too.
    if (c === 'guidance') prompts++;
    else if (c === 'placeholder') prompts += 0.5;
    else if (c === 'content' && (model.units[i] as Unit).text.split(/\s+/).length > 12) statements++;
    else if (c === 'fragment' && fragmentIsContent((model.units[i] as Unit).text)) statements += 0.5;
  });
  const declaredTemplate = declaresTemplate(model);
  const templateLike = declaredTemplate || (prompts > 3 && prompts >= statements);
  const titled = titledTemplate(model);
  // In a template, fragments are prompts; elsewhere they are notes, content when they say something specific.
  const fragmentClass = (c: UnitClass, text: string): UnitClass => (c !== 'fragment' ? c : !templateLike && fragmentIsContent(text) ? 'content' : 'guidance');
  const unitClass: UnitClass[] = raw.map((c, i) => (titled ? 'guidance' : fragmentClass(c, (model.units[i] as Unit).text)));

  const sentences: Sentence[] = [];
  const sentenceClass: UnitClass[] = [];
  model.units.forEach((u, i) => {
    const own = unitSentences[i] as Sentence[];
    const unitIsContent = unitClass[i] === 'content';
    const classes = own.map((x, k) => {
      if (titled) return 'guidance';
      if (unitClass[i] === 'placeholder' && own.length === 1) return 'placeholder';
      const c = own.length === 1 ? (unitClass[i] as UnitClass) : ((rawSentence[i] as UnitClass[])[k] as UnitClass);
      return fragmentClass(c, unitIsContent ? u.text : x.text);
    });
    const hasStatement = classes.some((c, k) => c === 'content' && !/\?\s*$/.test((own[k] as Sentence).text));
    own.forEach((x, k) => {
      let c = classes[k] as UnitClass;
      if (c === 'guidance' && hasStatement && /\?\s*$/.test(x.text) && !/\b(?:you|your)\b/i.test(x.text)) {
        // A question that opens a block and is answered after it is the block's label ("Is ML the right
        // fit? Yes, because ..."): it marks the answer but is not evidence. A question inside a statement
        // ("Binary classification per day: will the item sell out?") is the author's own.
        c = k === 0 && OPENING_QUESTION.test(x.text) ? 'guidance' : 'content';
      }
      // In a template, examples and hedged remarks illustrate what to write; they are not the design.
      if (c === 'content' && templateLike && TEMPLATE_EXAMPLE.test(x.text)) c = 'guidance';
      sentences.push(x);
      sentenceClass.push(c);
    });
  });

  // Each unit's enclosing sections, computed once for all 15 items.
  const unitAncestors = unitSection.map((k) => ancestors(sections, k));
  // Under "Future work", "Roadmap", "Next steps" or "Non-goals", a plan is not yet a design.
  const laterSection = sections.map((s) => LATER_HEADING.test(s.heading.text));
  const deferred = sentences.map(
    (s, k) => sentenceClass[k] === 'content' && (isDeferred(s.text) || (unitAncestors[s.unit] as number[]).some((x) => laterSection[x])),
  );

  // How many items each heading names: a heading that names one item alone gives every statement under
  // it to that item; "Business objective and metrics" does not make its sentences evaluation.
  const headingMatches = CHECKLIST.map((item) => sections.map((s) => item.heading.test(s.heading.text)));
  const namesOne = sections.map((_, k) => headingMatches.filter((m) => m[k]).length === 1);
  // Which facets' phrase lists each sentence has the words for, read once for all 15 items.
  for (const item of CHECKLIST) compileItem(item);
  const candidates = sentences.map((s, k) => (sentenceClass[k] === 'content' && !deferred[k] ? FACET_ANCHORS.candidates(s.text) : NO_CANDIDATES));
  // A sentence that opens with a label ("Scalability: 1B users"): read once, tested against each item.
  const labels = sentences.map((s) => LEADING_LABEL.exec(s.text)?.[1]);
  const items: ItemResult[] = CHECKLIST.map((item, n) =>
    judgeItem(item, headingMatches[n] as boolean[], namesOne, sections, sentences, sentenceClass, deferred, candidates, labels, unitAncestors, templateLike),
  );
  return { model, sections, unitSection, unitClass, sentences, sentenceClass, templateLike, declaredTemplate, items };
}

function judgeItem(
  item: ChecklistItem,
  mapped: boolean[],
  namesOne: boolean[],
  sections: Section[],
  sentences: Sentence[],
  sentenceClass: UnitClass[],
  deferred: boolean[],
  candidates: Uint8Array[],
  labels: Array<string | undefined>,
  unitAncestors: number[][],
  templateLike: boolean,
): ItemResult {
  const c = compileItem(item);
  const anyMapped = mapped.includes(true);
  const evidence: Span[][] = c.facets.map(() => []);
  let na: Span | undefined;
  // The item's own section, when it holds only placeholders: the author has not written it yet.
  let ownContent = 0;
  let ownPlaceholders = 0;
  sentences.forEach((s, k) => {
    const chain = unitAncestors[s.unit] as number[];
    // A sentence that opens with a label naming the item ("Scalability: 1B users") stands in its section.
    const label = labels[k];
    const labelled = label !== undefined && item.heading.test(label);
    const inMapped = labelled || (anyMapped && chain.some((x) => mapped[x]));
    const ownSection = labelled || (inMapped && chain.some((x) => mapped[x] && namesOne[x]));
    if (ownSection && sentenceClass[k] === 'placeholder') ownPlaceholders++;
    if (sentenceClass[k] !== 'content') return;
    if (ownSection) ownContent++;
    if (!na && c.notApplicable && c.notApplicable.test(s.text)) na = span(s);
    if (!na && inMapped && NOT_APPLICABLE_WITH_REASON.test(s.text)) na = span(s);
    if (deferred[k]) return;
    c.facets.forEach((f, i) => {
      if (templateLike && !f.def.core) return;
      const list = evidence[i] as Array<Span & { own?: boolean }>;
      if (list.length >= CANDIDATES_PER_FACET) return;
      if (matchFacet(f, s.text, inMapped, ownSection, candidates[k]) !== 'found') return;
      list.push(inMapped ? { start: s.start, end: s.end, own: true } : span(s));
    });
  });
  // Evidence under the item's own heading first, then the rest, each in document order.
  for (let i = 0; i < evidence.length; i++) {
    const list = evidence[i] as Array<Span & { own?: boolean }>;
    evidence[i] = [...list.filter((e) => e.own), ...list.filter((e) => !e.own)].slice(0, EVIDENCE_PER_FACET).map(span);
  }
  const facets: FacetResult[] = c.facets.map((f, i) => ({
    id: f.def.id,
    label: f.def.label,
    lacking: f.def.lacking,
    core: f.def.core === true,
    found: (evidence[i] as Span[]).length > 0,
    evidence: evidence[i] as Span[],
  }));
  const found = new Set(facets.filter((f) => f.found).map((f) => f.id));
  const coreFound = facets.some((f) => f.found && f.core);
  let status: ItemStatus;
  if (na && !coreFound) status = 'not-applicable';
  // A section left as "TBD" says the author has not decided; a passing mention elsewhere does not settle it.
  else if (item.addressedWhen.some((set) => set.every((id) => found.has(id))) && !(ownPlaceholders > 0 && ownContent === 0)) status = 'addressed';
  else if (found.size > 0) status = 'partial';
  else status = 'missing';
  // Best evidence first: core facets, then the rest, each sentence once, in document order within a facet.
  const seen = new Set<number>();
  const ordered: Span[] = [];
  if (status === 'not-applicable' && na) ordered.push(na);
  else {
    for (const f of [...facets.filter((x) => x.core), ...facets.filter((x) => !x.core)]) {
      for (const e of f.evidence)
        if (!seen.has(e.start)) {
          seen.add(e.start);
          ordered.push(e);
        }
    }
  }
  const result: ItemResult = { id: item.id, status, facets, evidence: ordered.slice(0, 5) };
  const headingIndex = mapped.indexOf(true);
  if (headingIndex >= 0) {
    const h = (sections[headingIndex] as Section).heading;
    result.heading = { start: h.start, end: h.end };
  }
  return result;
}

function span(s: Span): Span {
  return { start: s.start, end: s.end };
}

/** A document titled as a template: everything in it is guidance, not a design. */
function titledTemplate(model: DocumentModel): boolean {
  const fm = model.frontMatter?.data;
  if (
    fm &&
    (fm.template === true || (typeof fm.title === 'string' && /template/i.test(fm.title)) || (typeof fm.type === 'string' && /template/i.test(fm.type)))
  )
    return true;
  const first = model.headings.find((h) => h.depth <= 2);
  return first !== undefined && /\btemplate\b/i.test(first.text);
}

/** A document whose title or opening says it is a template (a filled-in copy may keep the opening). */
function declaresTemplate(model: DocumentModel): boolean {
  if (titledTemplate(model)) return true;
  // A title still waiting for its name ("ML Model Design - [Model Name]", "Design doc: <project>").
  const first = model.headings.find((h) => h.depth <= 2);
  if (first && hasPlaceholder(first.text)) return true;
  const opening = model.units
    .slice(0, 3)
    .map((u) => u.text)
    .join(' ');
  return /\b(?:this|a|the) (?:\w+ ){0,4}template\b|\btemplate (?:for|from)\b/i.test(opening) && !/\b(?:we|our)\b/i.test(opening);
}
