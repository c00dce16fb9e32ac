// Quality rule: template placeholders (TBD, TODO, <describe ...>) left in the text. A section that holds
// nothing but placeholders (two or more) and prompts is one finding ("Monitoring: not filled in yet"), on its heading;
// placeholders left in a section that is otherwise written are reported one by one, where they stand.
import { placeholderMatches, type UnitClass } from '../guidance.js';
import type { Judged } from '../judge.js';
import type { Rule, RawFinding } from './rule.js';

/** Inline HTML tags and autolinks that the placeholder pattern's `<...>` branch must not report. */
const HTML_TAG =
  /^<\/?(?:br|p|div|span|img|a|b|i|em|strong|sub|sup|details|summary|kbd|code|pre|hr|table|tr|td|th|ul|ol|li|center|font|u|s|small|picture|source|video|iframe)(?=[\s>]|\/>)/i;

/** The delimiter row right after a table's header row (`|---|:--:|`). */
const TABLE_DELIMITER_NEXT = /^[ \t]*\r?\n[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*(?:\r?\n|$)/;

interface Hit {
  start: number;
  end: number;
  text: string;
  /** The placeholder is all the text of its unit (removing it would leave nothing). */
  alone: boolean;
  /** Innermost section holding it; -1 before the first heading or in a heading. */
  section: number;
}

export const noPlaceholder: Rule = {
  meta: {
    id: 'no-placeholder',
    title: 'No leftover placeholders',
    defaultSeverity: 'warning',
    rationale:
      'A placeholder (`TBD`, `TODO`, `<describe ...>`, `[More Information Needed]`, `X%`, a form field left as `Source: [Where the data comes from]` or `[REST API / Batch]`) marks a decision nobody has made yet. Reviewers read the section as missing, and so does this review. A section that holds nothing else is reported once, as not filled in yet.',
    howToFix: 'Replace the placeholder with the decision, or say explicitly why the section does not apply.',
  },
  check(doc) {
    const hits = findPlaceholders(doc);
    const unfilled = unfilledSections(doc, hits);
    const out: RawFinding[] = [];
    const reported = new Set<number>();
    for (const h of hits) {
      if (h.section >= 0 && unfilled.has(h.section)) {
        if (reported.has(h.section)) continue;
        reported.add(h.section);
        const s = doc.sections[h.section]!;
        const count = hits.filter((x) => x.section === h.section).length;
        out.push({
          start: s.heading.start,
          end: s.heading.end,
          message: `${s.heading.text}: not filled in yet (${count} placeholder${count === 1 ? '' : 's'} left, e.g. "${h.text}"). Write the section, or say why it does not apply.`,
        });
        continue;
      }
      out.push({
        start: h.start,
        end: h.end,
        message: `Placeholder "${h.text}" left in the text: replace it with the real decision.`,
        ...(h.alone ? {} : { fixes: [{ title: `Remove placeholder "${h.text}"`, edits: [{ start: h.start, end: h.end, text: '' }] }] }),
      });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

/** Every placeholder in the prose and headings, with the section it stands in. */
function findPlaceholders(doc: Judged): Hit[] {
  const text = doc.model.text;
  const out: Hit[] = [];
  const spans: Array<{ start: number; end: number; section: number }> = [
    ...doc.model.units.map((u, k) => ({ start: u.start, end: u.end, section: doc.unitSection[k] as number })),
    ...doc.model.headings.map((h) => ({ start: h.start, end: h.end, section: -1 })),
  ].sort((a, b) => a.start - b.start);
  for (const s of spans) {
    const raw = text.slice(s.start, s.end);
    const found = placeholderMatches(raw).filter((m) => !HTML_TAG.test(m.text) && !/^<(?:https?:|mailto:)/i.test(m.text));
    if (!found.length) continue;
    // What is left of the unit once every placeholder is gone (one pass, not one per placeholder).
    let rest = '';
    let last = 0;
    for (const f of found) {
      rest += raw.slice(last, f.index);
      last = f.index + f.text.length;
    }
    rest += raw.slice(last);
    const alone = found.length === 1 && rest.replace(/[\s\-*+>#:|]/g, '') === '';
    for (const f of found) {
      out.push({ start: s.start + f.index, end: s.start + f.index + f.text.length, text: f.text, alone, section: s.section });
    }
  }
  return out;
}

/** Sections whose own text (sub-sections aside) is placeholders and prompts only: nothing written yet. */
function unfilledSections(doc: Judged, hits: Hit[]): Set<number> {
  const withHits = new Set(hits.map((h) => h.section).filter((k) => k >= 0));
  const written = new Set<number>();
  const text = doc.model.text;
  doc.unitSection.forEach((k, i) => {
    if (k < 0 || !withHits.has(k) || written.has(k)) return;
    const u = doc.model.units[i]!;
    // A table's header row names the columns the author is to fill in; it is not content yet.
    if (u.kind === 'table-row' && TABLE_DELIMITER_NEXT.test(text.slice(u.end, u.end + 200))) return;
    if (isWritten(doc.unitClass[i]!, u.text)) written.add(k);
  });
  // The title's own text is the document's preamble, not a section to fill in: its placeholders stand alone.
  const title = doc.sections.findIndex((s, k) => s.parent < 0 && doc.sections.every((o, j) => j === k || o.parent >= 0));
  // A lone placeholder is reported where it stands: pointing at it says as much, and more precisely.
  const count = new Map<number, number>();
  for (const h of hits) count.set(h.section, (count.get(h.section) ?? 0) + 1);
  return new Set([...withHits].filter((k) => !written.has(k) && k !== title && (count.get(k) ?? 0) > 1));
}

/** Stands in for a placeholder while a unit is measured (a private-use character no text contains). */
const SEPARATOR = '\uE000';

/**
 * Whether a unit says something of its own besides its placeholders: a run of at least four words with no
 * placeholder or list punctuation inside it ("Card transactions from the payments database, TBD for the
 * merchant feed"), after any leading label. A template line ("Versioning: code in <repository>, data in
 * <data versioning>") has only short runs between its placeholders.
 */
function isWritten(cls: UnitClass, text: string): boolean {
  if (cls === 'content') return true;
  if (cls !== 'placeholder') return false;
  // One pass: each placeholder becomes a separator (slicing the whole text per placeholder would be quadratic).
  let rest = '';
  let last = 0;
  for (const m of placeholderMatches(text)) {
    rest += text.slice(last, m.index) + SEPARATOR;
    last = m.index + m.text.length;
  }
  rest = (rest + text.slice(last)).replace(/^[^.:?!\uE000]{1,60}:\s+/, '');
  return rest.split(/[\uE000,;:=()|/]/).some((piece) => (piece.match(/[A-Za-z0-9][\w'’-]*/g) ?? []).length >= 4);
}
