// Splits a block of prose into sentences and maps each back to its span in the document.
import type { Unit } from './model.js';
import { lastAtOrBefore } from './positions.js';

/** A sentence of a unit, with its span in the document. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the unit it belongs to. */
  unit: number;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATION =
  /(?:\b(?:e\.g|i\.e|etc|vs|cf|approx|incl|fig|eq|no|mr|mrs|ms|dr|prof|inc|ltd|st|al|resp|min|max|avg|est|dept|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)|\b[A-Z])\.$/i;

/** Where sentences end: after . ! ? (and closing quotes or brackets) before whitespace, or at " | " between cells. */
const BOUNDARY = /[.!?]+["'’”)\]*_]*(?=\s)|\s\|\s|[;:]\s*(?=\n)|\n{2,}|\n(?=\s*(?:[-*+]|\d+[.)])\s)/g;

/** Splits a unit's text into sentences (at most `limit`, the rest joined into the last). */
export function splitSentences(unit: Unit, index: number, limit = 400): Sentence[] {
  const text = unit.text;
  const out: Sentence[] = [];
  if (unit.kind === 'diagram') {
    // A diagram's statements are its lines (nodes and edges).
    let at = 0;
    for (const line of text.split('\n')) {
      if (out.length >= limit) break;
      push(out, unit, index, at, at + line.length);
      at += line.length + 1;
    }
    return out;
  }
  let from = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text)) !== null && out.length < limit - 1) {
    const cut = m.index + (m[0].startsWith(' ') ? 0 : m[0].length);
    if (m[0].startsWith('.') && ABBREVIATION.test(text.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
    push(out, unit, index, from, cut);
    from = m.index + m[0].length;
  }
  push(out, unit, index, from, text.length);
  return out;
}

function push(out: Sentence[], unit: Unit, index: number, from: number, to: number): void {
  const raw = unit.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  if (!t || !/[\p{L}\p{N}]/u.test(t)) return;
  const a = from + lead;
  const b = a + t.length;
  // Curly apostrophes read as straight ones ("we’d", "don’t"); the length, so every offset, stays.
  out.push({ text: t.replace(/[\u2018\u2019]/g, "'"), start: toSource(unit, a), end: Math.max(toSource(unit, a), toSource(unit, b - 1) + 1), unit: index });
}

/** The document offset of a character of a unit's text. */
export function toSource(unit: Unit, at: number): number {
  const map = unit.map;
  if (map.length === 0) return unit.start;
  // Last pair whose text offset is at or before `at` (the first pair when none is).
  const lo = Math.max(
    0,
    lastAtOrBefore(map.length / 2, (k) => map[k * 2] as number, at),
  );
  const t = map[lo * 2] as number;
  const s = map[lo * 2 + 1] as number;
  const off = unit.start + s + Math.max(0, at - t);
  return Math.min(unit.end, Math.max(unit.start, off));
}
