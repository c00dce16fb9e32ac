// Relates units to the headings above them, so headings can act as hints for what a unit is about.
import type { DocumentModel, Heading, Unit } from './model.js';
import { lastAtOrBefore } from './positions.js';

/** A heading with the extent of its section. */
export interface Section {
  heading: Heading;
  /** Index of the enclosing section, or -1 at the top. */
  parent: number;
  /** 0-based UTF-16 offset where the section (including sub-sections) ends. */
  end: number;
}

/** Builds the section tree from headings, in document order. */
export function buildSections(model: DocumentModel): Section[] {
  const sections: Section[] = [];
  const open: number[] = [];
  for (const h of model.headings) {
    while (open.length && (sections[open[open.length - 1] as number] as Section).heading.depth >= h.depth) {
      (sections[open.pop() as number] as Section).end = h.start;
    }
    sections.push({ heading: h, parent: open.length ? (open[open.length - 1] as number) : -1, end: model.text.length });
    open.push(sections.length - 1);
  }
  return sections;
}

/** For each unit, the index of the innermost section holding it (or -1). Units and sections are in order. */
export function sectionOfUnits(units: Unit[], sections: Section[]): number[] {
  const out: number[] = [];
  let s = -1;
  for (const u of units) {
    while (s + 1 < sections.length && (sections[s + 1] as Section).heading.start <= u.start) s++;
    let k = s;
    while (k >= 0 && (sections[k] as Section).end <= u.start) k = (sections[k] as Section).parent;
    out.push(k);
  }
  return out;
}

/** The chain of section indices from `index` up to the top. */
export function ancestors(sections: Section[], index: number): number[] {
  const chain: number[] = [];
  for (let k = index; k >= 0; k = (sections[k] as Section).parent) chain.push(k);
  return chain;
}

/**
 * The innermost section whose span (its heading to its end) holds `offset`, or -1: the last section at or
 * before the offset (a binary search; sections are in document order), then up its parents to the first
 * that has not ended. Every section holding an offset is an ancestor of that last one, so this is the
 * section a scan of all of them would find, in logarithmic time.
 */
export function sectionAt(sections: Section[], offset: number): number {
  let k = lastAtOrBefore(sections.length, (i) => (sections[i] as Section).heading.start, offset);
  while (k >= 0 && (sections[k] as Section).end <= offset) k = (sections[k] as Section).parent;
  return k;
}
