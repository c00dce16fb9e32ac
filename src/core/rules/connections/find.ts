// What the consistency rules ask of a judged document: the sentences an author wrote that say something,
// where they are, and a short quote of each for a message that connects two places.
import { compilePhrases } from '../../facets/phrases.js';
import { isDeferred, negatedAt } from '../../facets/compile.js';
import { AnchorIndex, listAnchors } from '../../facets/anchors.js';
import { LineIndex } from '../../positions.js';
import { sectionAt } from '../../sections.js';
import type { Judged } from '../../judge.js';
import type { RawFinding } from '../rule.js';

/**
 * "Nothing is scored per request", "nobody reviews it": the premise or the remedy is denied. (Read here
 * for the connections only: the checklist items keep their own reading.) Same length, same offsets.
 */
const NOTHING_AS_NO = (text: string) => text.replace(/\b(?:nothing|nobody)\b/gi, (w) => 'no'.padEnd(w.length));

/** A sentence the author wrote that matches, and the words that matched. */
export interface Hit {
  start: number;
  end: number;
  text: string;
  match: string;
}

/** The anchor words of every phrase list compiled here (see `facets/anchors.ts`), and each list's id. */
const ANCHORS = new AnchorIndex();
const anchorId = new WeakMap<RegExp, number>();
/** Per document, which lists each sentence has the words for (computed on first use). */
const candidatesOf = new WeakMap<Judged, { size: number; bySentence: Array<Uint8Array | undefined> }>();

/** Phrases compiled once, for global matching (see `facets/phrases.ts` for the phrase language). */
export function phrases(list: readonly string[]): RegExp {
  const re = new RegExp(compilePhrases(list).source, 'gi');
  anchorId.set(re, ANCHORS.add(listAnchors(list)));
  return re;
}

/** Whether sentence k could match `re`: false only when it lacks every anchor word of a phrase list. */
function couldMatch(doc: Judged, k: number, re: RegExp): boolean {
  const id = anchorId.get(re);
  if (id === undefined) return true;
  let c = candidatesOf.get(doc);
  if (!c || c.size !== ANCHORS.size) candidatesOf.set(doc, (c = { size: ANCHORS.size, bySentence: [] }));
  let bits = c.bySentence[k];
  if (!bits) bits = c.bySentence[k] = ANCHORS.candidates((doc.sentences[k] as { text: string }).text);
  return bits[id] === 1;
}

/**
 * Content sentences (not template guidance, questions left open or placeholders) that say one of the
 * phrases in a positive clause ("we do not stratify" is not a plan to stratify), in document order.
 * `accept` can reject a match by what it matched (a number too large to be rare, say).
 */
export function sentencesWith(doc: Judged, re: RegExp, accept?: (match: RegExpExecArray, text: string) => boolean, loose = false): Hit[] {
  const out: Hit[] = [];
  doc.sentences.forEach((s, k) => {
    const c = doc.sentenceClass[k];
    // Loose: any note the author wrote (a short list item such as "Confidence thresholds for alerts"
    // too), but not a placeholder or a question left open.
    if (loose ? c === 'placeholder' || /\?\s*$/.test(s.text) || (c === 'guidance' && doc.templateLike) : c !== 'content') return;
    if (!couldMatch(doc, k, re)) return;
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (negatedAt(NOTHING_AS_NO(s.text), m.index)) continue;
      // A premise left for later ("real-time inference (handled in phase 5)") is not yet the design.
      if (!loose && isDeferred(s.text)) return;
      if (accept && !accept(m, s.text)) continue;
      out.push({ start: s.start, end: s.end, text: s.text, match: m[0] });
      return;
    }
  });
  return out;
}

/**
 * Whether the author says one of the phrases anywhere (positively), in a sentence or a short note: a rule
 * stays quiet when the doc addresses its point anywhere, so this reads generously.
 */
export function says(doc: Judged, re: RegExp): boolean {
  return sentencesWith(doc, re, undefined, true).length > 0;
}

/** Headings of sections that put things off or admit them: future work, limitations, next steps, out of scope. */
const LATER_HEADING = /\b(?:future|planned|roadmap|next steps?|later|limitations?|known issues|out of scope|non-goals?|phase (?:2|two|ii)|v2)\b/i;

/**
 * Whether the author names one of the phrases in a section that defers or admits it ("Future enhancements:
 * real-time stream processing"): the point is known and put off, which a reviewer counts as addressed.
 */
export function saysLater(doc: Judged, re: RegExp): boolean {
  return sentencesWith(doc, re, undefined, true).some((h) => {
    for (let k = sectionAt(doc.sections, h.start); k >= 0; k = doc.sections[k]!.parent) {
      if (LATER_HEADING.test(doc.sections[k]!.heading.text)) return true;
    }
    return false;
  });
}

const indexes = new WeakMap<Judged, LineIndex>();

/** 1-based line of an offset. */
export function lineOf(doc: Judged, offset: number): number {
  let index = indexes.get(doc);
  if (!index) indexes.set(doc, (index = new LineIndex(doc.model.text)));
  return index.lineColumn(offset).line;
}

/** A short quote of a sentence for a message: the words around the match, at most about 60 characters. */
export function quote(hit: Hit): string {
  const t = hit.text.replace(/\s+/g, ' ').trim();
  if (t.length <= 64) return t.replace(/[.;:,]$/, '');
  const at = Math.max(0, t.toLowerCase().indexOf(hit.match.toLowerCase().replace(/\s+/g, ' ')));
  let from = Math.max(0, at - 24);
  let to = Math.min(t.length, from + 60);
  from = Math.max(0, to - 60);
  // Whole words at both ends.
  if (from > 0) from = t.indexOf(' ', from) + 1 || from;
  if (to < t.length) to = t.lastIndexOf(' ', to) > from ? t.lastIndexOf(' ', to) : to;
  return `${from > 0 ? '…' : ''}${t.slice(from, to).replace(/[.;:,]$/, '')}${to < t.length ? '…' : ''}`;
}

/** A place the judge found (a facet's evidence, a heading) as a hit, with its text. */
export function hitAt(doc: Judged, span: { start: number; end: number }): Hit {
  return { start: span.start, end: span.end, text: doc.model.text.slice(span.start, span.end), match: '' };
}

/** "what (line 12: "quote")", the way every connection names a place. */
export function place(doc: Judged, what: string, hit: Hit): string {
  return `${what} (line ${lineOf(doc, hit.start)}: "${quote(hit)}")`;
}

/** A finding on `at`, linking the other places (each with what it says there). */
export function connection(at: Hit, message: string, others: Array<{ hit: Hit; message: string }>, checklistItem?: string): RawFinding {
  return {
    start: at.start,
    end: at.end,
    message,
    ...(checklistItem ? { checklistItem } : {}),
    related: others.filter((o) => o.hit.start !== at.start).map((o) => ({ start: o.hit.start, end: o.hit.end, message: o.message })),
  };
}
