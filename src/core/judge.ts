// Judges each checklist item on a document: addressed, partial, missing or not applicable, with evidence.
import { CHECKLIST, type ChecklistItem } from './items/index.js';
import { classifyText, fragmentIsContent, isQuestionHeading, type UnitClass } from './guidance.js';
import { buildSections, sectionOfUnits, ancestors, type Section } from './sections.js';
import type { DocumentModel, Unit } from './model.js';
import type { ItemResult, ItemStatus, Span } from './types.js';

/** The model plus what the judge learnt about each unit; rules read it too. */
export interface Judged {
  model: DocumentModel;
  sections: Section[];
  /** Innermost section of each unit (-1 before the first heading). */
  unitSection: number[];
  unitClass: UnitClass[];
  /** Most of the document's text is template guidance: a template nobody has filled in. */
  templateLike: boolean;
  /** The title or opening says the document is a template. */
  declaredTemplate: boolean;
  items: ItemResult[];
}

/** A statement that says an item does not apply, with a reason after it. */
const NOT_APPLICABLE_WITH_REASON = /^\W*(?:n\/a|not applicable|none|not needed|not required|out of scope)\b\W*(?:\s*[-:—–(,]\s*|\s+(?:because|since|as)\s+)(\S+(?:\s+\S+){2,})/i;

export function judge(model: DocumentModel): Judged {
  const sections = buildSections(model);
  const unitSection = sectionOfUnits(model.units, sections);
  const raw = model.units.map((u) => classifyText(u.text));
  // Guidance that names itself (questions, instructions, placeholders) against statements.
  let prompts = model.headings.filter((h) => isQuestionHeading(h.text)).length;
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
  const unitClass: UnitClass[] = raw.map((c, i) =>
    titled ? 'guidance' : c !== 'fragment' ? c : !templateLike && fragmentIsContent((model.units[i] as Unit).text) ? 'content' : 'guidance',
  );

  const sectionMatches = new Map<ChecklistItem, boolean[]>();
  for (const item of CHECKLIST) sectionMatches.set(item, sections.map((s) => item.heading.test(s.heading.text)));

  // Each unit's enclosing sections, computed once for all 15 items.
  const unitAncestors = unitSection.map((k) => ancestors(sections, k));

  const items: ItemResult[] = CHECKLIST.map((item) => {
    const mapped = sectionMatches.get(item) as boolean[];
    const strong: Span[] = [];
    const strongMapped: Span[] = [];
    const weak: Span[] = [];
    let na: Span | undefined;
    model.units.forEach((u, i) => {
      if (unitClass[i] !== 'content') return;
      const inMapped = (unitAncestors[i] as number[]).some((k) => mapped[k]);
      if (item.notApplicable && !na && item.notApplicable.test(u.text)) na = span(u);
      if (inMapped && NOT_APPLICABLE_WITH_REASON.test(u.text) && !na) na = span(u);
      if (item.strong.test(u.text)) (inMapped ? strongMapped : strong).push(span(u));
      else if (!templateLike && (inMapped || (item.weak && item.weak.test(u.text)))) weak.push(span(u));
    });
    const headingIndex = mapped.indexOf(true);
    let status: ItemStatus;
    let evidence: Span[];
    if (na && strong.length + strongMapped.length === 0) {
      status = 'not-applicable';
      evidence = [na];
    } else if (strongMapped.length + strong.length > 0) {
      status = 'addressed';
      evidence = [...strongMapped, ...strong];
    } else if (weak.length > 0) {
      status = 'partial';
      evidence = weak;
    } else {
      status = 'missing';
      evidence = [];
    }
    const result: ItemResult = { id: item.id, status, facets: [], evidence: evidence.slice(0, 5) };
    if (headingIndex >= 0) {
      const h = (sections[headingIndex] as Section).heading;
      result.heading = { start: h.start, end: h.end };
    }
    return result;
  });
  return { model, sections, unitSection, unitClass, templateLike, declaredTemplate, items };
}

function span(u: Unit): Span {
  return { start: u.start, end: u.end };
}

/** A document titled as a template: everything in it is guidance, not a design. */
function titledTemplate(model: DocumentModel): boolean {
  const fm = model.frontMatter?.data;
  if (fm && (fm.template === true || /template/i.test(String(fm.title ?? '')) || /template/i.test(String(fm.type ?? '')))) return true;
  const first = model.headings.find((h) => h.depth <= 2);
  return first !== undefined && /\btemplate\b/i.test(first.text);
}

/** A document whose title or opening says it is a template (a filled-in copy may keep the opening). */
function declaresTemplate(model: DocumentModel): boolean {
  if (titledTemplate(model)) return true;
  const opening = model.units.slice(0, 3).map((u) => u.text).join(' ');
  return /\b(?:this|a|the) (?:\w+ ){0,4}template\b|\btemplate (?:for|from)\b/i.test(opening) && !/\b(?:we|our)\b/i.test(opening);
}
